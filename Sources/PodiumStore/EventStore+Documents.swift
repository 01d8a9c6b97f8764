import Foundation
import GRDB
import PodiumCore

/// What the event file (YAML) carries beyond the entities: the settings rows.
extension EventStore {
    /// Every setting, by key.
    public func settings() throws(StoreError) -> [String: String] {
        try read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM settings") {
                result[try row.decode(forColumn: "key")] = try row.decode(forColumn: "value")
            }
            return result
        }
    }

    /// Replaces every entity and every setting in one transaction, journaled as `action`
    /// (the journal itself stays): loading an edited event file is all or nothing.
    public func replaceAll(
        with data: EventData, settings: [String: String], action: String, by actor: Actor, at time: Date
    ) throws(StoreError) {
        try write { db in
            try Self.replaceEntities(with: data, db)
            try db.execute(sql: "DELETE FROM settings")
            for (key, value) in settings {
                try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
            }
            let payload = Self.countsPayload(data, extra: ["settings": settings.count])
            _ = try JournalRows.append(action: action, payload: payload, actor: actor, time: time, db)
        }
    }
}
