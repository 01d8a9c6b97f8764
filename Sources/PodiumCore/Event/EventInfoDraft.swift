import Foundation

/// The event's details as typed (in a form or on the command line), checked the same way
/// everywhere: a date that parses (and is not past unless allowed), a time of day, a known
/// time zone, a title. Empty text keeps the current value.
public struct EventInfoDraft: Hashable, Sendable {
    public var title = ""
    public var planNumber: String?
    public var date = ""
    public var start = ""
    public var venue: String?
    public var organiser: String?
    public var timeZone = ""

    public enum Problem: Error, Hashable, Sendable {
        case badDate(String)
        case pastDate(CivilDate, today: CivilDate)
        case badTime(String)
        case unknownTimeZone(String)
    }

    public init(
        title: String = "", planNumber: String? = nil, date: String = "", start: String = "", venue: String? = nil,
        organiser: String? = nil, timeZone: String = ""
    ) {
        self.title = title
        self.planNumber = planNumber
        self.date = date
        self.start = start
        self.venue = venue
        self.organiser = organiser
        self.timeZone = timeZone
    }

    /// The details after the draft, on top of `base`. `now` decides which dates are past.
    public func info(base: EventInfo, now: Date, allowPast: Bool = false) throws(Problem) -> EventInfo {
        func clean(_ text: String) -> String { VietnameseText.normalize(Sanitizer.clean(text, keepNewlines: false)) }
        var info = base
        if !clean(title).isEmpty { info.title = clean(title) }
        if let planNumber { info.planNumber = clean(planNumber) }
        if let venue { info.venue = clean(venue) }
        if let organiser { info.organiser = clean(organiser) }
        let zone = clean(timeZone)
        if !zone.isEmpty {
            guard EventInfo.isKnownTimeZone(zone) else { throw .unknownTimeZone(zone) }
            info.timeZoneID = zone
        }
        if !clean(start).isEmpty {
            guard let time = ClockTime(parsing: clean(start)) else { throw .badTime(clean(start)) }
            info.startTime = time
        }
        if !clean(date).isEmpty {
            guard let day = CivilDate(parsing: clean(date)) else { throw .badDate(clean(date)) }
            let today = LocalMoment(now, in: info.timeZone).date
            if day != base.date, day < today, !allowPast { throw .pastDate(day, today: today) }
            info.date = day
        }
        return info
    }
}
