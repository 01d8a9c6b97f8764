import Foundation
import GRDB
import PodiumCore
import Testing
@testable import PodiumStore

/// The role table in the file: each grant and revoke is one row change with its journal fact
/// naming the OS account, and files from before the table open with an empty one.
@Suite struct RoleGrantStoreTests {
    static let hoa = Actor(operatorName: "Nguyễn Thị Hoa", role: .organizer, osUser: "hoa")

    @Test func grantsAndRevokesAreJournalledWithTheAccount() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        #expect(try store.roleGrants().isEmpty)
        let mcGrant = RoleGrant(.user("minh"), .mc)
        #expect(try store.run(.access(.grant(mcGrant)), by: Self.hoa, at: t0).changed)
        #expect(try store.run(.access(.grant(RoleGrant(.group("bantochuc"), .organizer))), by: Self.hoa, at: t0).changed)
        // Granted twice: nothing more is written.
        let entries = try store.journal().count
        #expect(try !store.run(.access(.grant(mcGrant)), by: Self.hoa, at: t0).changed)
        #expect(try store.journal().count == entries)

        let records = try store.roleGrantRecords()
        #expect(records.map(\.grant) == [mcGrant, RoleGrant(.group("bantochuc"), .organizer)])
        #expect(records.allSatisfy { $0.grantedBy == "hoa" })

        #expect(try store.run(.access(.revoke(mcGrant)), by: Self.hoa, at: t0).changed)
        #expect(try !store.run(.access(.revoke(mcGrant)), by: Self.hoa, at: t0).changed)
        #expect(try store.roleGrants().grants == [RoleGrant(.group("bantochuc"), .organizer)])

        let journal = try store.journal().suffix(3)
        #expect(journal.map(\.fact) == [
            .access(.granted(mcGrant)), .access(.granted(RoleGrant(.group("bantochuc"), .organizer))), .access(.revoked(mcGrant)),
        ])
        #expect(journal.allSatisfy { $0.osUser == "hoa" && $0.operatorName == "Nguyễn Thị Hoa" })
        #expect(EventParts.touched(by: try #require(journal.last)) == .access)
    }

    /// A screen's mirror reads the table again when, and only when, a grant or revoke came in.
    @Test func theMirrorFollowsTheTable() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        var mirror = try EventMirror(store: store)
        #expect(mirror.roleGrants.isEmpty)
        let other = try EventStore.open(at: dir.file())
        try other.run(.access(.grant(RoleGrant(.user("minh"), .mc))), by: Self.hoa, at: t0)
        #expect(try mirror.refresh(from: store) == .access)
        #expect(mirror.roleGrants.grants == [RoleGrant(.user("minh"), .mc)])
    }

    @Test func aFileFromBeforeTheTableOpensAndGainsItWhenWritten() throws {
        let dir = try TempDir()
        do { _ = try dir.demoStore() }
        // The file as the previous schema left it: no role_grants table, no "access-1" migration.
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "DROP TABLE role_grants")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'access-1'")
            try db.execute(sql: "PRAGMA user_version = \(EventStore.currentSchemaVersion - 1)")
        }
        do {
            let reader = try EventStore.open(at: dir.file(), readOnly: true)
            #expect(try reader.roleGrants().isEmpty)
            #expect(try reader.load().info.title.isEmpty == false)
        }
        let writer = try EventStore.open(at: dir.file())
        #expect(try writer.roleGrants().isEmpty)
        #expect(try writer.run(.access(.grant(RoleGrant(.user("minh"), .mc))), by: Self.hoa, at: t0).changed)
        #expect(try writer.roleGrants().grants == [RoleGrant(.user("minh"), .mc)])
        #expect(try FileHeader.read(path: dir.file().path).get().userVersion == EventStore.currentSchemaVersion)
    }

    /// The schema 6 fixture, from long before the table: everyone may still take any role.
    @Test func theSchemaSixFixtureOpensWithAnEmptyTable() throws {
        let dir = try TempDir()
        try FileManager.default.copyItem(at: FixtureUpgradeTests.folder.appendingPathComponent("show.podium"), to: dir.file())
        #expect(try EventStore.open(at: dir.file(), readOnly: true).roleGrants().isEmpty)
        let store = try EventStore.open(at: dir.file())
        #expect(try store.roleGrants().isEmpty)
        #expect(try store.run(.access(.grant(RoleGrant(.user("minh"), .mc))), by: Self.hoa, at: t0).changed)
    }

    @Test func aRowThisVersionCannotReadGrantsNothing() throws {
        let dir = try TempDir()
        do { _ = try dir.demoStore() }
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "INSERT INTO role_grants VALUES ('minh', 'stage-manager', 'hoa', 0), ('lan', 'mc', 'hoa', 0)")
        }
        #expect(try EventStore.open(at: dir.file()).roleGrants().grants == [RoleGrant(.user("lan"), .mc)])
    }
}
