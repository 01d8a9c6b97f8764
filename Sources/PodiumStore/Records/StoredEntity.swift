import GRDB
import PodiumCore

/// An entity kept as one row of its own table, keyed by `id`. Rows are mapped by hand so the
/// schema stays readable by anyone with `sqlite3` and independent of Swift property names.
protocol StoredEntity: Codable, Sendable {
    static var table: String { get }
    /// Columns besides `id`, in the order of `values`.
    static var columns: [String] { get }
    static var ordering: String { get }
    var id: Int64 { get set }
    var values: [(any DatabaseValueConvertible)?] { get }
    init(row: Row) throws
}

extension StoredEntity {
    static func fetchAll(_ db: Database) throws -> [Self] {
        let sql = "SELECT id, \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(ordering)"
        // A cursor decodes each row where SQLite holds it, without copying every row first.
        var result: [Self] = []
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() { result.append(try Self(row: row)) }
        return result
    }

    static func fetch(_ db: Database, id: Int64) throws -> Self? {
        let sql = "SELECT id, \(columns.joined(separator: ", ")) FROM \(table) WHERE id = ?"
        return try Row.fetchOne(db, sql: sql, arguments: [id]).map(Self.init(row:))
    }

    static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
    }

    /// Inserts the row; an `id` of 0 lets SQLite choose a fresh one, which is returned.
    func inserted(_ db: Database) throws -> Self {
        try Self.insertStatement(db).execute(arguments: insertArguments)
        var copy = self
        copy.id = db.lastInsertedRowID
        return copy
    }

    /// Inserts every item through one prepared statement: replacing a whole event stores
    /// thousands of rows, and compiling the same INSERT for each of them was most of the cost.
    static func insertAll(_ items: [Self], _ db: Database) throws {
        guard !items.isEmpty else { return }
        let statement = try insertStatement(db)
        for item in items { try statement.execute(arguments: item.insertArguments) }
    }

    /// SQLite keeps the compiled statement per connection (`cachedStatement`).
    private static func insertStatement(_ db: Database) throws -> Statement {
        let marks = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        return try db.cachedStatement(sql: "INSERT INTO \(table) (id, \(columns.joined(separator: ", "))) VALUES (\(marks))")
    }

    private var insertArguments: StatementArguments {
        let id: Int64? = id == 0 ? nil : id
        return StatementArguments([id] + values)
    }

    func update(_ db: Database) throws {
        let assignments = Self.columns.map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(
            sql: "UPDATE \(Self.table) SET \(assignments) WHERE id = ?",
            arguments: StatementArguments(values + [id])
        )
    }

    static func delete(_ db: Database, id: Int64) throws -> Bool {
        try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
        return db.changesCount > 0
    }
}

/// Dates and clock times as the file stores them: ISO `YYYY-MM-DD` text and seconds since midnight.
enum StoredValue {
    static func date(_ text: String?) throws -> CivilDate? {
        guard let text else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard parts.count == 3 else { throw StoredValueError("\"\(text)\" is not a YYYY-MM-DD date") }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])
    }

    static func time(_ seconds: Int?) -> ClockTime? {
        seconds.map(ClockTime.init(secondsSinceMidnight:))
    }

    static func enumValue<E: RawRepresentable>(_ type: E.Type, _ raw: String, column: String) throws -> E
    where E.RawValue == String {
        guard let value = E(rawValue: raw) else { throw StoredValueError("\(column) holds unknown value \"\(raw)\"") }
        return value
    }
}

struct StoredValueError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
