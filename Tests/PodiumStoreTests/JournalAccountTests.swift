import Foundation
import GRDB
import PodiumCore
import Testing
@testable import PodiumStore

/// The journal names the OS account behind each entry, and files from before it still open.
@Suite struct JournalAccountTests {
    @Test func theAccountIsRecordedBesideTheNameGiven() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.append(.show(.start), by: Actor(operatorName: "Nguyễn Văn An", role: .mc, osUser: "an"), at: t0)
        let entry = try #require(try store.journal().last)
        #expect(entry.operatorName == "Nguyễn Văn An" && entry.osUser == "an")
        // By default, the account this process runs as.
        #expect(try #require(try store.journal().first).osUser == Actor.currentOSUser)
        #expect(!Actor.currentOSUser.isEmpty)
    }

    @Test func aFileFromBeforeTheAccountOpensReadOnlyAndUpgradesWhenWritten() throws {
        let dir = try TempDir()
        do { _ = try dir.demoStore() }
        // The file as schema 6 left it: no os_user column, no role table, neither migration.
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "ALTER TABLE journal DROP COLUMN os_user")
            try db.execute(sql: "DROP TABLE role_grants")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('journal-2', 'access-1')")
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        do {
            let reader = try EventStore.open(at: dir.file(), readOnly: true)
            #expect(try reader.journal().first?.osUser == "")
        }
        let writer = try EventStore.open(at: dir.file())
        try writer.append(.show(.start), by: mc, at: t0)
        #expect(try writer.journal().map(\.osUser) == ["", Actor.currentOSUser])
    }
}
