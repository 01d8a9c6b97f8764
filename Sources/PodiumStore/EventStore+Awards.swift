import Foundation
import GRDB
import PodiumCore

/// The live ceremony's progress, and the reads award commands are decided on. The writes are
/// `AwardCommand`s, decided in the domain on what `run` reads in the write's transaction, so
/// two terminals never lose an edit; the functions below are `run` under their old names.
extension EventStore {
    /// The live ceremony folded from the journal's "award.*" entries.
    public func awardProgress() throws(StoreError) -> AwardProgress {
        try read { db in AwardProgress(journal: try Self.awardEntriesOfThisRun(db)) }
    }

    /// Rebuilds the batches (keeping hand-edited ones) and journals "award.batches-rebuild".
    @discardableResult
    func rebuildAwardBatches(by actor: Actor, at time: Date) throws(StoreError) -> AwardBatching.Report {
        Self.required(try run(.awards(.rebuildBatches), by: actor, at: time), \.batchReport)
    }

    /// Applies a hand edit to the batches (built first if there were none) and journals "award.batches-<edit>".
    @discardableResult
    func editAwardBatches(_ edit: AwardBatchEdit, by actor: Actor, at time: Date) throws(StoreError) -> AwardPlan {
        Self.required(try run(.awards(.editBatches(edit)), by: actor, at: time), \.awardPlan)
    }

    /// Changes a recipient's attendance, stand-in or pronunciation hint; journals "award.recipient".
    @discardableResult
    func updateRecipient(_ recipient: AwardRecipient, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
        Self.required(try run(.awards(.updateRecipient(recipient)), by: actor, at: time), \.recipient)
    }

    /// Adds a recipient (`id` 0) or changes what the recipient form edits of one.
    @discardableResult
    func saveRecipient(_ recipient: AwardRecipient, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
        Self.required(try run(.awards(.saveRecipient(recipient)), by: actor, at: time), \.recipient)
    }

    /// Removes a recipient and takes it out of its batch; refused once ticked in this run.
    func removeRecipient(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.awards(.removeRecipient(id: id)), by: actor, at: time)
    }

    /// Records a live award action after checking it against the ceremony as it stands.
    @discardableResult
    func performAward(_ action: AwardAction, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        Self.required(try run(.awards(.step(action)), by: actor, at: time), \.entry)
    }

    /// What a command of its kind always gives back; its absence is a programming error.
    private static func required<T>(_ result: CommandResult, _ part: KeyPath<CommandResult, T?>) -> T {
        guard let value = result[keyPath: part] else { preconditionFailure("\(result) lacks what its command gives back") }
        return value
    }

    /// The parts of the event awards need, read inside the caller's transaction.
    /// The ceremony's progress belongs to the show run it happened in: what a rehearsal ticked
    /// off before its "show.reset" does not count in the next run.
    static func awardEntriesOfThisRun(_ db: Database) throws -> [JournalEntry] {
        let entries = try JournalRows.fetch(actionPrefix: AwardAction.actionPrefix, db)
        guard let reset = try JournalRows.lastID(action: ShowAction.reset.actionName, db) else { return entries }
        return entries.filter { $0.id > reset }
    }

    static func awardEvent(_ db: Database) throws -> EventData {
        EventData(
            info: try SingleRows.readInfo(db), segments: try Segment.fetchAll(db), groups: try ParticipantGroup.fetchAll(db),
            delegates: try Delegate.fetchAll(db), decisions: try AwardDecision.fetchAll(db),
            recipients: try AwardRecipient.fetchAll(db), awardPlan: try AwardPlanRow.read(db)
        )
    }
}
