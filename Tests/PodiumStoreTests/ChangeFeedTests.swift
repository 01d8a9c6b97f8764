import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

@Suite struct ChangeFeedTests {
    /// Polls like the app does, every 10 ms, for up to a second.
    func seesChange(_ feed: ChangeFeed, within seconds: Double = 1) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if feed.hasChanged() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    @Test func anotherStoreOnTheFileSeesACommit() throws {
        let dir = try TempDir()
        let storeA = try dir.demoStore()
        let storeB = try EventStore.open(at: dir.file())
        let feed = try ChangeFeed(store: storeB)
        #expect(!seesChange(feed, within: 0.2))
        try storeA.append(.show(.jump(segmentID: 1)), by: mc, at: t0)
        #expect(seesChange(feed))
        #expect(try storeB.journal().last?.action == "show.jump")
        #expect(!feed.hasChanged())
        _ = try storeA.upsertSegment(storeA.load().segments[0], by: mc, at: t0)
        #expect(seesChange(feed))
    }

    @Test func dataVersionMovesWithCommits() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.dataVersion()
        #expect(try store.dataVersion() == before)
        try store.append(.show(.hold), by: mc, at: t0)
        #expect(try store.dataVersion() != before)
    }

    @Test func anotherProcessCommitIsSeen() throws {
        let sqlite = "/usr/bin/sqlite3"
        try #require(FileManager.default.isExecutableFile(atPath: sqlite), "this test needs \(sqlite)")
        let dir = try TempDir()
        let store = try dir.demoStore()
        let feed = try ChangeFeed(store: store)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite)
        process.arguments = [
            dir.file().path,
            "INSERT INTO journal (time, operator, role, action, payload) VALUES (1774486800.5, 'other', 'mc', 'show.resume', '{}')",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(seesChange(feed))
        #expect(try store.journal().last?.operatorName == "other")
    }
}
