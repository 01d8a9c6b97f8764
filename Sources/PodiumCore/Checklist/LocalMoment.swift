/// An instant in the event's local time: the date and the wall-clock time of the hall.
/// Checklist rules take it as an argument so they stay pure and testable.
public struct LocalMoment: Hashable, Sendable, Comparable {
    public var date: CivilDate
    public var time: ClockTime

    public init(date: CivilDate, time: ClockTime) {
        self.date = date
        self.time = time
    }

    /// Seconds since 1970-01-01 00:00 of the same wall clock (not an instant: no time zone).
    public var wallSeconds: Int { date.dayNumber * 86_400 + time.secondsSinceMidnight }

    public static func < (lhs: LocalMoment, rhs: LocalMoment) -> Bool { lhs.wallSeconds < rhs.wallSeconds }
}

extension CivilDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
