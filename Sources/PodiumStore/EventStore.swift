import Foundation
import GRDB
import PodiumCore

/// One event, kept in one SQLite file. Every write runs in one transaction together with the
/// journal entry that records it, so the file never holds a change nobody can account for.
public final class EventStore: Sendable {
    public static let currentSchemaVersion = Schema.currentVersion

    public let path: String
    /// True when the file (or its directory) is not writable, or it was opened with `readOnly: true`.
    public let isReadOnly: Bool

    let writer: any DatabaseWriter
    /// A separate connection: `PRAGMA data_version` only moves for commits made by other connections.
    let probe: VersionProbe

    private let counter = NSLock()
    nonisolated(unsafe) private var transactions = 0

    /// Transactions this store has run, reads and writes: lets a test prove that a path (a key
    /// press, a redraw) touches no file.
    public var transactionCount: Int { counter.withLock { transactions } }

    init(path: String, writer: any DatabaseWriter, isReadOnly: Bool) throws(StoreError) {
        self.path = path
        self.writer = writer
        self.isReadOnly = isReadOnly
        self.probe = try VersionProbe(path: path, readOnly: isReadOnly)
    }

    /// Everything in the file, each list ordered by position, order or id.
    public func load() throws(StoreError) -> EventData {
        try read { db in try Self.readAll(db) }
    }

    static func readAll(_ db: Database) throws -> EventData {
        let (rankTable, seating) = try SeatingRows.read(db)
        return EventData(
            info: try SingleRows.readInfo(db),
            segments: try Segment.fetchAll(db),
            groups: try ParticipantGroup.fetchAll(db),
            delegates: try Delegate.fetchAll(db),
            contributions: try Contribution.fetchAll(db),
            decisions: try AwardDecision.fetchAll(db),
            recipients: try AwardRecipient.fetchAll(db),
            checklist: try ChecklistItem.fetchAll(db),
            hall: try SingleRows.readHall(db),
            rankTable: rankTable, seating: seating, awardPlan: try AwardPlanRow.read(db)
        )
    }

    public func counts() throws(StoreError) -> EventCounts {
        try read { db in
            EventCounts(
                segments: try Segment.count(db), groups: try ParticipantGroup.count(db),
                delegates: try Delegate.count(db), contributions: try Contribution.count(db),
                seats: try SingleRows.readHall(db).seatCount, recipients: try AwardRecipient.count(db),
                checklistItems: try ChecklistItem.count(db),
                journalEntries: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal") ?? 0
            )
        }
    }

    /// Journal entries with an id greater than `id`, oldest first.
    public func journal(after id: Int64 = 0, limit: Int? = nil) throws(StoreError) -> [JournalEntry] {
        try read { db in try JournalRows.fetch(after: id, limit: limit, db) }
    }

    /// Records a fact that changes no table (a live-show action); `payload` must be a JSON object.
    @discardableResult
    public func append(action: String, payload: String, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        try write { db in try JournalRows.append(action: action, payload: payload, actor: actor, time: time, db) }
    }

    /// A value of a `settings` row, or nil when it was never set.
    public func setting(_ key: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// The store's own view of `PRAGMA data_version`: it changes whenever any connection,
    /// this store's writer included, commits.
    public func dataVersion() throws(StoreError) -> Int {
        try probe.current()
    }

    func read<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        counter.withLock { transactions += 1 }
        return try StoreFailure.map(path) { try writer.read(body) }
    }

    /// Runs `body` in one transaction; nothing of it is kept if it throws.
    func write<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        guard !isReadOnly else { throw .readOnly(path) }
        counter.withLock { transactions += 1 }
        return try StoreFailure.map(path) { try writer.write(body) }
    }
}
