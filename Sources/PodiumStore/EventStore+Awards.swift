import Foundation
import GRDB
import PodiumCore

/// Award writes: batch edits and rebuilds, recipients' attendance, and the live ticks. Each
/// reads what it changes inside its own transaction, so two terminals never lose an edit.
extension EventStore {
    /// The live ceremony folded from the journal's "award.*" entries.
    public func awardProgress() throws(StoreError) -> AwardProgress {
        try read { db in AwardProgress(journal: try Self.awardEntriesOfThisRun(db)) }
    }

    /// Rebuilds the batches (keeping hand-edited ones) and journals "award.batches-rebuild".
    @discardableResult
    func rebuildAwardBatches(by actor: Actor, at time: Date) throws(StoreError) -> AwardBatching.Report {
        try write { db in
            let event = try Self.awardEvent(db)
            let (plan, report): (AwardPlan, AwardBatching.Report)
            do { (plan, report) = try AwardBatching.rebuild(event.awardPlan, event: event) } catch let error as AwardError { throw StoreError.refused(.awards(error)) }
            try AwardPlanRow.write(plan, db)
            _ = try JournalRows.append(.awards(.batchesRebuilt(batches: plan.batches.count, report: report)), actor: actor, time: time, db)
            return report
        }
    }

    /// Applies a hand edit to the batches (built first if there were none) and journals "award.batches-<edit>".
    @discardableResult
    func editAwardBatches(_ edit: AwardBatchEdit, by actor: Actor, at time: Date) throws(StoreError) -> AwardPlan {
        try write { db in
            let event = try Self.awardEvent(db)
            let plan: AwardPlan
            do { plan = try edit.applied(to: AwardCeremony.effectivePlan(event), event: event) } catch let error as AwardError { throw StoreError.refused(.awards(error)) }
            try AwardPlanRow.write(plan, db)
            _ = try JournalRows.append(.awards(AwardFact(edit: edit)), actor: actor, time: time, db)
            return plan
        }
    }

    /// Changes a recipient's attendance, stand-in or pronunciation hint; journals "award.recipient".
    @discardableResult
    func updateRecipient(_ recipient: AwardRecipient, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
        let path = path
        return try write { db in
            guard let old = try AwardRecipient.fetch(db, id: recipient.id) else {
                throw StoreError.noSuchRecord(.awardRecipient, id: recipient.id, path: path)
            }
            var new = recipient
            new.receivedBy = VietnameseText.normalize(new.receivedBy)
            new.pronunciation = VietnameseText.normalize(new.pronunciation)
            guard new != old else { return old }
            try new.update(db)
            _ = try JournalRows.append(.awards(.recipientChanged(FieldChanges(from: old, to: new, id: new.id))), actor: actor, time: time, db)
            return new
        }
    }

    /// Adds a recipient (`id` 0) and places them in the stored batches, or changes what the
    /// recipient form edits (name, kind, title, unit, form, representative) of one as the file
    /// holds it then, so attendance marked meanwhile on another terminal stays; one write,
    /// journaled "award.recipient-add" or "award.recipient".
    @discardableResult
    func saveRecipient(_ recipient: AwardRecipient, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
        let path = path
        guard recipient.id == 0 else {
            return try write { db in
                guard let old = try AwardRecipient.fetch(db, id: recipient.id) else {
                    throw StoreError.noSuchRecord(.awardRecipient, id: recipient.id, path: path)
                }
                var new = old
                (new.name, new.kind, new.title, new.unit, new.form, new.representative) =
                    (recipient.name, recipient.kind, recipient.title, recipient.unit, recipient.form, recipient.representative)
                guard new != old else { return old }
                try new.update(db)
                _ = try JournalRows.append(.awards(.recipientChanged(FieldChanges(from: old, to: new, id: new.id))), actor: actor, time: time, db)
                return new
            }
        }
        return try write { db in
            let saved = try recipient.inserted(db)
            var event = try Self.awardEvent(db)
            event.awardPlan = event.awardPlan.placing(saved, among: event.recipients)
            try AwardPlanRow.write(event.awardPlan, db)
            // Whoever goes up is a delegate with a seat to come, in the same write.
            let enrolment = RecipientEnrolment.enrol(&event)
            if let group = enrolment.createdGroup { _ = try group.inserted(db) }
            for delegate in enrolment.created { _ = try delegate.inserted(db) }
            for delegate in enrolment.linked { try delegate.update(db) }
            let fact = AwardFact.recipientAdded(
                FieldChanges(record: saved, id: saved.id), enrolled: enrolment.created.map(\.id), linked: enrolment.linked.map(\.id)
            )
            _ = try JournalRows.append(.awards(fact), actor: actor, time: time, db)
            return saved
        }
    }

    /// Removes a recipient and takes it out of its batch (a batch left empty goes); refused once
    /// the recipient has been ticked in this run, since the record of the ceremony names them.
    func removeRecipient(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        let path = path
        try write { db in
            guard let old = try AwardRecipient.fetch(db, id: id) else {
                throw StoreError.noSuchRecord(.awardRecipient, id: id, path: path)
            }
            let progress = AwardProgress(journal: try Self.awardEntriesOfThisRun(db))
            guard !progress.ticked.contains(id) else {
                throw StoreError.refused(.awards(.cannotRemoveTicked(old.name)))
            }
            let event = try Self.awardEvent(db)
            _ = try AwardRecipient.delete(db, id: id)
            try AwardPlanRow.write(event.awardPlan.removing(id), db)
            _ = try JournalRows.append(.awards(.recipientRemoved(recipientID: id, name: old.name)), actor: actor, time: time, db)
        }
    }

    /// Records a live award action after checking it against the ceremony as it stands.
    @discardableResult
    func performAward(_ action: AwardAction, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        try write { db in
            let event = try Self.awardEvent(db)
            let progress = AwardProgress(journal: try Self.awardEntriesOfThisRun(db))
            let plan = AwardCeremony.effectivePlan(event)
            do { try progress.validate(action, plan: plan, recipients: event.recipients) } catch let error as AwardError { throw StoreError.refused(.awards(error)) }
            let fact: AwardFact = switch action {
            case .tick(let id), .untick(let id):
                .step(action, recipientName: event.recipients.first { $0.id == id }?.name ?? "", batch: (plan.batchIndex(of: id) ?? -1) + 1)
            case .nextBatch: .step(action, recipientName: nil, batch: progress.currentIndex(in: plan) + 2)
            case .previousBatch: .step(action, recipientName: nil, batch: progress.currentIndex(in: plan))
            }
            return try JournalRows.append(.awards(fact), actor: actor, time: time, db)
        }
    }

    /// The parts of the event awards need, read inside the caller's transaction.
    /// The ceremony's progress belongs to the show run it happened in: what a rehearsal ticked
    /// off before its "show.reset" does not count in the next run.
    static func awardEntriesOfThisRun(_ db: Database) throws -> [JournalEntry] {
        let entries = try JournalRows.fetch(actionPrefix: AwardAction.actionPrefix, db)
        guard let reset = try JournalRows.lastID(action: ShowAction.reset.actionName, db) else { return entries }
        return entries.filter { $0.id > reset }
    }

    private static func awardEvent(_ db: Database) throws -> EventData {
        EventData(
            info: try SingleRows.readInfo(db), segments: try Segment.fetchAll(db), groups: try ParticipantGroup.fetchAll(db),
            delegates: try Delegate.fetchAll(db), decisions: try AwardDecision.fetchAll(db),
            recipients: try AwardRecipient.fetchAll(db), awardPlan: try AwardPlanRow.read(db)
        )
    }
}
