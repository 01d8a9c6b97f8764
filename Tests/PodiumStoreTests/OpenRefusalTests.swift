import Foundation
import GRDB
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumStore

@Suite struct OpenRefusalTests {
    @Test func freshFileIsAtTheCurrentVersion() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        let (userVersion, applicationID, migrations) = try withRawDatabase(dir.file()) { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(EventStore.currentSchemaVersion == Schema.migrationIDs.count)
        #expect(userVersion == EventStore.currentSchemaVersion)
        #expect(applicationID == Schema.applicationID)
        #expect(migrations == Schema.migrationIDs)
    }

    @Test func newerUserVersionIsRefusedUntouched() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        try withRawDatabase(dir.file()) { db in try db.execute(sql: "PRAGMA user_version = \(EventStore.currentSchemaVersion + 1)") }
        let before = try bytes(dir.file())
        let names = dir.names
        #expect(throws: StoreError.newerSchema(dir.file().path, found: EventStore.currentSchemaVersion + 1, supported: EventStore.currentSchemaVersion)) {
            try EventStore.open(at: dir.file())
        }
        #expect(try bytes(dir.file()) == before)
        #expect(dir.names == names)
    }

    @Test func unknownMigrationIsRefusedUntouched() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2')")
        }
        let before = try bytes(dir.file())
        // Only SQLite can see this, so the read-only check may leave empty -wal/-shm files;
        // the event file itself must stay byte for byte.
        #expect(throws: StoreError.newerSchema(dir.file().path, found: EventStore.currentSchemaVersion + 1, supported: EventStore.currentSchemaVersion)) {
            try EventStore.open(at: dir.file())
        }
        #expect(try bytes(dir.file()) == before)
    }

    @Test(arguments: ["text", "random", "empty", "sqlite", "sqliteWAL"])
    func foreignFileIsRefusedUntouched(kind: String) throws {
        let dir = try TempDir()
        let url = dir.file("other.db")
        switch kind {
        case "text": try Data("Họ và tên,Đơn vị\nA,B\n".utf8).write(to: url)
        case "random": try Data((0..<4096).map { _ in UInt8.random(in: 0...255) }).write(to: url)
        case "empty": try Data().write(to: url)
        default:
            try withRawDatabase(url) { db in
                if kind == "sqliteWAL" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 2.5)")
            }
        }
        let before = try bytes(url)
        #expect(dir.names == ["other.db"])
        do {
            _ = try EventStore.open(at: url)
            Issue.record("a \(kind) file was opened as an event")
        } catch {
            guard case .notAPodiumEvent(let path, let reason) = error else {
                Issue.record("expected notAPodiumEvent, got \(error)")
                return
            }
            #expect(path == url.path)
            #expect(!reason.isEmpty)
            #expect(error.description.contains(url.path))
        }
        #expect(try bytes(url) == before)
        #expect(dir.names == ["other.db"])
    }

    @Test func plainSQLiteRefusalNamesItsTables() throws {
        let dir = try TempDir()
        let url = dir.file("other.db")
        try withRawDatabase(url) { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        #expect {
            try EventStore.open(at: url)
        } throws: { error in
            (error as? StoreError)?.description.contains("invoices") == true
        }
    }

    @Test func explicitReadOnlyRefusesWritesAndKeepsTheFile() throws {
        let dir = try TempDir()
        let demo = try DemoEvent.make()
        _ = try dir.demoStore()
        let before = try bytes(dir.file())
        let store = try EventStore.open(at: dir.file(), readOnly: true)
        #expect(store.isReadOnly)
        #expect(try store.load() == demo)
        #expect(try store.journal().count == 1)
        let path = dir.file().path
        #expect(throws: StoreError.readOnly(path)) { try store.append(.show(.start), by: mc, at: t0) }
        #expect(throws: StoreError.readOnly(path)) { try store.upsertSegment(demo.segments[0], by: mc, at: t0) }
        #expect(throws: StoreError.readOnly(path)) { try store.deleteChecklistItem(id: 1, by: organizer, at: t0) }
        #expect(throws: StoreError.readOnly(path)) {
            try store.run(.imports(.all(EventData.blank(title: "x", date: demo.info.date), from: .eventFile)), by: mc, at: t0)
        }
        #expect(try bytes(dir.file()) == before)
    }

    @Test func closingLeavesNoSideFiles() throws {
        let dir = try TempDir()
        let demo = try DemoEvent.make()
        _ = try dir.demoStore()
        do {
            let store = try EventStore.open(at: dir.file())
            let feed = try ChangeFeed(store: store)
            try store.append(.show(.hold), by: mc, at: t0)
            _ = feed.hasChanged()
            #expect(dir.names.contains("event.podium-wal"))
        }
        #expect(dir.names == ["event.podium"])
        #expect(try EventStore.open(at: dir.file()).load() == demo)
    }

    @Test func unwritableFileOpensReadOnlyUnlessRoot() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: dir.file().path)
        let store = try EventStore.open(at: dir.file())
        // Root ignores permission bits, so only an ordinary user sees this file as read-only.
        #expect(store.isReadOnly == (getuid() != 0))
        #expect(try store.counts().delegates == 298)
    }
}
