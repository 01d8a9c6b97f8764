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

    /// Replaces every entity and every setting in one transaction, journaled as an import from
    /// `source` (the journal itself stays): loading an edited event file is all or nothing.
    func replaceAll(
        with data: EventData, settings: [String: String], from source: ImportFact.Source, by actor: Actor, at time: Date
    ) throws(StoreError) {
        try write { db in
            try Self.replaceEntities(with: data, db)
            try db.execute(sql: "DELETE FROM settings")
            for (key, value) in settings {
                try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
            }
            var counts = Self.counts(data)
            counts.settings = settings.count
            _ = try JournalRows.append(.imports(.replaced(source, counts)), actor: actor, time: time, db)
        }
    }
}
