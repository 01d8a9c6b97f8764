import Foundation
import GRDB
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumStore

/// The index in the file: files from before it open and gain the table, results are replaced
/// whole, and the reveal is a fold of the journal that a reopened file (or a crash) keeps.
@Suite struct IndexStoreTests {
    @Test func aFileFromBeforeTheIndexOpensAndGainsIt() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "DROP TABLE par_index")
            // A schema-5 file had neither the index, nor the journal's OS account, nor the role table.
            try db.execute(sql: "ALTER TABLE journal DROP COLUMN os_user")
            try db.execute(sql: "DROP TABLE role_grants")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('index-1', 'journal-2', 'access-1')")
            try db.execute(sql: "PRAGMA user_version = 5")
            try db.execute(sql: "UPDATE podium_meta SET value = '5' WHERE key = 'schema_version'")
        }
        let store = try EventStore.open(at: dir.file())
        #expect(try store.load().index == .empty)
        let version = try withRawDatabase(dir.file()) { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == Schema.migrationIDs.count)
        try store.run(.imports(.index(try DemoEvent.make().index)), by: organizer, at: t0)
        #expect(try store.load().index.units.count == 115)
    }

    /// Seen in a rehearsal: two MCs pressing next at once revealed two steps, and the third place
    /// reached the stage before the fourth had been read. The second press is refused.
    @Test func twoMCsPressingNextOnTheSameScreenRevealOneStep() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let other = try EventStore.open(at: dir.file())
        let seen = try store.indexReveal().revealed
        try store.run(.indexReveal(.next, seen: seen), by: mc, at: t0)
        #expect(throws: StoreError.refused(.index(.overtaken(revealed: seen + 1)))) {
            try other.run(.indexReveal(.next, seen: seen), by: Actor(operatorName: "MC Hai", role: .mc), at: t0)
        }
        #expect(try store.indexReveal().revealed == seen + 1)
        // Pressed on the screen as it now is, it goes on; a command line says nothing of a screen.
        try other.run(.indexReveal(.next, seen: seen + 1), by: mc, at: t0)
        try other.run(.indexReveal(.next), by: mc, at: t0)
        #expect(try store.indexReveal().revealed == seen + 3)
    }

    @Test func theRevealStepsSurviveAReopenAndAnImportStartsItAgain() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let steps = IndexRevealStep.order(IndexRanking(try store.load().index)).count
        #expect(steps == 8)
        try store.run(.indexReveal(.next), by: mc, at: t0)
        try store.run(.indexReveal(.next), by: mc, at: t0)
        try store.run(.indexReveal(.back), by: mc, at: t0)
        try store.run(.indexReveal(.next), by: mc, at: t0)
        #expect(try EventStore.open(at: dir.file()).indexReveal().revealed == 2)
        let last = try #require(try store.journal().last)
        guard case .indexReveal(let fact) = last.fact else {
            Issue.record("the reveal's fact is \(last.fact)")
            return
        }
        #expect(fact.action == .next && fact.step == 2)
        #expect(throws: StoreError.self) {
            try store.run(.indexReveal(.back), by: mc, at: t0)
            try store.run(.indexReveal(.back), by: mc, at: t0)
            try store.run(.indexReveal(.back), by: mc, at: t0)
        }
        #expect(try store.indexReveal().revealed == 0)
        try store.run(.indexReveal(.next), by: mc, at: t0)
        try store.run(.imports(.index(try store.load().index)), by: organizer, at: t0)
        #expect(try store.indexReveal().revealed == 0)
    }

    @Test func aScreenReadsARevealStepWithoutReloadingAndAnImportWhole() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        let other = try EventStore.open(at: dir.file())
        try other.run(.indexReveal(.next), by: mc, at: t0)
        #expect(try mirror.refresh(from: screen) == .indexReveal)
        #expect(mirror.indexReveal.revealed == 1)
        var results = mirror.event.index
        results.units.removeLast()
        try other.run(.imports(.index(results)), by: organizer, at: t0)
        #expect(try mirror.refresh(from: screen) == .all)
        #expect(mirror.event.index == results && mirror.indexReveal.revealed == 0)
    }

    @Test func anEventWithoutResultsRefusesTheReveal() throws {
        let dir = try TempDir()
        let store = try EventStore.create(at: dir.file(), from: .blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26)), by: organizer, now: t0)
        #expect(throws: StoreError.self) { try store.run(.indexReveal(.next), by: mc, at: t0) }
        #expect(try store.journal().count == 1)
    }
}
