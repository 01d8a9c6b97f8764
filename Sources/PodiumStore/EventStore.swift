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

    /// Why the file is damaged, when the integrity check on open found it so: such a file is
    /// opened read-only and every write is refused with this.
    public let damage: String?
    /// The file this store opened; see `fileProblem()`.
    public let identity: FileIdentity?
    /// The random id in `podium_meta` that tells this event file from a copy of another one
    /// put in its place (`cp` keeps the inode); nil for a read-only file that has none yet.
    let fileID: String?

    let writer: any DatabaseWriter
    /// A separate connection: `PRAGMA data_version` only moves for commits made by other connections.
    let probe: VersionProbe

    private let counter = NSLock()
    nonisolated(unsafe) private var transactions = 0
    nonisolated(unsafe) private var stop: StoreError?

    /// Why this store stopped writing after it was opened, for good: the full integrity check
    /// after a failed write found the file damaged (`.corrupt`), or the file was moved or
    /// replaced around a commit. Nil while writes are allowed (see also `isReadOnly`).
    public var stoppedWriting: StoreError? { counter.withLock { stop } }

    private func stopWriting(_ reason: StoreError) -> StoreError {
        counter.withLock {
            if stop == nil { stop = reason }
        }
        return reason
    }

    /// Transactions this store has run, reads and writes: lets a test prove that a path (a key
    /// press, a redraw) touches no file.
    public var transactionCount: Int { counter.withLock { transactions } }

    /// `connectionPath` is what SQLite opens: the path itself or an immutable-snapshot URI.
    init(
        path: String, connectionPath: String? = nil, writer: any DatabaseWriter, isReadOnly: Bool, damage: String? = nil,
        identity: FileIdentity?
    ) throws(StoreError) {
        self.path = path
        self.writer = writer
        self.isReadOnly = isReadOnly
        self.damage = damage
        self.identity = identity
        self.probe = try VersionProbe(path: connectionPath ?? path, readOnly: isReadOnly)
        self.fileID = try? writer.read { db in try Self.readFileID(db) }
    }

    static func readFileID(_ db: Database) throws -> String? {
        guard try db.tableExists("podium_meta") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM podium_meta WHERE key = 'file_id'")
    }

    /// Whether the path still names the file this store opened: nil when it does, else the
    /// refusal every write now gets (the file was deleted, or another was moved over it).
    public func fileProblem() -> StoreError? {
        guard let identity else { return nil }
        guard let now = FileIdentity.of(path: path) else { return .vanished(path) }
        return now == identity ? nil : .replaced(path)
    }

    /// Everything in the file, each list ordered by position, order or id.
    public func load() throws(StoreError) -> EventData {
        try read { db in try Self.readAll(db) }
    }

    /// Only the tables behind `parts`, in one read; every other field keeps its empty default.
    /// For a command that needs a corner of the event, not its roster and seating plan.
    public func load(_ parts: EventParts) throws(StoreError) -> EventData {
        try read { db in
            var event = EventData(info: try SingleRows.readInfo(db))
            try Self.read(parts.subtracting(.info), into: &event, db)
            return event
        }
    }

    /// Reads the tables behind `parts` into `event`, leaving the other fields as they were.
    static func read(_ parts: EventParts, into event: inout EventData, _ db: Database) throws {
        if parts.contains(.info) { event.info = try SingleRows.readInfo(db) }
        if parts.contains(.segments) { event.segments = try Segment.fetchAll(db) }
        if parts.contains(.groups) { event.groups = try ParticipantGroup.fetchAll(db) }
        if parts.contains(.delegates) { event.delegates = try Delegate.fetchAll(db) }
        if parts.contains(.contributions) { event.contributions = try Contribution.fetchAll(db) }
        if parts.contains(.awards) {
            event.decisions = try AwardDecision.fetchAll(db)
            event.recipients = try AwardRecipient.fetchAll(db)
            event.awardPlan = try AwardPlanRow.read(db)
        }
        if parts.contains(.checklist) { event.checklist = try ChecklistItem.fetchAll(db) }
        if parts.contains(.hall) { event.hall = try SingleRows.readHall(db) }
        if parts.contains(.seating) { (event.rankTable, event.seating) = try SeatingRows.read(db) }
        if parts.contains(.index) { event.index = try IndexResultsRow.read(db) }
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
            rankTable: rankTable, seating: seating, awardPlan: try AwardPlanRow.read(db),
            index: try IndexResultsRow.read(db)
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

    /// Records a fact as it is, without the checks the public writes make first: for tests that
    /// need a journal in a given state.
    @discardableResult
    func append(_ fact: JournalFact, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        try write { db in try JournalRows.append(fact, actor: actor, time: time, db) }
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
    /// Refused on a read-only or damaged file, and on a file that is no longer the one opened:
    /// writing through the old connection would land in a deleted file, or mix two events.
    /// The identity is checked again once the commit is in the file: a file moved while it was
    /// being committed got the change at its new place, and this store writes nothing more. A
    /// write that SQLite refuses has the whole file checked; a damaged file is never written again.
    func write<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        let path = path
        guard !isReadOnly else { throw damage.map { .corrupt(path, $0) } ?? .readOnly(path) }
        if let stoppedWriting { throw stoppedWriting }
        if let problem = fileProblem() { throw stopWriting(problem) }
        counter.withLock { transactions += 1 }
        let fileID = fileID
        let result: T
        do {
            result = try StoreFailure.map(path) {
                try writer.writeWithoutTransaction { db in
                    // A copy of another event put over this one keeps the inode but not the id. In
                    // WAL mode SQLite keeps cached pages while its WAL is unchanged, so the cache
                    // is released first and the id read from the file as it is now.
                    try db.execute(sql: "PRAGMA shrink_memory")
                    var result: T?
                    try db.inTransaction(.immediate) {
                        if let fileID, try Self.readFileID(db) != fileID { throw StoreError.replaced(path) }
                        result = try body(db)
                        return .commit
                    }
                    // Committed frames wait in the -wal file, which SQLite finds by name: if the
                    // event file were moved away now, whatever opens the new file at this path
                    // would replay them into it. Moved into the file and the WAL emptied, they
                    // cannot. Busy readers only postpone this to the next write.
                    _ = try? db.checkpoint(.truncate)
                    guard let result else { throw StoreError.nothingToRecord(action: "write") }
                    return result
                }
            }
        } catch {
            switch error {
            case .replaced, .vanished: throw stopWriting(error)
            case .corrupt, .sqlite, .writeFailed:
                if let damage = fullCheck() { throw stopWriting(.corrupt(path, damage)) }
                throw error
            default: throw error
            }
        }
        if fileProblem() != nil { throw stopWriting(.movedWhileSaving(path)) }
        return result
    }

    /// `PRAGMA integrity_check` over the whole file, on the writer's own connection with its
    /// cache released so that the pages are read as they are on disk now: nil when it says
    /// "ok", else its first findings. Run after a failed write, where the quick check on open
    /// is not enough to tell a damaged file from a passing fault.
    func fullCheck() -> String? {
        do {
            let findings = try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA shrink_memory")
                return try String.fetchAll(db, sql: "PRAGMA integrity_check(5)")
            }
            guard findings != ["ok"] else { return nil }
            // SQLite heads its findings with "*** in database main ***" and breaks lines.
            let lines = findings.flatMap { $0.split(whereSeparator: \.isNewline) }.filter { !$0.hasPrefix("***") }
            return lines.isEmpty ? "the integrity check failed" : lines.joined(separator: "; ")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            return error.message ?? "the integrity check could not read it"
        } catch {
            // A check that cannot run for another reason (the disk, a lock) proves nothing.
            return nil
        }
    }
}
