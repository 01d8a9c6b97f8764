import Foundation
import GRDB
import PodiumCore

/// The seating plan as stored: one `seat_assignments` row per seated delegate, and the rank
/// table and settings as JSON in the single `seating_config` row (defaults when it is absent).
enum SeatingRows {
    static func read(_ db: Database) throws -> (RankTable, SeatingPlan) {
        let (rankTable, settings) = try readConfig(db)
        var seats: [(delegateID: Int64, seat: String, locked: Bool)] = []
        var reasons: [String] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT delegate_id, seat, locked, reason FROM seat_assignments ORDER BY delegate_id")
        while let row = try rows.next() {
            seats.append((try row.decode(atIndex: 0), try row.decode(atIndex: 1), try row.decode(atIndex: 2)))
            let reason: String? = try row.decode(atIndex: 3)
            guard let reason else { throw StoredValueError("seat_assignments.reason is empty") }
            reasons.append(reason)
        }
        let placements = try reasons.map { text in
            try PlacementReasonText.read(text) ?? decode(PlacementReason.self, text, column: "seat_assignments.reason")
        }
        let assignments = zip(seats, placements).map { seat, reason in
            SeatAssignment(delegateID: seat.delegateID, seat: seat.seat, locked: seat.locked, reason: reason)
        }
        return (rankTable, SeatingPlan(assignments: assignments, settings: settings))
    }

    /// The rank table and the settings (the defaults when the row is absent).
    static func readConfig(_ db: Database) throws -> (RankTable, SeatingSettings) {
        guard let row = try Row.fetchOne(db, sql: "SELECT rank_table, settings FROM seating_config WHERE id = 1") else {
            return (.standard, SeatingSettings())
        }
        return (
            try decode(RankTable.self, row["rank_table"], column: "seating_config.rank_table"),
            try decode(SeatingSettings.self, row["settings"], column: "seating_config.settings")
        )
    }

    static func write(rankTable: RankTable, plan: SeatingPlan, _ db: Database) throws {
        try writeConfig(rankTable: rankTable, settings: plan.settings, db)
        try writeAssignments(plan.assignments, db)
    }

    static func writeConfig(rankTable: RankTable, settings: SeatingSettings, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO seating_config (id, rank_table, settings) VALUES (1, ?, ?)",
            arguments: [try JSONText.encode(rankTable), try JSONText.encode(settings)]
        )
    }

    static func writeAssignments(_ assignments: [SeatAssignment], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM seat_assignments")
        let statement = try db.makeStatement(
            sql: "INSERT OR REPLACE INTO seat_assignments (delegate_id, seat, locked, reason) VALUES (?, ?, ?, ?)"
        )
        for assignment in assignments {
            try statement.execute(arguments: [
                assignment.delegateID, assignment.seat, assignment.locked, try JSONText.encode(assignment.reason),
            ])
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String?, column: String) throws -> T {
        guard let text else { throw StoredValueError("\(column) is empty") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoredValueError("\(column) cannot be read: \(error)")
        }
    }
}
