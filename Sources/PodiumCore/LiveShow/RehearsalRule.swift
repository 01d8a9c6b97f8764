import Foundation

/// When the show runs as a rehearsal. On the event's date the real clock rules; on any other
/// day a start begins a rehearsal, and the MC may ask for one on the day itself. A real start
/// over a rehearsal first sets the rehearsal aside, so the real show begins from a clean state.
public enum RehearsalRule {
    /// Whether `now` falls on the event's date in the hall's zone.
    public static func isEventDay(_ info: EventInfo, now: Date, timeZone: TimeZone) -> Bool {
        LocalMoment(now, in: timeZone).date == info.date
    }

    /// The entries the journal records for `action`, in order, in one transaction.
    /// `rehearsal` is the MC's explicit request (with the start time chosen, if any).
    public static func recorded(
        _ action: ShowAction, state: ShowState, info: EventInfo, now: Date, timeZone: TimeZone,
        rehearsal: Rehearsal? = nil
    ) -> [ShowAction] {
        let starts: Bool = switch action {
        case .start, .jump: true
        default: false
        }
        guard starts else { return [action] }
        if state.stage == .notStarted {
            if let rehearsal { return [.rehearse(planStart: rehearsal.planStart), action] }
            if !isEventDay(info, now: now, timeZone: timeZone) { return [.rehearse(planStart: nil), action] }
        }
        // The real start on the day, over a rehearsal that is not running (a running one must
        // be ended or set aside first: a stray key must not wipe it).
        let realStartOverRehearsal = rehearsal == nil && state.isRehearsal && state.stage != .running
            && isEventDay(info, now: now, timeZone: timeZone)
        return realStartOverRehearsal ? [.reset, action] : [action]
    }

    /// The MC's request for a rehearsal: from now, or with the plan laid from a chosen instant.
    public struct Rehearsal: Hashable, Sendable {
        public var planStart: Date?
        public init(planStart: Date? = nil) { self.planStart = planStart }

        /// The plan laid from `time` today (in the hall's zone).
        public init(from time: ClockTime, now: Date, timeZone: TimeZone) {
            planStart = EventClock(date: LocalMoment(now, in: timeZone).date, timeZone: timeZone).instant(time)
        }
    }
}
