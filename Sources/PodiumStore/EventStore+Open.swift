import Foundation
import GRDB
import PodiumCore

extension EventStore {
    /// rw-rw----: the owner and the event's group.
    public static let fileMode: mode_t = 0o660

    /// Creates a new event file holding `data`. The file is built under a temporary name and
    /// moved into place complete, so no process ever sees half an event.
    public static func create(
        at url: URL, from data: EventData, template: String? = nil, by actor: Actor, now: Date = Date()
    ) throws(StoreError) -> EventStore {
        let path = url.standardizedFileURL.path
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else { throw .fileExists(path) }
        let directory = url.standardizedFileURL.deletingLastPathComponent().path
        guard manager.fileExists(atPath: directory) else { throw .notFound(directory) }
        guard manager.isWritableFile(atPath: directory) else { throw .readOnly(directory) }
        let temporary = "\(directory)/.\(url.lastPathComponent).creating-\(UUID().uuidString)"
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? manager.removeItem(atPath: temporary + suffix) }
        }
        try StoreFailure.map(path) {
            let queue = try DatabaseQueue(path: temporary)
            try Schema.migrator.migrate(queue)
            try queue.write { db in
                try insertAll(data, db)
                _ = try JournalRows.append(.event(.created(template: template, title: data.info.title)), actor: actor, time: now, db)
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
        }
        // An event holds names, posts and phone numbers: readable and writable by its owner and
        // the file's group (the operators of one event, each in their own SSH session, share it
        // through a group: `podium access group`), never by anyone else, whatever the umask.
        // SQLite gives the -wal and -shm files the same mode.
        guard chmod(temporary, EventStore.fileMode) == 0 else {
            throw .sqlite(path, "could not make the new file private: \(String(cString: strerror(errno)))")
        }
        do {
            try manager.moveItem(atPath: temporary, toPath: path)
        } catch {
            if manager.fileExists(atPath: path) { throw .fileExists(path) }
            throw .sqlite(path, "could not move the new file into place: \(error.localizedDescription)")
        }
        return try open(at: url)
    }

    /// Opens an existing event file. The file is judged before anything can write to it: a file
    /// that is no Podium event, or one from a newer Podium, is refused and left byte for byte as
    /// it was. A file that is not writable, that fails SQLite's quick integrity check (`damage`
    /// says why), or that is opened with `readOnly: true`, is opened read-only and never written.
    ///
    /// SQLite needs `-wal` and `-shm` files beside a WAL file even to read it, and a read-only
    /// connection cannot remove them afterwards. Where no `-wal` exists nobody has the file
    /// open, so a read that must leave no trace (judging a file, a read-only command, a folder
    /// we may not write) reads it as an immutable snapshot instead, which creates nothing.
    /// `live` (with `readOnly`) is for a screen that only watches, a viewer's or the stage's: it
    /// reads through a read-only connection that sees other terminals' commits, where a
    /// read-only command reads a snapshot.
    public static func open(at url: URL, readOnly: Bool = false, live: Bool = false) throws(StoreError) -> EventStore {
        let path = url.standardizedFileURL.path
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        guard !isDirectory.boolValue else { throw .notAPodiumEvent(path, "it is a directory") }
        let header: FileHeader
        switch FileHeader.read(path: path) {
        case .success(let value): header = value
        case .failure(let refusal): throw .notAPodiumEvent(path, refusal.reason)
        }
        try judge(header, path: path)
        let identity = FileIdentity.of(path: path)
        let nobodyHasItOpen = !manager.fileExists(atPath: path + "-wal")
        let damage = try inspect(path: path, snapshot: nobodyHasItOpen)

        let directory = url.standardizedFileURL.deletingLastPathComponent().path
        let directoryWritable = manager.isWritableFile(atPath: directory)
        let writable = manager.isWritableFile(atPath: path) && directoryWritable
        if readOnly || !writable || damage != nil {
            // A long-running reader of a writable folder keeps a live connection, so that it
            // sees other terminals' changes; elsewhere nobody can be writing, or only a
            // snapshot was asked for.
            let snapshot = nobodyHasItOpen && ((readOnly && !live) || !directoryWritable || damage != nil)
            let connectionPath = snapshot ? immutableURI(path) : path
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(5)
            let queue = try StoreFailure.map(path) {
                let queue = try DatabaseQueue(path: connectionPath, configuration: configuration)
                guard try queue.read(Schema.isReadable) else { throw StoreError.readOnly(path) }
                return queue
            }
            return try EventStore(
                path: path, connectionPath: connectionPath, writer: queue, isReadOnly: true, damage: damage, identity: identity
            )
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let pool = try StoreFailure.map(path) {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            // Files made before the id existed get one the first time they are opened to write.
            try pool.write { db in
                try db.execute(
                    sql: "INSERT OR IGNORE INTO podium_meta (key, value) VALUES ('file_id', ?)", arguments: [UUID().uuidString]
                )
            }
            return pool
        }
        return try EventStore(path: path, writer: pool, isReadOnly: false, identity: identity)
    }

    /// An SQLite URI that reads the file as it is on disk and creates no side files.
    static func immutableURI(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString + "?immutable=1"
    }

    /// Refusals that need only the header. Podium marks every file before it first appears, so a
    /// WAL file without the mark is refused here: a read-only SQLite connection to it would leave
    /// `-wal` and `-shm` files behind.
    private static func judge(_ header: FileHeader, path: String) throws(StoreError) {
        let id = header.applicationID
        if id != Schema.applicationID && (id != 0 || header.isWAL) {
            let owner = id == 0 ? "it carries no application mark" : "it belongs to another application (application_id \(id))"
            throw .notAPodiumEvent(path, "an SQLite database, but \(owner)")
        }
        if header.userVersion > currentSchemaVersion {
            throw .newerSchema(path, found: header.userVersion, supported: currentSchemaVersion)
        }
    }

    /// Refusals that need SQLite, through a read-only connection that changes nothing; then
    /// SQLite's quick integrity check, whose findings (nil when the file is sound) make the
    /// file read-only instead of refusing it, so that what it still holds can be read.
    private static func inspect(path: String, snapshot: Bool) throws(StoreError) -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        let (verdict, damage): (StoreError?, String?) = try StoreFailure.map(path) {
            let queue = try DatabaseQueue(path: snapshot ? immutableURI(path) : path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                if let verdict = try verdictOnContents(db, path: path) { return (verdict, nil) }
                return (nil, try quickCheck(db))
            }
        }
        if let verdict { throw verdict }
        return damage
    }

    /// The first problems `PRAGMA quick_check` reports, or nil when it says "ok". A check that
    /// cannot even run on the file is itself the finding.
    private static func quickCheck(_ db: Database) throws -> String? {
        do {
            let findings = try String.fetchAll(db, sql: "PRAGMA quick_check(3)")
            guard findings != ["ok"] else { return nil }
            // SQLite heads its findings with "*** in database main ***" and breaks lines.
            let lines = findings.flatMap { $0.split(whereSeparator: \.isNewline) }.filter { !$0.hasPrefix("***") }
            return lines.isEmpty ? "the integrity check failed" : lines.joined(separator: "; ")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            return error.message ?? "the integrity check could not read it"
        }
    }

    private static func verdictOnContents(_ db: Database, path: String) throws -> StoreError? {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        var meta: [String: String] = [:]
        if try db.tableExists("podium_meta") {
            meta = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM podium_meta").map {
                    (try $0.decode(String.self, forColumn: "key"), try $0.decode(String.self, forColumn: "value"))
                }
            )
        }
        // Podium writes its tables before the file first appears under its name, so a file
        // with the mark but without them was made by another program: filling it in would
        // write into that program's data.
        if applicationID == Schema.applicationID && meta["format"] != Schema.formatName {
            return .notAPodiumEvent(path, "it carries Podium's mark but not Podium's tables")
        }
        guard applicationID == Schema.applicationID || meta["format"] == Schema.formatName else {
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 5"
            )
            let holding = tables.isEmpty ? "it holds no tables" : "it holds tables \(tables.joined(separator: ", "))"
            return .notAPodiumEvent(path, "an SQLite database without the Podium mark; \(holding)")
        }
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let applied = try Schema.migrator.appliedIdentifiers(db)
        let found = max(userVersion, meta["schema_version"].flatMap(Int.init) ?? 0, applied.count)
        if found > currentSchemaVersion || !applied.isSubset(of: Schema.migrationIDs) {
            return .newerSchema(path, found: max(found, currentSchemaVersion + 1), supported: currentSchemaVersion)
        }
        return nil
    }

    static func insertAll(_ data: EventData, _ db: Database) throws {
        try SingleRows.writeInfo(data.info, db)
        try SingleRows.writeHall(data.hall, db)
        try Segment.insertAll(data.segments, db)
        try ParticipantGroup.insertAll(data.groups, db)
        try Delegate.insertAll(data.delegates, db)
        try Contribution.insertAll(data.contributions, db)
        try AwardDecision.insertAll(data.decisions, db)
        try AwardRecipient.insertAll(data.recipients, db)
        try ChecklistItem.insertAll(data.checklist, db)
        try SeatingRows.write(rankTable: data.rankTable, plan: data.seating, db)
        try AwardPlanRow.write(data.awardPlan, db)
        try IndexResultsRow.write(data.index, db)
    }
}
