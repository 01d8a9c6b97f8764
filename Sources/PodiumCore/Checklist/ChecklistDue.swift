import Foundation

/// When an item is due, and how late it is.
extension ChecklistItem {
    /// The moment the item is due: its due time, or the end of the due day when the plan gives
    /// only a date (an item "due 25/3" is on time until midnight). Nil without a due date.
    public var dueMoment: LocalMoment? {
        guard let dueDate else { return nil }
        return LocalMoment(date: dueDate, time: dueTime ?? ClockTime(hour: 23, minute: 59, second: 59))
    }

    /// Seconds past due at `now`, or nil when the item is done, has no due date or is not late.
    /// A blocked item is not "late": it waits on something else, and its reason says what.
    public func secondsLate(at now: LocalMoment) -> Int? {
        guard status != .done, status != .blocked, let due = dueMoment else { return nil }
        let late = now.wallSeconds - due.wallSeconds
        return late > 0 ? late : nil
    }

    public func isOverdue(at now: LocalMoment) -> Bool { secondsLate(at: now) != nil }

    /// "2026-03-26T07:30" with a time, "2026-03-26" with only a date, nil without a due date.
    public var dueISO: String? {
        guard let dueDate else { return nil }
        guard let dueTime else { return dueDate.iso }
        return "\(dueDate.iso)T\(dueTime.hhmm)"
    }
}

/// How late something is, in the unit a person reads at a glance.
public enum Lateness: Hashable, Sendable {
    case minutes(Int)
    case hours(Int)
    case days(Int)

    /// Under an hour in minutes (at least 1), under a day in hours, otherwise in whole days.
    public init(seconds: Int) {
        switch seconds {
        case ..<3600: self = .minutes(max(1, seconds / 60))
        case ..<86_400: self = .hours(seconds / 3600)
        default: self = .days(seconds / 86_400)
        }
    }
}

/// Parses a due date typed by a person: "2026-03-26", "2026-03-26T07:30", "2026-03-26 07:30",
/// "26/03/2026 07:30", "26/03 07:30" (the form the checklist shows; the event's year), or a
/// bare "07:30" meaning the event day.
public enum ChecklistDueParser {
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var text: String
        public init(text: String) { self.text = text }
        public var description: String {
            "the due date \"\(text)\" is not understood; write it as 26/03 07:30, 26/03/2026 07:30, 2026-03-26T07:30 or 07:30 (the event day)"
        }
    }

    public static func parse(_ text: String, eventDate: CivilDate) throws(Failure) -> (CivilDate, ClockTime?) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        switch parts.count {
        case 1:
            if let date = date(parts[0], eventDate) { return (date, nil) }
            if parts[0].contains(":"), let time = ClockTime(parsing: parts[0]) { return (eventDate, time) }
        case 2:
            if let date = date(parts[0], eventDate), let time = ClockTime(parsing: parts[1]) { return (date, time) }
        default:
            break
        }
        throw Failure(text: text)
    }

    /// A full date, or "26/03" — day and month as the checklist shows them — in the event's year.
    private static func date(_ text: String, _ eventDate: CivilDate) -> CivilDate? {
        if let full = CivilDate(parsing: text) { return full }
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2 else { return nil }
        return CivilDate(parsing: "\(pieces[0])/\(pieces[1])/\(eventDate.year)")
    }
}
