import PodiumCore

/// Parts of an event file a screen reads separately: the tables behind each field of
/// `EventData`, and the two folds of the journal (the live show, the award ceremony's progress).
public struct EventParts: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let info = EventParts(rawValue: 1 << 0)
    public static let segments = EventParts(rawValue: 1 << 1)
    public static let groups = EventParts(rawValue: 1 << 2)
    public static let delegates = EventParts(rawValue: 1 << 3)
    public static let contributions = EventParts(rawValue: 1 << 4)
    /// Decisions, recipients and the award plan.
    public static let awards = EventParts(rawValue: 1 << 5)
    public static let checklist = EventParts(rawValue: 1 << 6)
    public static let hall = EventParts(rawValue: 1 << 7)
    /// The seating plan and the rank table.
    public static let seating = EventParts(rawValue: 1 << 8)
    /// The live show folded from the journal's "show." entries.
    public static let show = EventParts(rawValue: 1 << 9)
    /// The ceremony's progress folded from the journal's ticks and batch moves.
    public static let awardProgress = EventParts(rawValue: 1 << 10)
    /// The PAR index's scheme and scores.
    public static let index = EventParts(rawValue: 1 << 11)
    /// The reveal's progress folded from the journal's "index.reveal-" entries.
    public static let indexReveal = EventParts(rawValue: 1 << 12)

    /// The role table: who may take which role.
    public static let access = EventParts(rawValue: 1 << 13)

    public static let tables: EventParts = [.info, .segments, .groups, .delegates, .contributions, .awards, .checklist, .hall, .seating, .index]
    public static let all: EventParts = [.tables, .show, .awardProgress, .indexReveal, .access]

    /// What a journal fact may have changed. Every write journals its facts in its transaction,
    /// so the entries since the last one seen name everything that changed; a fact that may
    /// touch anything (an import, the event's details) or is not recognised reads the whole
    /// event again, which is always right.
    public static func touched(by entry: JournalEntry) -> EventParts {
        switch entry.fact {
        case .show: .show
        case .indexReveal: .indexReveal
        case .awards(.step): .awardProgress
        // A recipient added by hand may bring delegates (and their group) onto the roster.
        case .awards(.recipientAdded): [.awards, .delegates, .groups]
        case .awards: .awards
        case .agenda: .segments
        // The override changes no table: it comes with the show fact of the start it allowed.
        case .checklist(.gateOverridden): []
        case .checklist: .checklist
        case .seating(.hallChanged): [.hall, .seating]
        case .seating: .seating
        // A stand-in joins the roster and takes a seat.
        case .roster: [.delegates, .seating]
        // Adding a speaker may add the delegate who speaks.
        case .speakers: [.contributions, .delegates]
        case .access: .access
        case .imports, .event, .unrecognised: .all
        }
    }
}
