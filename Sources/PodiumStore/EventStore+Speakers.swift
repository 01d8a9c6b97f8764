import Foundation
import GRDB
import PodiumCore

/// Speaker queue writes. Each checks the queue as it stands inside the write transaction (the live
/// show included: who is speaking, who has spoken) and journals one speaker fact.
extension EventStore {
    /// The queue joined with the live show at `now`.
    public func speakerQueue(at now: Date) throws(StoreError) -> SpeakerQueue {
        try read { db in try Self.queue(db, now: now) }
    }

    /// Withdraws a contribution. The speaker at the podium is withdrawn only with `force`; their
    /// time so far is kept and the podium is left empty ("show.speaker" with no one) in the same transaction.
    func withdrawContribution(id: Int64, force: Bool, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            let queue = try Self.queue(db, now: time)
            try Self.check { () throws(SpeakerQueueError) in try queue.checkWithdraw(id, force: force) }
            guard var contribution = queue.entry(id)?.contribution else { return }
            let wasSpeaking = queue.speaking?.entry.id == id
            contribution.status = .withdrawn
            try contribution.update(db)
            let fact = SpeakerFact.withdrawn(contributionID: id, unit: contribution.unit, wasSpeaking: wasSpeaking)
            _ = try JournalRows.append(.speakers(fact), actor: actor, time: time, db)
            if wasSpeaking {
                _ = try JournalRows.append(.show(.speaker(contributionID: nil)), actor: actor, time: time, db)
            }
        }
    }

    func restoreContribution(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            let queue = try Self.queue(db, now: time)
            try Self.check { () throws(SpeakerQueueError) in try queue.checkRestore(id) }
            guard var contribution = queue.entry(id)?.contribution else { return }
            contribution.status = .queued
            try contribution.update(db)
            _ = try JournalRows.append(.speakers(.restored(contributionID: id, unit: contribution.unit)), actor: actor, time: time, db)
        }
    }

    /// Moves a contribution to `position` (1…count; anything else is refused) and renumbers the queue.
    func moveContribution(id: Int64, to position: Int, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            let old = try Contribution.fetchAll(db)
            let new = try Self.check { () throws(SpeakerQueueError) in try SpeakerQueue.moved(old, id: id, to: position) }
            let before = Dictionary(uniqueKeysWithValues: old.map { ($0.id, $0.position) })
            for contribution in new where before[contribution.id] != contribution.position {
                try db.execute(sql: "UPDATE contributions SET position = ? WHERE id = ?", arguments: [contribution.position, contribution.id])
            }
            _ = try JournalRows.append(.speakers(.moved(contributionID: id, from: before[id] ?? 0, to: position)), actor: actor, time: time, db)
        }
    }

    /// Appends a contribution at the end of the queue. A speaker not in the roster is refused unless
    /// `addDelegateToGroup` names the group to add them to; then both are written in one transaction.
    @discardableResult
    func addContribution(
        _ draft: ContributionDraft, addDelegateToGroup groupKey: String?, by actor: Actor, at time: Date
    ) throws(StoreError) -> Contribution {
        try write { db in
            var roster = try Delegate.fetchAll(db)
            let existing = try Contribution.fetchAll(db)
            if let groupKey, !draft.speakerName.isEmpty, draft.delegate(in: roster) == nil {
                let groups = try ParticipantGroup.fetchAll(db)
                let person = try Self.check { () throws(SpeakerQueueError) in try draft.newDelegate(groupKey: groupKey, groups: groups) }
                let saved = try person.inserted(db)
                roster.append(saved)
                _ = try JournalRows.append(.roster(.created(FieldChanges(record: saved, id: saved.id))), actor: actor, time: time, db)
            }
            let contribution = try Self.check { () throws(SpeakerQueueError) in
                try draft.contribution(existing: existing, roster: roster)
            }
            let saved = try contribution.inserted(db)
            _ = try JournalRows.append(.speakers(.created(FieldChanges(record: saved, id: saved.id))), actor: actor, time: time, db)
            return saved
        }
    }

    private static func queue(_ db: Database, now: Date) throws -> SpeakerQueue {
        let segments = try Segment.fetchAll(db)
        let state = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: segments)
        return SpeakerQueue(contributions: try Contribution.fetchAll(db), state: state, segments: segments, now: now)
    }

    /// Runs a queue rule, turning its refusal into the store's typed refusal.
    private static func check<T>(_ body: () throws(SpeakerQueueError) -> T) throws -> T {
        do { return try body() } catch { throw StoreError.refused(.speakers(error)) }
    }
}
