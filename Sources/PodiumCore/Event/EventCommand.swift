import Foundation

/// Every change a user can make to an event, from the TUI or the command line: the store's one
/// write entry point (`EventStore.run`) takes one of these and applies it in one transaction.
/// Each capability's command lives next to its rules; the role table is consulted here, once.
public enum EventCommand: Hashable, Sendable {
    case checklist(ChecklistCommand)
    case agenda(AgendaCommand)
    case speakers(SpeakerCommand)
    case awards(AwardCommand)
    case roster(RosterCommand)
    case seating(SeatingCommand)
    case event(EventInfoCommand)
    case access(AccessChange)
    case imports(ReplacementCommand)
    /// Checks its own role, gates and rules (`LiveShowCommand.facts`).
    case liveShow(LiveShowCommand)
    /// `seen`: the steps revealed on the screen it was pressed on (nil: a command line).
    case indexReveal(IndexRevealAction, seen: Int? = nil)

    /// What the role table must allow; nil when any role that may write the file may run it
    /// (the live show checks `driveShow` itself, with the gate it is checked with).
    public var capability: RoleTable.Capability? {
        switch self {
        case .checklist(let command): command.capability
        case .agenda, .event, .access, .imports, .liveShow, .indexReveal: nil
        case .speakers: .editSpeakers
        case .awards(let command): command.capability
        case .roster(let command): command.capability
        case .seating(let command): command.capability
        }
    }

    /// Refuses the command when the role table does not give `role` its capability.
    public func authorize(_ role: Role) throws(Refusal) {
        guard let capability, !RoleTable.allows(role, capability) else { return }
        throw .notAllowed(role, capability)
    }
}

/// A kind of record a command names by id.
public enum CommandRecord: String, Hashable, Sendable, CaseIterable {
    case segment, checklistItem, delegate, awardRecipient
    // Speakers
    case contribution
}

/// Why a command changes nothing.
public enum CommandRefusal: Error, Hashable, Sendable {
    case refused(Refusal)
    /// The record the command names is not in the event (deleted meanwhile, or a wrong id).
    case noSuchRecord(CommandRecord, id: Int64)
    case standInNeedsName
    // Seating
    /// No auto-assignment is in the journal to put back.
    case noAutoAssignmentToUndo
    /// The seats changed after the last auto-assignment (journal entry `entryID`).
    case autoAssignmentNotKept(entryID: Int64)
}

/// What a command is decided on: the parts of the event it needs (the store reads no more), the
/// journal entries it needs, who runs it and when, and the id each kind of new record gets.
public struct CommandContext: Sendable {
    public var event: EventData
    public var journal: [JournalEntry]
    public var role: Role
    public var operatorName: String
    public var now: Date
    /// The id a record inserted now takes (the largest id so far plus one, as SQLite gives it).
    public var nextIDs: [CommandRecord: Int64]
    /// The role table, for the commands that change it.
    public var grants: RoleGrants

    public init(
        event: EventData, journal: [JournalEntry] = [], role: Role, operatorName: String, now: Date,
        nextIDs: [CommandRecord: Int64] = [:], grants: RoleGrants = RoleGrants()
    ) {
        self.grants = grants
        self.event = event
        self.journal = journal
        self.role = role
        self.operatorName = operatorName
        self.now = now
        self.nextIDs = nextIDs
    }

    func nextID(_ record: CommandRecord) -> Int64 { nextIDs[record] ?? 1 }
}

/// The record changes a command makes, typed: what the store writes, nothing more.
public struct RecordChanges: Hashable, Sendable {
    public enum Record: Hashable, Sendable {
        case segment(Segment)
        case checklistItem(ChecklistItem)
        case delegate(Delegate)
        // The event's details and settings (written in place; never inserted or removed).
        case eventInfo(EventInfo)
        case setting(key: String, value: String)
        // The role table.
        case roleGrant(RoleGrant)
        // Speakers
        case contribution(Contribution)
        // Awards
        case awardRecipient(AwardRecipient)
        case awardDecision(AwardDecision)
        // Groups
        case participantGroup(ParticipantGroup)
    }

    public enum Removal: Hashable, Sendable {
        case segment(id: Int64)
        case checklistItem(id: Int64)
        // The role table.
        case roleGrant(RoleGrant)
        // Awards
        case awardRecipient(id: Int64)
    }

    /// An import's whole parts, written in place of what the event held.
    public enum Replacement: Hashable, Sendable {
        /// Every entity (and every setting, when given); the journal stays.
        case all(EventData, settings: [String: String]?)
        case index(IndexResults)
    }

    public var inserts: [Record] = []
    public var updates: [Record] = []
    public var deletes: [Removal] = []
    /// The seating plan's assignments as they become, when the command changes them.
    public var seatAssignments: [SeatAssignment]?
    /// An import's parts, written before everything else.
    public var replacement: Replacement?
    // Seating
    /// The rank table, the seating settings and the hall as they become, when the command changes them.
    public var rankTable: RankTable?
    public var seatingSettings: SeatingSettings?
    public var hall: Hall?
    // Awards
    /// The award plan (batches, presenters, script edits, settings) as it becomes, when the command changes it.
    public var awardPlan: AwardPlan?

    public init(
        inserts: [Record] = [], updates: [Record] = [], deletes: [Removal] = [], seatAssignments: [SeatAssignment]? = nil,
        replacement: Replacement? = nil, rankTable: RankTable? = nil, seatingSettings: SeatingSettings? = nil, hall: Hall? = nil
    ) {
        self.inserts = inserts
        self.updates = updates
        self.deletes = deletes
        self.seatAssignments = seatAssignments
        self.replacement = replacement
        self.rankTable = rankTable
        self.seatingSettings = seatingSettings
        self.hall = hall
    }

    public var isEmpty: Bool {
        inserts.isEmpty && updates.isEmpty && deletes.isEmpty && seatAssignments == nil && replacement == nil
            && rankTable == nil && seatingSettings == nil && hall == nil && awardPlan == nil
    }
}

/// A decided command: the changes to write and the facts that describe them, in order.
public struct CommandDecision: Hashable, Sendable {
    public var changes: RecordChanges
    public var facts: [JournalFact]

    public init(changes: RecordChanges = RecordChanges(), facts: [JournalFact] = []) {
        self.changes = changes
        self.facts = facts
    }

    /// Nothing changes and nothing is recorded (the edit changed no field).
    public static let nothing = CommandDecision()
}

/// The fact of an upsert: `created` for a new record; `narrowed` when only the `narrow` fields
/// (snake_case) changed, since a status flip reads better in the journal than a generic update.
func upsertFact<T: Encodable>(
    old: T?, new: T, id: Int64, created: (FieldChanges) -> JournalFact, updated: (FieldChanges) -> JournalFact,
    narrow: Set<String> = [], narrowed: ((FieldChanges) -> JournalFact)? = nil
) -> JournalFact {
    guard let old else { return created(FieldChanges(record: new, id: id)) }
    let changes = FieldChanges(from: old, to: new, id: id)
    if let narrowed, !changes.names.isEmpty, changes.names.isSubset(of: narrow) { return narrowed(changes) }
    return updated(changes)
}
