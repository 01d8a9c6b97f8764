/// A change to the seating plan or the hall. Decided by the seating rules (`SeatingChange`,
/// `SeatingEdit`, `HallEdit`) on the plan as the file holds it in the write's transaction, so two
/// protocol terminals cannot overwrite each other's moves.
public enum SeatingCommand: Hashable, Sendable {
    case edit(SeatingChange)
    /// Replaces the plan by auto-assignment (locked seats kept).
    case autoAssign
    /// Puts back the plan the last auto-assignment replaced, if no seat changed since.
    case undoAutoAssign
    /// The rank table, settings and hall are each written whole. From a form or the hall
    /// editor, `basedOn` is the newest journal entry its screen showed: a change to the same
    /// record after it refuses the write with who made it (`EditConflict.refuse`).
    case rankTable(RankTable, basedOn: Int64? = nil)
    case settings(SeatingSettings, basedOn: Int64? = nil)
    /// Delegates on seats the new hall lacks become unseated.
    case hall(Hall, basedOn: Int64? = nil)

    public var capability: RoleTable.Capability? {
        switch self {
        case .edit, .autoAssign, .undoAutoAssign: .editSeating
        case .rankTable, .settings, .hall: nil
        }
    }

    /// The journal an undo of auto-assignment is decided on: the entries that may change who
    /// sits where (the store reads these and no others).
    public static let seatChangePrefixes = ["seat.", "delegate.standin", "hall.update"]

    /// Decides the change on the event the store read: the whole event for a seat edit, an
    /// auto-assignment and its undo (with the `seatChangePrefixes` journal); the plan for a hall;
    /// nothing for the rank table and the settings, which are replaced whole.
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let event = context.event
        switch self {
        case .edit(let change):
            let applied: (plan: SeatingPlan, fact: SeatingFact)
            do throws(SeatingEditError) { applied = try change.applied(to: event) } catch { throw .refused(.seating(error)) }
            return CommandDecision(changes: RecordChanges(seatAssignments: applied.plan.assignments), facts: [.seating(applied.fact)])
        case .autoAssign:
            // The plan it replaces goes into the fact, so `undoAutoAssign` can put it back.
            let (plan, unseated) = SeatingEdit.auto(event)
            let fact = SeatingFact.autoAssigned(
                seated: plan.assignments.count, unseated: unseated.count, locked: plan.assignments.filter(\.locked).count,
                before: event.seating.assignments
            )
            return CommandDecision(changes: RecordChanges(seatAssignments: plan.assignments), facts: [.seating(fact)])
        case .undoAutoAssign:
            return try Self.undoingAutoAssignment(in: event, journal: context.journal)
        case .rankTable(let table, let version):
            try EditConflict.refuse(basedOn: version, .rankTable, context)
            return CommandDecision(
                changes: RecordChanges(rankTable: table),
                facts: [.seating(.ranksChanged(rules: table.rules.count, unmatchedRank: table.unmatchedRank))]
            )
        case .settings(let settings, let version):
            try EditConflict.refuse(basedOn: version, .seatingSettings, context)
            // The journal names what changed, not every setting.
            let changes = FieldChanges(from: event.seating.settings, to: settings, id: nil)
            guard !changes.names.isEmpty else { return .nothing }
            return CommandDecision(changes: RecordChanges(seatingSettings: settings), facts: [.seating(.settingsChanged(changes))])
        case .hall(let hall, let version):
            try EditConflict.refuse(basedOn: version, .hall, context)
            let plan = event.seating
            let kept = HallEdit.keepingSeated(plan, in: hall)
            let fact = SeatingFact.hallChanged(
                sections: hall.sections.count, presidium: hall.presidiumSeats, seats: hall.seatCount,
                unseated: plan.assignments.count - kept.assignments.count
            )
            let seats = kept.assignments.count == plan.assignments.count ? nil : kept.assignments
            return CommandDecision(changes: RecordChanges(seatAssignments: seats, hall: hall), facts: [.seating(fact)])
        }
    }

    /// Puts back the plan the last auto-assignment replaced, as long as no seat has changed since
    /// (a later move would otherwise be lost without anyone noticing); delegates no longer on
    /// the roster stay out.
    static func undoingAutoAssignment(in event: EventData, journal: [JournalEntry]) throws(CommandRefusal) -> CommandDecision {
        let changes = journal.filter { entry in
            switch entry.fact {
            case .seating(let fact): fact.changesWhoSitsWhere
            case .roster(.standIn): true
            case .unrecognised(let name, _): seatChangePrefixes.contains { name.hasPrefix($0) }
            default: false
            }
        }
        let last = changes.max(by: { $0.id < $1.id })
        guard let last, case .seating(.autoAssigned(_, _, _, let restored)) = last.fact else {
            if let last, last.action == "seat.auto" { throw .autoAssignmentNotKept(entryID: last.id) }
            throw .noAutoAssignmentToUndo
        }
        let present = Set(event.delegates.map(\.id))
        let assignments = restored.filter { present.contains($0.delegateID) }
        return CommandDecision(
            changes: RecordChanges(seatAssignments: assignments),
            facts: [.seating(.autoUndone(undoes: last.id, seated: assignments.count))]
        )
    }

    /// Who an auto-assigned `plan` leaves without a seat, most senior first: the delegates
    /// `SeatingEdit.auto` reports unseated (it places in precedence order and keeps the rest).
    public static func unseated(by plan: SeatingPlan, in event: EventData) -> [Int64] {
        let seated = Set(plan.assignments.map(\.delegateID))
        let present = Set(event.delegates.map(\.id))
        return Precedence(event).order.filter { present.contains($0) && !seated.contains($0) }
    }
}
