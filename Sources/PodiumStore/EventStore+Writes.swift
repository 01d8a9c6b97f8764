import Foundation
import GRDB
import PodiumCore

/// Entity writes. Each runs in one transaction with exactly one journal fact of what changed; a
/// write that fails leaves neither the change nor the fact.
extension EventStore {
    /// Inserts (`id` 0 takes a fresh id, an unknown id is kept) or updates a segment.
    func upsertSegment(_ segment: Segment, by actor: Actor, at time: Date) throws(StoreError) -> Segment {
        try upsert(segment, actor: actor, time: time, created: { .agenda(.created($0)) }, updated: { .agenda(.updated($0)) })
    }

    func deleteSegment(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.agenda(.delete(id: id)), by: actor, at: time)
    }

    /// Moves a segment to `toPosition` (clamped to the programme) and renumbers all positions 1...n.
    func moveSegment(id: Int64, toPosition: Int, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.agenda(.move(id: id, toPosition: toPosition)), by: actor, at: time)
    }

    func upsertChecklistItem(_ item: ChecklistItem, by actor: Actor, at time: Date) throws(StoreError) -> ChecklistItem {
        try upsert(
            item, actor: actor, time: time, created: { .checklist(.created($0)) }, updated: { .checklist(.updated($0)) },
            narrow: ["status", "blocked_reason"], narrowed: { .checklist(.statusChanged($0)) }
        )
    }

    func deleteChecklistItem(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.checklist(.delete(id: id)), by: actor, at: time)
    }

    func upsertContribution(_ contribution: Contribution, by actor: Actor, at time: Date) throws(StoreError) -> Contribution {
        try run(.speakers(.save(contribution)), by: actor, at: time).contribution ?? contribution
    }

    func upsertDelegate(_ delegate: Delegate, by actor: Actor, at time: Date) throws(StoreError) -> Delegate {
        try upsert(
            delegate, actor: actor, time: time, created: { .roster(.created($0)) }, updated: { .roster(.updated($0)) },
            narrow: ["checked_in"], narrowed: { _ in .roster(.checkedIn(delegateID: delegate.id, name: delegate.name, checkedIn: delegate.checkedIn)) }
        )
    }

    static func replaceEntities(with data: EventData, _ db: Database) throws {
        for table in [
            Segment.table, ParticipantGroup.table, Delegate.table, Contribution.table, AwardDecision.table,
            AwardRecipient.table, ChecklistItem.table, "event_info", "hall", "seat_assignments", "seating_config", AwardPlanRow.table,
            IndexResultsRow.table,
        ] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        try insertAll(data, db)
    }

    /// Journals `created` or `updated` with the fields, or `narrowed` when only the `narrow`
    /// fields (snake_case) changed: a status flip reads better in the journal than a generic update.
    private func upsert<E: StoredEntity>(
        _ item: E, actor: Actor, time: Date, created: @escaping @Sendable (FieldChanges) -> JournalFact,
        updated: @escaping @Sendable (FieldChanges) -> JournalFact, narrow: Set<String> = [],
        narrowed: (@Sendable (FieldChanges) -> JournalFact)? = nil
    ) throws(StoreError) -> E {
        try write { db in
            if item.id != 0, let old = try E.fetch(db, id: item.id) {
                try item.update(db)
                let changes = FieldChanges(from: old, to: item, id: item.id)
                let fact = if let narrowed, !changes.names.isEmpty, changes.names.isSubset(of: narrow) { narrowed(changes) } else { updated(changes) }
                _ = try JournalRows.append(fact, actor: actor, time: time, db)
                return item
            }
            let saved = try item.inserted(db)
            _ = try JournalRows.append(created(FieldChanges(record: saved, id: saved.id)), actor: actor, time: time, db)
            return saved
        }
    }
}

