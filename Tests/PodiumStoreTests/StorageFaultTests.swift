import Foundation
import GRDB
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumStore

/// Files damaged, replaced or deleted, and opens that must leave no trace. Each test is named
/// after what once went wrong.
@Suite struct StorageFaultTests {
    /// Overwrites `count` bytes in the middle of the file with a fixed pattern.
    private func flipBytes(in url: URL, count: Int = 64) throws {
        var data = try Data(contentsOf: url)
        let start = data.count / 2
        for offset in 0..<count { data[start + offset] ^= 0xA5 }
        try data.write(to: url)
    }

    @Test func damagedFileWasOpenedReadWriteAndWrittenTo() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        try flipBytes(in: dir.file())
        let before = try bytes(dir.file())
        do {
            let store = try EventStore.open(at: dir.file())
            #expect(store.isReadOnly)
            #expect(store.damage?.isEmpty == false)
            #expect {
                try store.append(action: "show.start", payload: "{}", by: mc, at: t0)
            } throws: { error in
                if case StoreError.corrupt = error { return true }
                return false
            }
        } catch StoreError.corrupt {
            // So damaged that not even the mark can be read: refused, which is also never written.
        }
        #expect(try bytes(dir.file()) == before)
        #expect(dir.names == ["event.podium"])
    }

    @Test func readOnlyOpenBumpedTheHeaderAndLeftSideFiles() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        let before = try bytes(dir.file())
        do {
            let store = try EventStore.open(at: dir.file(), readOnly: true)
            #expect(try store.counts().delegates == 298)
            #expect(dir.names == ["event.podium"])
        }
        #expect(try bytes(dir.file()) == before)
        #expect(dir.names == ["event.podium"])
    }

    @Test func refusedNewerFileLeftEmptyWALAndSHMBesideIt() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        #expect(dir.names == ["event.podium"])
        #expect(throws: StoreError.self) { try EventStore.open(at: dir.file()) }
        #expect(dir.names == ["event.podium"])
    }

    @Test func plainSQLiteFileWithPodiumsMarkGotTablesWrittenIntoIt() throws {
        let dir = try TempDir()
        let url = dir.file("other.db")
        try withRawDatabase(url) { db in
            try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID); CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        }
        let before = try bytes(url)
        #expect {
            try EventStore.open(at: url)
        } throws: { error in
            if case StoreError.notAPodiumEvent = error { return true }
            return false
        }
        #expect(try bytes(url) == before)
        #expect(dir.names == ["other.db"])
    }

    @Test func deletedFileAcceptedWritesThatWereLost() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try FileManager.default.removeItem(at: dir.file())
        #expect(store.fileProblem() == .vanished(dir.file().path))
        #expect(throws: StoreError.vanished(dir.file().path)) { try store.append(action: "show.start", payload: "{}", by: mc, at: t0) }
    }

    @Test func fileMovedOverGainedTheOldEventsJournalEntry() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.append(action: "show.start", payload: "{}", by: mc, at: t0)
        do { _ = try dir.demoStore("other.podium") }
        try FileManager.default.removeItem(at: dir.file())
        try FileManager.default.moveItem(at: dir.file("other.podium"), to: dir.file())
        #expect(store.fileProblem() == .replaced(dir.file().path))
        #expect(throws: StoreError.replaced(dir.file().path)) { try store.append(action: "show.pause", payload: "{}", by: mc, at: t0) }
        let other = try EventStore.open(at: dir.file(), readOnly: true)
        #expect(try other.journal().map(\.action) == ["event.created"])
        #expect(try withRawDatabase(dir.file()) { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    @Test func fileCopiedOverKeptItsInodeAndWasWrittenInto() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.append(action: "show.start", payload: "{}", by: mc, at: t0)
        do { _ = try dir.demoStore("other.podium") }
        // What `cp` does: the same inode, new bytes.
        let handle = try FileHandle(forWritingTo: dir.file())
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: try bytes(dir.file("other.podium")))
        try handle.close()
        #expect(store.fileProblem() == nil)
        #expect(throws: StoreError.replaced(dir.file().path)) { try store.append(action: "show.pause", payload: "{}", by: mc, at: t0) }
    }
}
