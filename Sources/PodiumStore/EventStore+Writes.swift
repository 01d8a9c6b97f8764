import Foundation
import GRDB
import PodiumCore

/// Entity writes. Each runs in one transaction with exactly one journal entry whose payload is a
/// small JSON object of what changed; a write that fails leaves neither the change nor the entry.
extension EventStore {
    public func updateEventInfo(_ info: EventInfo, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            let old = try SingleRows.readInfo(db)
            try SingleRows.writeInfo(info, db)
            var payload = JSONText.changes(from: old, to: info, id: 1)
            payload["id"] = nil
            _ = try JournalRows.append(action: "event.update", payload: JSONText.object(payload), actor: actor, time: time, db)
        }
    }

    /// Inserts (`id` 0 takes a fresh id, an unknown id is kept) or updates a segment.
    public func upsertSegment(_ segment: Segment, by actor: Actor, at time: Date) throws(StoreError) -> Segment {
        try upsert(segment, noun: "segment", actor: actor, time: time)
    }

    public func deleteSegment(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        let path = path
        try write { db in
            guard let segment = try Segment.fetch(db, id: id) else { throw StoreError.noSuchRecord(.segment, id: id, path: path) }
            _ = try Segment.delete(db, id: id)
            // The segments after it move up, so positions stay 1...n.
            try db.execute(sql: "UPDATE segments SET position = position - 1 WHERE position > ?", arguments: [segment.position])
            // A checklist item may not gate a segment that no longer exists.
            let ungated = try Int64.fetchAll(db, sql: "SELECT id FROM checklist_items WHERE gates_segment_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE checklist_items SET gates_segment_id = NULL WHERE gates_segment_id = ?", arguments: [id])
            let payload = JSONText.object(["id": id, "title": segment.title, "position": segment.position, "ungated": ungated])
            _ = try JournalRows.append(action: "segment.delete", payload: payload, actor: actor, time: time, db)
        }
    }

    /// Moves a segment to `toPosition` (clamped to the programme) and renumbers all positions 1...n.
    public func moveSegment(id: Int64, toPosition: Int, by actor: Actor, at time: Date) throws(StoreError) {
        let path = path
        try write { db in
            var segments = try Segment.fetchAll(db)
            guard let index = segments.firstIndex(where: { $0.id == id }) else { throw StoreError.noSuchRecord(.segment, id: id, path: path) }
            let moving = segments.remove(at: index)
            let target = min(max(toPosition, 1), segments.count + 1)
            segments.insert(moving, at: target - 1)
            for (offset, segment) in segments.enumerated() where segment.position != offset + 1 {
                try db.execute(sql: "UPDATE segments SET position = ? WHERE id = ?", arguments: [offset + 1, segment.id])
            }
            let payload = JSONText.object(["id": id, "from": moving.position, "to": target])
            _ = try JournalRows.append(action: "segment.move", payload: payload, actor: actor, time: time, db)
        }
    }

    public func upsertChecklistItem(_ item: ChecklistItem, by actor: Actor, at time: Date) throws(StoreError) -> ChecklistItem {
        try upsert(item, noun: "checklist", actor: actor, time: time, narrow: ["status", "blockedReason"], narrowVerb: "status")
    }

    public func deleteChecklistItem(id: Int64, by actor: Actor, at time: Date) throws(StoreError) {
        let path = path
        try write { db in
            guard let item = try ChecklistItem.fetch(db, id: id) else { throw StoreError.noSuchRecord(.checklistItem, id: id, path: path) }
            _ = try ChecklistItem.delete(db, id: id)
            let payload = JSONText.object(["id": id, "title": item.title])
            _ = try JournalRows.append(action: "checklist.delete", payload: payload, actor: actor, time: time, db)
        }
    }

    public func upsertContribution(_ contribution: Contribution, by actor: Actor, at time: Date) throws(StoreError) -> Contribution {
        try upsert(contribution, noun: "contribution", actor: actor, time: time, narrow: ["status"], narrowVerb: "status")
    }

    /// Creates the award decision (id 0) or changes it; journals "award-decision.create/update".
    public func upsertDecision(_ decision: AwardDecision, by actor: Actor, at time: Date) throws(StoreError) -> AwardDecision {
        try upsert(decision, noun: "award-decision", actor: actor, time: time)
    }

    public func upsertDelegate(_ delegate: Delegate, by actor: Actor, at time: Date) throws(StoreError) -> Delegate {
        try upsert(delegate, noun: "delegate", actor: actor, time: time, narrow: ["checkedIn"], narrowVerb: "checkin")
    }

    /// Replaces every entity (the journal and settings stay) in one all-or-nothing transaction.
    public func replaceAll(with data: EventData, action: String, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            try Self.replaceEntities(with: data, db)
            _ = try JournalRows.append(action: action, payload: Self.countsPayload(data), actor: actor, time: time, db)
        }
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

    static func countsPayload(_ data: EventData, extra: [String: Any] = [:]) -> String {
        var fields: [String: Any] = [
            "segments": data.segments.count, "groups": data.groups.count, "delegates": data.delegates.count,
            "contributions": data.contributions.count, "decisions": data.decisions.count,
            "recipients": data.recipients.count, "checklistItems": data.checklist.count,
        ]
        fields.merge(extra) { $1 }
        return JSONText.object(fields)
    }

    public func setSetting(_ key: String, to value: String, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
            let payload = JSONText.object(["key": key, "value": value])
            _ = try JournalRows.append(action: "setting.set", payload: payload, actor: actor, time: time, db)
        }
    }

    /// Journals `<noun>.create` or `<noun>.update`, or `<noun>.<narrowVerb>` when only the
    /// `narrow` fields changed (a status flip reads better in the journal than a generic update).
    private func upsert<E: StoredEntity>(
        _ item: E, noun: String, actor: Actor, time: Date, narrow: Set<String> = [], narrowVerb: String = ""
    ) throws(StoreError) -> E {
        try write { db in
            if item.id != 0, let old = try E.fetch(db, id: item.id) {
                try item.update(db)
                let changes = JSONText.changes(from: old, to: item, id: item.id)
                let changed = Set(changes.keys).subtracting(["id"])
                let verb = !changed.isEmpty && changed.isSubset(of: narrow) ? narrowVerb : "update"
                _ = try JournalRows.append(
                    action: "\(noun).\(verb)", payload: JSONText.object(changes), actor: actor, time: time, db
                )
                return item
            }
            let saved = try item.inserted(db)
            _ = try JournalRows.append(
                action: "\(noun).create", payload: JSONText.object(JSONText.fields(saved)), actor: actor, time: time, db
            )
            return saved
        }
    }
}

