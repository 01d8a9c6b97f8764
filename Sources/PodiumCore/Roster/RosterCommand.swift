import Foundation

/// A change to the roster: arrivals, stand-ins, a delegate's own rank, a delegate or a group edited.
public enum RosterCommand: Hashable, Sendable {
    case checkIn(delegateID: Int64, Bool)
    /// `name` attends for the absent delegate `absentID` (an empty `unit` takes theirs).
    case standIn(for: Int64, name: String, title: String, unit: String)
    /// A rank of the delegate's own (nil: by the rank table again).
    /// From the rank form, `basedOn` is the newest journal entry its screen showed: a rank
    /// another operator gave the delegate since refuses it with who and when.
    case setPrecedence(delegateID: Int64, Int?, basedOn: Int64? = nil)
    /// Adds or replaces a delegate.
    case save(Delegate)
    /// A delegate's title, unit, group or stand-in corrected from a form opened on `basis`.
    case edit(Delegate, EditBasis)
    /// A change to one participant group and the seating settings that name its block.
    case group(GroupEdit)

    public var capability: RoleTable.Capability? {
        switch self {
        case .checkIn, .standIn: .markAttendance
        case .setPrecedence, .save, .edit, .group: nil
        }
    }

    /// Decides check-ins, stand-ins and ranks on the delegates the command names (the store
    /// reads only those) and, for a stand-in, the seating plan; a group edit on the groups and
    /// the seating plan.
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let event = context.event
        switch self {
        case .checkIn(let id, let checkedIn):
            guard var delegate = event.delegates.first(where: { $0.id == id }) else { throw .noSuchRecord(.delegate, id: id) }
            delegate.checkedIn = checkedIn
            return CommandDecision(
                changes: RecordChanges(updates: [.delegate(delegate)]),
                facts: [.roster(.checkedIn(delegateID: id, name: delegate.name, checkedIn: checkedIn))]
            )
        case .setPrecedence(let id, let rank, let version):
            guard var delegate = event.delegates.first(where: { $0.id == id }) else { throw .noSuchRecord(.delegate, id: id) }
            try EditConflict.refuse(basedOn: version, .delegate, id: id, fields: ["precedence_override"], title: delegate.name, context)
            guard delegate.precedenceOverride != rank else { return .nothing }
            let old = delegate
            delegate.precedenceOverride = rank
            return CommandDecision(
                changes: RecordChanges(updates: [.delegate(delegate)]),
                facts: [.roster(.updated(FieldChanges(from: old, to: delegate, id: id)))]
            )
        case .standIn(let absentID, let name, let title, let unit):
            guard let absent = event.delegates.first(where: { $0.id == absentID }) else { throw .noSuchRecord(.delegate, id: absentID) }
            let standIn = Self.standIn(for: absent, name: name, title: title, unit: unit, id: context.nextID(.delegate))
            guard !standIn.name.isEmpty else { throw .standInNeedsName }
            let plan = SeatingEdit.standIn(standIn, for: absentID, in: event)
            let fact = RosterFact.standIn(
                delegateID: standIn.id, name: standIn.name, title: standIn.title, standingInFor: absent.name,
                seat: plan.assignment(of: standIn.id)?.seat
            )
            let seats = plan.assignments == event.seating.assignments ? nil : plan.assignments
            return CommandDecision(changes: RecordChanges(inserts: [.delegate(standIn)], seatAssignments: seats), facts: [.roster(fact)])
        case .save(var delegate):
            let old = delegate.id == 0 ? nil : event.delegates.first { $0.id == delegate.id }
            if delegate.id == 0 { delegate.id = context.nextID(.delegate) }
            let id = delegate.id, name = delegate.name, checkedIn = delegate.checkedIn
            let fact = upsertFact(
                old: old, new: delegate, id: id, created: { .roster(.created($0)) }, updated: { .roster(.updated($0)) },
                narrow: ["checked_in"], narrowed: { _ in .roster(.checkedIn(delegateID: id, name: name, checkedIn: checkedIn)) }
            )
            let changes = old == nil ? RecordChanges(inserts: [.delegate(delegate)]) : RecordChanges(updates: [.delegate(delegate)])
            return CommandDecision(changes: changes, facts: [fact])
        case .edit(let delegate, let basis):
            return try basis.saving(delegate, current: event.delegates.first { $0.id == delegate.id }, id: delegate.id, .delegate, .delegate, title: \.name, context) {
                merged throws(CommandRefusal) in try RosterCommand.save(merged).decided(context)
            }
        case .group(let edit):
            return try Self.groupEdited(edit, context)
        }
    }

    /// The stand-in as they join the roster: the name, title and unit normalised, ranked by
    /// their own title, in the absent delegate's group, with their flags, arrived. The absent
    /// delegate's seat (locked or not) becomes theirs and nobody else moves: place cards are out.
    public static func standIn(for absent: Delegate, name: String, title: String, unit: String, id: Int64) -> Delegate {
        Delegate(
            id: id, name: VietnameseText.normalize(name), title: VietnameseText.normalize(title),
            unit: unit.isEmpty ? absent.unit : VietnameseText.normalize(unit), groupKey: absent.groupKey,
            standInFor: absent.name, flags: absent.flags, checkedIn: true
        )
    }

    /// A group edit: the groups it renames or renumbers and the seating settings that name its
    /// block change together or not at all; journalled as the groups replaced. One based on a
    /// version is decided on the journal after it too (`context.journal`).
    static func groupEdited(_ edit: GroupEdit, _ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let event = context.event
        try EditConflict.refuse(basedOn: edit.basedOn, .group, context)
        let changed: EventData
        do throws(GroupEdit.Problem) { changed = try edit.applied(to: event) } catch { throw .refused(.group(error)) }
        let updates = changed.groups.filter { !event.groups.contains($0) }.map(RecordChanges.Record.participantGroup)
        let settings = changed.seating.settings == event.seating.settings ? nil : changed.seating.settings
        return CommandDecision(
            changes: RecordChanges(updates: updates, seatingSettings: settings),
            facts: [.imports(.replaced(.groups, ImportFact.Counts(groups: changed.groups.count)))]
        )
    }

    /// The event as a group edit leaves it: the groups it updated in place, in their new order,
    /// and its seating settings.
    public static func applying(_ changes: RecordChanges, toGroupsOf event: EventData) -> EventData {
        var event = event
        var updated: [Int64: ParticipantGroup] = [:]
        for case .participantGroup(let group) in changes.updates { updated[group.id] = group }
        event.groups = event.groups.map { updated[$0.id] ?? $0 }.sorted { $0.order < $1.order }
        if let settings = changes.seatingSettings { event.seating.settings = settings }
        return event
    }
}
