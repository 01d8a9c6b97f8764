import Foundation

/// Turns the programme's local times of day into instants on the event's date.
public struct EventClock: Sendable {
    public let date: CivilDate
    public let timeZone: TimeZone
    /// Local midnight that starts `date`. Times of day are seconds from it: a conference day has
    /// no daylight-saving change (Việt Nam keeps none), and calendar arithmetic per segment
    /// would cost more than the rest of a screen's rendering.
    private let midnight: Date

    public init(date: CivilDate, timeZone: TimeZone) {
        self.date = date
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        midnight = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The clock of the day the show runs: the day it started, or today before it starts.
    /// On the event's date this is the event's own clock; a rehearsal on another day gets
    /// the plan's times on that day, so drift means minutes, not months.
    public static func showDay(state: ShowState, now: Date, timeZone: TimeZone) -> EventClock {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: state.startedAt ?? now)
        return EventClock(date: CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1), timeZone: timeZone)
    }

    public func instant(_ time: ClockTime) -> Date {
        midnight.addingTimeInterval(TimeInterval(time.secondsSinceMidnight))
    }

    /// The wall-clock time of `instant`, wrapped to a day (an instant on another day reads as
    /// that day's time of day).
    public func clockTime(_ instant: Date) -> ClockTime {
        let seconds = Int(instant.timeIntervalSince(midnight).rounded(.down))
        return ClockTime(secondsSinceMidnight: ((seconds % 86_400) + 86_400) % 86_400)
    }

    /// ISO 8601 with the zone's offset, e.g. "2026-03-26T11:27:00+07:00".
    public func iso8601(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
