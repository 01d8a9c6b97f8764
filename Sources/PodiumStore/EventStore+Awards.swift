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
    public func rebuildAwardBatches(by actor: Actor, at time: Date) throws(StoreError) -> AwardBatching.Report {
        try write { db in
            let event = try Self.awardEvent(db)
            let (plan, report): (AwardPlan, AwardBatching.Report)
            do { (plan, report) = try AwardBatching.rebuild(event.awardPlan, event: event) } catch let error as AwardError { throw StoreError.refused(.awards(error)) }
            try AwardPlanRow.write(plan, db)
            let payload = JSONText.object([
                "batches": plan.batches.count, "keptManual": report.keptManual, "rebuilt": report.rebuilt,
                "droppedScripts": report.droppedScripts, "removedRecipients": report.removedRecipients,
            ])
            _ = try JournalRows.append(action: "award.batches-rebuild", payload: payload, actor: actor, time: time, db)
            return report
        }
    }

    /// Applies a hand edit to the batches (built first if there were none) and journals "award.batches-<edit>".
    @discardableResult
    public func editAwardBatches(_ edit: AwardBatchEdit, by actor: Actor, at time: Date) throws(StoreError) -> AwardPlan {
        try write { db in
            let event = try Self.awardEvent(db)
            let plan: AwardPlan
            do { plan = try edit.applied(to: AwardCeremony.effectivePlan(event), event: event) } catch let error as AwardError { throw StoreError.refused(.awards(error)) }
            try AwardPlanRow.write(plan, db)
            _ = try JournalRows.append(action: "award.batches-\(edit.name)", payload: JSONText.object(Self.details(edit)), actor: actor, time: time, db)
            return plan
        }
    }

    /// Changes a recipient's attendance, stand-in or pronunciation hint; journals "award.recipient".
    @discardableResult
    public func updateRecipient(_ recipient: AwardRecipient, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
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
            _ = try JournalRows.append(
                action: "award.recipient", payload: JSONText.object(JSONText.changes(from: old, to: new, id: new.id)),
                actor: actor, time: time, db
            )
            return new
        }
    }

    /// Adds a recipient, or changes every field of one (`id` 0 adds), and places a new one in
    /// the stored batches, in one write; journals "award.recipient-add" or "award.recipient".
    @discardableResult
    public func saveRecipient(_ recipient: AwardRecipient, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
        guard recipient.id == 0 else { return try updateRecipient(recipient, by: actor, at: time) }
        return try write { db in
            let saved = try recipient.inserted(db)
            let event = try Self.awardEvent(db)
            try AwardPlanRow.write(event.awardPlan.placing(saved, among: event.recipients), db)
            _ = try JournalRows.append(action: "award.recipient-add", payload: JSONText.object(JSONText.fields(saved)), actor: actor, time: time, db)
            return saved
        }
    }

    /// Removes a recipient and takes it out of its batch (a batch left empty goes); refused once
    /// the recipient has been ticked in this run, since the record of the ceremony names them.
    public func removeRecipient(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
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
            _ = try JournalRows.append(
                action: "award.recipient-remove", payload: JSONText.object(["id": id, "name": old.name]), actor: actor, time: time, db
            )
        }
    }

    /// Records a live award action after checking it against the ceremony as it stands.
    @discardableResult
    public func performAward(_ action: AwardAction, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        try write { db in
            let event = try Self.awardEvent(db)
            let progress = AwardProgress(journal: try Self.awardEntriesOfThisRun(db))
            let plan = AwardCeremony.effectivePlan(event)
            do { try progress.validate(action, plan: plan, recipients: event.recipients) } catch let error as AwardError { throw StoreError.refused(.awards(error)) }
            var details: [String: Any] = [:]
            switch action {
            case .tick(let id), .untick(let id):
                details["name"] = event.recipients.first { $0.id == id }?.name ?? ""
                details["batch"] = (plan.batchIndex(of: id) ?? -1) + 1
            case .nextBatch: details["to"] = progress.currentIndex(in: plan) + 2
            case .previousBatch: details["to"] = progress.currentIndex(in: plan)
            }
            return try JournalRows.append(action: action.actionName, payload: action.payload(details: details), actor: actor, time: time, db)
        }
    }

    /// The parts of the event awards need, read inside the caller's transaction.
    /// The ceremony's progress belongs to the show run it happened in: what a rehearsal ticked
    /// off before its "show.reset" does not count in the next run.
    private static func awardEntriesOfThisRun(_ db: Database) throws -> [JournalEntry] {
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

    private static func details(_ edit: AwardBatchEdit) -> [String: Any] {
        switch edit {
        case .move(let id, let batch, let position): ["recipient": id, "toBatch": batch, "position": position ?? NSNull()]
        case .split(let batch, let at): ["batch": batch, "at": at]
        case .merge(let batch): ["batch": batch, "with": batch + 1]
        case .order(let batch, let to): ["batch": batch, "to": to]
        case .presenter(let batch, let id): ["batch": batch, "delegate": id ?? NSNull()]
        case .script(let batch, let text): ["batch": batch, "text": text ?? NSNull()]
        case .settings(let settings): JSONText.fields(settings)
        }
    }
}
