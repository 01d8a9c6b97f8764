import Foundation
import GRDB
import PodiumCore

/// Journal times are stored as REAL seconds since 1970, rounded to the millisecond, so that a
/// time read back equals the time `append` returned.
enum JournalRows {
    static func roundedToMillisecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    /// Persists `fact` as it is: its name in `action`, its fields (with the schema version) in `payload`.
    static func append(_ fact: JournalFact, actor: Actor, time: Date, _ db: Database) throws -> JournalEntry {
        guard !fact.isReadOnly else {
            throw StoreError.unwritableFact(name: fact.name)
        }
        let time = roundedToMillisecond(time)
        try db.execute(
            sql: "INSERT INTO journal (time, operator, role, action, payload, os_user) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [time.timeIntervalSince1970, actor.operatorName, actor.role.rawValue, fact.name, fact.payloadText, actor.osUser]
        )
        return JournalEntry(id: db.lastInsertedRowID, time: time, operatorName: actor.operatorName, role: actor.role, fact: fact, osUser: actor.osUser)
    }

    static func fetch(after id: Int64, limit: Int?, _ db: Database) throws -> [JournalEntry] {
        try entries(Row.fetchAll(
            db, sql: "SELECT * FROM journal WHERE id > ? ORDER BY id LIMIT ?", arguments: [id, limit ?? -1]
        ))
    }

    /// The newest `count` entries, oldest first.
    static func fetchNewest(_ count: Int, _ db: Database) throws -> [JournalEntry] {
        try entries(Row.fetchAll(db, sql: "SELECT * FROM journal ORDER BY id DESC LIMIT ?", arguments: [count])).reversed()
    }

    /// Entries whose action starts with `prefix` ("show."), oldest first.
    static func fetch(actionPrefix prefix: String, _ db: Database) throws -> [JournalEntry] {
        try entries(Row.fetchAll(
            db, sql: "SELECT * FROM journal WHERE substr(action, 1, ?) = ? ORDER BY id", arguments: [prefix.count, prefix]
        ))
    }

    /// Entries after `id` that may change a record of `record`'s kind: its own facts and the
    /// imports that replace it, oldest first.
    static func fetch(after id: Int64, record: EditConflict.Record, _ db: Database) throws -> [JournalEntry] {
        let prefix = record.actionPrefix
        let imports = record.replacingImports.map(\.rawValue)
        let marks = imports.map { _ in "?" }.joined(separator: ", ")
        var arguments: StatementArguments = [id, prefix.count, prefix]
        arguments += StatementArguments(imports)
        return try entries(Row.fetchAll(
            db, sql: "SELECT * FROM journal WHERE id > ? AND (substr(action, 1, ?) = ? OR action IN (\(marks))) ORDER BY id", arguments: arguments
        ))
    }

    /// The id of the newest entry recording `action`, if any.
    static func lastID(action: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM journal WHERE action = ?", arguments: [action])
    }

    private static func entries(_ rows: [Row]) throws -> [JournalEntry] {
        try rows.map { row in
            JournalEntry(
                id: try row.decode(forColumn: "id"),
                time: Date(timeIntervalSince1970: try row.decode(Double.self, forColumn: "time")),
                operatorName: try row.decode(forColumn: "operator"),
                role: try StoredValue.enumValue(Role.self, row.decode(forColumn: "role"), column: "journal.role"),
                fact: JournalFact(name: try row.decode(forColumn: "action"), payloadText: try row.decode(forColumn: "payload")),
                osUser: row["os_user"] ?? ""
            )
        }
    }
}
