import Foundation
import GRDB
import PodiumCore

/// The award plan, kept as one JSON row (settings, batches, presenters, script edits).
enum AwardPlanRow {
    static let table = "award_plan"

    static func write(_ plan: AwardPlan, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO award_plan (id, json) VALUES (1, ?)", arguments: [try JSONText.encode(plan)])
    }

    static func read(_ db: Database) throws -> AwardPlan {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM award_plan WHERE id = 1") else { return AwardPlan() }
        do {
            return try JSONDecoder().decode(AwardPlan.self, from: Data(json.utf8))
        } catch {
            throw StoredValueError("award_plan.json does not describe an award plan: \(error)")
        }
    }
}
