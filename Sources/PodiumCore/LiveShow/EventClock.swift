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

    /// The clock of the day the show runs. On the event's date the real clock rules: the
    /// plan's times on that day. A rehearsal (or, before any start, any other day) lays the
    /// plan from its anchor: the moment it started, or the start time the MC chose, or, before
    /// it starts, this moment; so drift means minutes, never months.
    public static func show(state: ShowState, info: EventInfo, now: Date, timeZone: TimeZone) -> EventClock {
        if state.stage != .notStarted, let anchor = state.planAnchor {
            var clock = EventClock(anchor: anchor, startTime: info.startTime, eventDate: info.date, timeZone: timeZone)
            clock.isUnderway = true
            return clock
        }
        if state.stage != .notStarted, let started = state.startedAt {
            var clock = EventClock(date: LocalMoment(started, in: timeZone).date, timeZone: timeZone)
            clock.eventDate = info.date
            return clock
        }
        if !state.isRehearsal, LocalMoment(now, in: timeZone).date == info.date {
            return EventClock(date: info.date, timeZone: timeZone)
        }
        return EventClock(anchor: now, startTime: info.startTime, eventDate: info.date, timeZone: timeZone)
    }

    /// A rehearsal's clock: the plan's `startTime` falls on `anchor`.
    private init(anchor: Date, startTime: ClockTime, eventDate: CivilDate, timeZone: TimeZone) {
        self.init(date: LocalMoment(anchor, in: timeZone).date, timeZone: timeZone)
        shift = anchor.timeIntervalSince(midnight) - TimeInterval(startTime.secondsSinceMidnight)
        isRehearsal = true
        self.eventDate = eventDate
    }

    /// Whether the plan is laid as a rehearsal's (TẬP DƯỢT on every screen).
    public private(set) var isRehearsal = false
    /// Seconds the plan is moved by: a rehearsal's anchor minus the plan's own start that day.
    private var shift: TimeInterval = 0
    /// A rehearsal has started (not just the plan laid from now while waiting for one).
    private var isUnderway = false
    /// The event's own date, against which a rehearsal's checklist is measured.
    private var eventDate: CivilDate?

    /// The moment the checklist measures due dates against. During a rehearsal, or after the
    /// event's date has passed, it is the event's date at the plan's time of day now (what
    /// would be late on the day); before the event, while preparing, it is today.
    public func checklistMoment(_ now: Date) -> LocalMoment {
        let today = LocalMoment(now, in: timeZone)
        guard let eventDate, today.date != eventDate, isUnderway || today.date > eventDate else { return today }
        guard isRehearsal else { return LocalMoment(date: eventDate, time: today.time) }
        let planSeconds = Int(now.timeIntervalSince(midnight).rounded(.down) - shift)
        return LocalMoment(date: eventDate, time: ClockTime(secondsSinceMidnight: ((planSeconds % 86_400) + 86_400) % 86_400))
    }

    public func instant(_ time: ClockTime) -> Date {
        midnight.addingTimeInterval(TimeInterval(time.secondsSinceMidnight) + shift)
    }

    /// The wall-clock time of `instant`, wrapped to a day (an instant on another day reads as
    /// that day's time of day).
    public func clockTime(_ instant: Date) -> ClockTime {
        let seconds = Int(instant.timeIntervalSince(midnight).rounded(.down))
        return ClockTime(secondsSinceMidnight: ((seconds % 86_400) + 86_400) % 86_400)
    }

    /// The plan's time of day that `instant` corresponds to: the wall clock on the event's day,
    /// moved back by a rehearsal's shift (a rehearsal begun at 14:00 for an 08:00 plan reads
    /// 14:05 as 08:05), so reports compare like with like.
    public func planTime(_ instant: Date) -> ClockTime {
        clockTime(instant.addingTimeInterval(-shift))
    }

    /// ISO 8601 with the zone's offset, e.g. "2026-03-26T11:27:00+07:00".
    public func iso8601(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
