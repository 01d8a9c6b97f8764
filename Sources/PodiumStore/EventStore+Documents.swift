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
}
