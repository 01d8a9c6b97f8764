/// A change to the speaker queue, from the speakers pane or `podium speakers`. Decided against
/// the queue joined with the live show (`SpeakerQueue`) in the write's transaction.
public enum SpeakerCommand: Hashable, Sendable {
    /// The speaker at the podium is withdrawn only with `force`.
    case withdraw(id: Int64, force: Bool)
    case restore(id: Int64)
    /// To `position` (1…count; anything else is refused); the queue is renumbered.
    case move(id: Int64, to: Int)
    /// Appends at the end; a speaker not in the roster is refused unless `addDelegateToGroup` names a group.
    case add(ContributionDraft, addDelegateToGroup: String?)
    case save(Contribution)
    /// A contribution edited from a form opened on the journal's `basis.version`: refused if
    /// another operator changed the same fields meanwhile.
    case edit(Contribution, EditBasis)

    /// Decides on `context.event`: its contributions (a save needs only the one it names), and
    /// for a withdrawal or a restore the programme and the "show.*" entries in
    /// `context.journal`, since who is speaking and who has spoken come from the live show; an
    /// add reads the roster, and the groups when it may add the speaker to one. `.edit` is
    /// decided by the store's edit path, which checks the basis against the journal.
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let event = context.event
        switch self {
        case .withdraw(let id, let force):
            let queue = Self.queue(context)
            try Self.check { () throws(SpeakerQueueError) in try queue.checkWithdraw(id, force: force) }
            guard var contribution = queue.entry(id)?.contribution else { return .nothing }
            let wasSpeaking = queue.speaking?.entry.id == id
            contribution.status = .withdrawn
            var facts: [JournalFact] = [.speakers(.withdrawn(contributionID: id, unit: contribution.unit, wasSpeaking: wasSpeaking))]
            // Their time so far is kept; the podium is left empty in the same transaction.
            if wasSpeaking { facts.append(.show(.speaker(contributionID: nil))) }
            return CommandDecision(changes: RecordChanges(updates: [.contribution(contribution)]), facts: facts)
        case .restore(let id):
            let queue = Self.queue(context)
            try Self.check { () throws(SpeakerQueueError) in try queue.checkRestore(id) }
            guard var contribution = queue.entry(id)?.contribution else { return .nothing }
            contribution.status = .queued
            return CommandDecision(
                changes: RecordChanges(updates: [.contribution(contribution)]),
                facts: [.speakers(.restored(contributionID: id, unit: contribution.unit))]
            )
        case .move(let id, let position):
            let old = event.contributions
            let new = try Self.check { () throws(SpeakerQueueError) in try SpeakerQueue.moved(old, id: id, to: position) }
            let before = Dictionary(uniqueKeysWithValues: old.map { ($0.id, $0.position) })
            let moved = new.filter { before[$0.id] != $0.position }.map(RecordChanges.Record.contribution)
            return CommandDecision(
                changes: RecordChanges(updates: moved),
                facts: [.speakers(.moved(contributionID: id, from: before[id] ?? 0, to: position))]
            )
        case .add(let draft, let groupKey):
            var roster = event.delegates
            var changes = RecordChanges()
            var facts: [JournalFact] = []
            if let groupKey, !draft.speakerName.isEmpty, draft.delegate(in: roster) == nil {
                var person = try Self.check { () throws(SpeakerQueueError) in try draft.newDelegate(groupKey: groupKey, groups: event.groups) }
                person.id = context.nextID(.delegate)
                roster.append(person)
                changes.inserts.append(.delegate(person))
                facts.append(.roster(.created(FieldChanges(record: person, id: person.id))))
            }
            var contribution = try Self.check { () throws(SpeakerQueueError) in
                try draft.contribution(existing: event.contributions, roster: roster)
            }
            contribution.id = context.nextID(.contribution)
            changes.inserts.append(.contribution(contribution))
            facts.append(.speakers(.created(FieldChanges(record: contribution, id: contribution.id))))
            return CommandDecision(changes: changes, facts: facts)
        case .save(var contribution):
            let old = contribution.id == 0 ? nil : event.contributions.first { $0.id == contribution.id }
            if contribution.id == 0 { contribution.id = context.nextID(.contribution) }
            let fact = upsertFact(
                old: old, new: contribution, id: contribution.id, created: { .speakers(.created($0)) }, updated: { .speakers(.updated($0)) },
                narrow: ["status"], narrowed: { .speakers(.statusChanged($0)) }
            )
            let changes = old == nil ? RecordChanges(inserts: [.contribution(contribution)]) : RecordChanges(updates: [.contribution(contribution)])
            return CommandDecision(changes: changes, facts: [fact])
        case .edit(let contribution, let basis):
            let current = event.contributions.first { $0.id == contribution.id }
            return try basis.saving(contribution, current: current, id: contribution.id, .contribution, .contribution, title: \.topic, context) {
                merged throws(CommandRefusal) in try SpeakerCommand.save(merged).decided(context)
            }
        }
    }

    /// The queue joined with the live show at the command's time.
    private static func queue(_ context: CommandContext) -> SpeakerQueue {
        let segments = context.event.segments
        let state = ShowState(journal: context.journal, segments: segments)
        return SpeakerQueue(contributions: context.event.contributions, state: state, segments: segments, now: context.now)
    }

    /// Runs a queue rule, its refusal worded as the speakers pane words it.
    private static func check<T>(_ body: () throws(SpeakerQueueError) -> T) throws(CommandRefusal) -> T {
        do throws(SpeakerQueueError) { return try body() } catch { throw .refused(.speakers(error)) }
    }
}
