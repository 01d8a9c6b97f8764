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
                try store.append(.show(.start), by: mc, at: t0)
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
        #expect(throws: StoreError.vanished(dir.file().path)) { try store.append(.show(.start), by: mc, at: t0) }
    }

    @Test func fileMovedOverGainedTheOldEventsJournalEntry() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.append(.show(.start), by: mc, at: t0)
        do { _ = try dir.demoStore("other.podium") }
        try FileManager.default.removeItem(at: dir.file())
        try FileManager.default.moveItem(at: dir.file("other.podium"), to: dir.file())
        #expect(store.fileProblem() == .replaced(dir.file().path))
        #expect(throws: StoreError.replaced(dir.file().path)) { try store.append(.show(.hold), by: mc, at: t0) }
        let other = try EventStore.open(at: dir.file(), readOnly: true)
        #expect(try other.journal().map(\.action) == ["event.created"])
        #expect(try withRawDatabase(dir.file()) { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    @Test func fileCopiedOverKeptItsInodeAndWasWrittenInto() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.append(.show(.start), by: mc, at: t0)
        do { _ = try dir.demoStore("other.podium") }
        // What `cp` does: the same inode, new bytes.
        let handle = try FileHandle(forWritingTo: dir.file())
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: try bytes(dir.file("other.podium")))
        try handle.close()
        #expect(store.fileProblem() == nil)
        #expect(throws: StoreError.replaced(dir.file().path)) { try store.append(.show(.hold), by: mc, at: t0) }
    }

    /// A fault injected under an open store: the journal's root page (every write appends to
    /// the journal) overwritten on disk. The quick check on open saw a sound file; the write
    /// then fails, and only the full check after it tells that the file itself is damaged.
    @Test func failedWriteToAFileDamagedWhileOpenKeptWriting() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        // A first write empties the WAL into the file, so SQLite reads the page from the file.
        try store.append(.show(.start), by: mc, at: t0)
        let (root, pageSize) = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'journal'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        let handle = try FileHandle(forWritingTo: dir.file())
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
        try handle.close()
        let damagedWrite = #expect(throws: StoreError.self) { try store.append(.show(.hold), by: mc, at: t0) }
        guard case .corrupt(_, let detail)? = damagedWrite, case .corrupt(_, detail)? = store.stoppedWriting else {
            Issue.record("not stopped as damaged: \(String(describing: damagedWrite)), \(String(describing: store.stoppedWriting))")
            return
        }
        #expect(!detail.isEmpty)
        // From now on nothing reaches the file, not even a write that would not touch the page.
        let before = try bytes(dir.file())
        #expect(throws: StoreError.corrupt(dir.file().path, detail)) {
            try store.run(.event(.setting(key: "probe", value: "1")), by: mc, at: t0)
        }
        #expect(try bytes(dir.file()) == before)
    }

    /// A write refused for a reason of its own (no such item) is not a damaged file: the store
    /// keeps writing.
    @Test func refusedWriteOnASoundFileDoesNotStopWriting() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        #expect(throws: StoreError.self) { try store.deleteChecklistItem(id: 999_999, by: mc, at: t0) }
        #expect(store.stoppedWriting == nil)
        try store.append(.show(.start), by: mc, at: t0)
    }

    /// The file moved away, and another event moved over its name, while a commit was being
    /// written (here inside the transaction itself, the narrowest window there is): the change
    /// lands in the file that was opened, the file now at the path is left byte for byte as it
    /// was (no WAL frames of ours replayed into it), and the store writes nothing more.
    @Test func fileMovedWhileACommitWasWrittenGotTheCommitAtThePath() throws {
        let dir = try TempDir()
        do { _ = try dir.demoStore("other.podium") }
        let otherBefore = try bytes(dir.file("other.podium"))
        let path = dir.file().path
        let moved = dir.file("moved.podium").path
        let other = dir.file("other.podium").path
        do {
            let store = try dir.demoStore()
            #expect(throws: StoreError.movedWhileSaving(path)) {
                try store.write { db in
                    _ = try JournalRows.append(.show(.start), actor: mc, time: t0, db)
                    guard rename(path, moved) == 0, rename(other, path) == 0 else { throw RenameFailed() }
                }
            }
            #expect(store.stoppedWriting == .movedWhileSaving(path))
            #expect(throws: StoreError.movedWhileSaving(path)) { try store.append(.show(.hold), by: mc, at: t0) }
        }
        #expect(try bytes(dir.file()) == otherBefore)
        let atPath = try EventStore.open(at: dir.file(), readOnly: true)
        #expect(try atPath.journal().map(\.action) == ["event.created"])
        let movedStore = try EventStore.open(at: URL(fileURLWithPath: moved), readOnly: true)
        #expect(try movedStore.journal().map(\.action) == ["event.created", "show.start"])
        #expect(movedStore.damage == nil)
    }

    /// The same with the file only moved away: the path names nothing now, and nothing is
    /// created there.
    @Test func fileMovedAwayWhileACommitWasWrittenLeftNothingAtThePath() throws {
        let dir = try TempDir()
        let path = dir.file().path
        let moved = dir.file("moved.podium").path
        do {
            let store = try dir.demoStore()
            #expect(throws: StoreError.movedWhileSaving(path)) {
                try store.write { db in
                    _ = try JournalRows.append(.show(.start), actor: mc, time: t0, db)
                    guard rename(path, moved) == 0 else { throw RenameFailed() }
                }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try EventStore.open(at: URL(fileURLWithPath: moved), readOnly: true).journal().map(\.action) == ["event.created", "show.start"])
    }
}


/// The test could not move the files about; it says nothing about the store.
private struct RenameFailed: Error {}
