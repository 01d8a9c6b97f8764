import Foundation
import GRDB
import PodiumCore

/// The PAR index kept as one JSON row (scheme and scores); an event without results has none.
enum IndexResultsRow {
    static let table = "par_index"

    static func write(_ results: IndexResults, _ db: Database) throws {
        guard results != .empty else {
            try db.execute(sql: "DELETE FROM par_index")
            return
        }
        try db.execute(sql: "INSERT OR REPLACE INTO par_index (id, json) VALUES (1, ?)", arguments: [try JSONText.encode(results)])
    }

    static func read(_ db: Database) throws -> IndexResults {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM par_index WHERE id = 1") else { return .empty }
        do {
            return try JSONDecoder().decode(IndexResults.self, from: Data(json.utf8))
        } catch {
            throw StoredValueError("par_index.json does not describe index results: \(error)")
        }
    }
}
