/// A change to the award plan or a step of the live ceremony. Decided by the award rules
/// (`AwardBatching`, `AwardBatchEdit`, `AwardProgress.validate`) in the write's transaction.
public enum AwardCommand: Hashable, Sendable {
    case rebuildBatches
    /// From a form, `basedOn` is the newest journal entry its screen showed: a change to the
    /// batches after it refuses the edit with who made it (`EditConflict.refuse`).
    case editBatches(AwardBatchEdit, basedOn: Int64? = nil)
    /// Attendance, stand-in or pronunciation hint.
    case updateRecipient(AwardRecipient)
    /// Adds a recipient (`id` 0) or changes what the recipient form edits.
    case saveRecipient(AwardRecipient)
    /// A recipient edited from a form opened on the journal's `basis.version`: refused if
    /// another operator changed the same fields meanwhile.
    case editRecipient(AwardRecipient, EditBasis)
    case removeRecipient(id: Int64)
    /// Refused, like a batch edit, when the decision changed after `basedOn`.
    case saveDecision(AwardDecision, basedOn: Int64? = nil)
    case step(AwardAction)

    public var capability: RoleTable.Capability? {
        switch self {
        case .step: .runCeremony
        case .updateRecipient: .markAttendance
        case .rebuildBatches, .editBatches, .saveRecipient, .editRecipient, .removeRecipient, .saveDecision: .editAwardPlan
        }
    }
}

extension AwardCommand {
    /// Decides on `context.event` as the store read it for the command: the whole award part
    /// (recipients, decisions, stored plan, roster, groups, programme) to rebuild or edit the
    /// batches, add a recipient or check a live step; only the recipient named to change or
    /// remove one (with the stored plan for a removal); the decisions to save one. A live step
    /// and a removal are decided on `context.journal`: the "award.*" entries of this show run.
    /// `.editRecipient` is decided by the store's edit path, which checks the basis against the journal.
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let event = context.event
        switch self {
        case .rebuildBatches:
            let (plan, report) = try Self.check { () throws(AwardError) in try AwardBatching.rebuild(event.awardPlan, event: event) }
            return CommandDecision(changes: Self.writing(plan), facts: [.awards(.batchesRebuilt(batches: plan.batches.count, report: report))])
        case .editBatches(let edit, let version):
            try EditConflict.refuse(basedOn: version, .awardPlan, context)
            // With no stored batches the edit applies to the automatic ones, which it then stores.
            let plan = try Self.check { () throws(AwardError) in try edit.applied(to: AwardCeremony.effectivePlan(event), event: event) }
            // Settings are journalled by what changed, not every one of them.
            let fact: AwardFact = if case .settings(let settings) = edit {
                .settingsChanged(FieldChanges(from: AwardCeremony.effectivePlan(event).settings, to: settings, id: nil))
            } else { AwardFact(edit: edit) }
            return CommandDecision(changes: Self.writing(plan), facts: [.awards(fact)])
        case .updateRecipient(let recipient):
            guard let old = event.recipients.first(where: { $0.id == recipient.id }) else { throw .noSuchRecord(.awardRecipient, id: recipient.id) }
            var new = recipient
            new.receivedBy = VietnameseText.normalize(new.receivedBy)
            new.pronunciation = VietnameseText.normalize(new.pronunciation)
            return Self.changing(old, to: new)
        case .saveRecipient(let recipient) where recipient.id != 0:
            guard let old = event.recipients.first(where: { $0.id == recipient.id }) else { throw .noSuchRecord(.awardRecipient, id: recipient.id) }
            // Only what the form edits: attendance marked meanwhile on another terminal stays.
            var new = old
            (new.name, new.kind, new.title, new.unit, new.form, new.representative) =
                (recipient.name, recipient.kind, recipient.title, recipient.unit, recipient.form, recipient.representative)
            return Self.changing(old, to: new)
        case .saveRecipient(var recipient):
            recipient.id = context.nextID(.awardRecipient)
            var event = event
            event.recipients.append(recipient)
            event.recipients.sort { ($0.decisionID, $0.order, $0.id) < ($1.decisionID, $1.order, $1.id) }
            event.awardPlan = event.awardPlan.placing(recipient, among: event.recipients)
            var changes = Self.writing(event.awardPlan)
            changes.inserts.append(.awardRecipient(recipient))
            // Whoever goes up is a delegate with a seat to come, in the same write.
            let enrolment = RecipientEnrolment.enrol(&event)
            if let group = enrolment.createdGroup { changes.inserts.append(.participantGroup(group)) }
            changes.inserts += enrolment.created.map(RecordChanges.Record.delegate)
            changes.updates += enrolment.linked.map(RecordChanges.Record.delegate)
            let fact = AwardFact.recipientAdded(
                FieldChanges(record: recipient, id: recipient.id), enrolled: enrolment.created.map(\.id), linked: enrolment.linked.map(\.id)
            )
            return CommandDecision(changes: changes, facts: [.awards(fact)])
        case .editRecipient(let recipient, let basis):
            let current = event.recipients.first { $0.id == recipient.id }
            return try basis.saving(recipient, current: current, id: recipient.id, .awardRecipient, .awardRecipient, title: \.name, context) {
                merged throws(CommandRefusal) in try AwardCommand.saveRecipient(merged).decided(context)
            }
        case .removeRecipient(let id):
            guard let old = event.recipients.first(where: { $0.id == id }) else { throw .noSuchRecord(.awardRecipient, id: id) }
            // The record of the ceremony names whoever was ticked in this run.
            guard !AwardProgress(journal: context.journal).ticked.contains(id) else { throw .refused(.awards(.cannotRemoveTicked(old.name))) }
            var changes = Self.writing(event.awardPlan.removing(id))
            changes.deletes.append(.awardRecipient(id: id))
            return CommandDecision(changes: changes, facts: [.awards(.recipientRemoved(recipientID: id, name: old.name))])
        case .saveDecision(var decision, let version):
            try EditConflict.refuse(basedOn: version, .awardDecision, id: decision.id, context)
            let old = decision.id == 0 ? nil : event.decisions.first { $0.id == decision.id }
            // The id SQLite gives a new row: one past the largest, as the store read every decision.
            if decision.id == 0 { decision.id = (event.decisions.map(\.id).max() ?? 0) + 1 }
            let fact = upsertFact(old: old, new: decision, id: decision.id, created: { .awards(.decisionCreated($0)) }, updated: { .awards(.decisionUpdated($0)) })
            let changes = old == nil ? RecordChanges(inserts: [.awardDecision(decision)]) : RecordChanges(updates: [.awardDecision(decision)])
            return CommandDecision(changes: changes, facts: [fact])
        case .step(let action):
            let progress = AwardProgress(journal: context.journal)
            let plan = AwardCeremony.effectivePlan(event)
            try Self.check { () throws(AwardError) in try progress.validate(action, plan: plan, recipients: event.recipients) }
            let fact: AwardFact = switch action {
            case .tick(let id), .untick(let id):
                .step(action, recipientName: event.recipients.first { $0.id == id }?.name ?? "", batch: (plan.batchIndex(of: id) ?? -1) + 1)
            case .nextBatch: .step(action, recipientName: nil, batch: progress.currentIndex(in: plan) + 2)
            case .previousBatch: .step(action, recipientName: nil, batch: progress.currentIndex(in: plan))
            }
            return CommandDecision(facts: [.awards(fact)])
        }
    }

    /// A recipient changed, or nothing when no field did.
    private static func changing(_ old: AwardRecipient, to new: AwardRecipient) -> CommandDecision {
        guard new != old else { return .nothing }
        return CommandDecision(
            changes: RecordChanges(updates: [.awardRecipient(new)]),
            facts: [.awards(.recipientChanged(FieldChanges(from: old, to: new, id: new.id)))]
        )
    }

    private static func writing(_ plan: AwardPlan) -> RecordChanges {
        var changes = RecordChanges()
        changes.awardPlan = plan
        return changes
    }

    /// Runs an award rule, its refusal worded as the awards pane words it.
    private static func check<T>(_ body: () throws(AwardError) -> T) throws(CommandRefusal) -> T {
        do throws(AwardError) { return try body() } catch { throw .refused(.awards(error)) }
    }
}
