import Foundation
import PodiumCore
import PodiumDemo
import PodiumStore
import Testing

@Suite struct LiveShowStoreTests {
    let actor = Actor(operatorName: "minh", role: .mc)

    func makeStore() throws -> (EventStore, URL) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("live-\(UUID().uuidString).podium")
        return (try EventStore.create(at: url, from: try DemoEvent.make(), by: actor), url)
    }

    @Test func actionsAreCheckedInsideTheWriteAndJournaled() throws {
        let (store, url) = try makeStore()
        defer { try? FileManager.default.removeItem(at: url) }
        let before = try store.counts().journalEntries
        try store.perform(.start, by: actor, at: Date())
        #expect(throws: StoreError.invalid(ShowError.alreadyStarted.description)) {
            try store.perform(.start, by: actor, at: Date())
        }
        try store.perform(.next, by: actor, at: Date())
        #expect(try store.counts().journalEntries == before + 2)
        #expect(try store.showState().current?.segmentID == 2)
        let last = try #require(try store.journal().last)
        #expect(last.action == "show.next" && last.operatorName == "minh" && last.role == .mc)
    }

    @Test func twoStoresOnOneFileCannotBothMoveOnFromTheSameSegment() throws {
        let (first, url) = try makeStore()
        defer { try? FileManager.default.removeItem(at: url) }
        let second = try EventStore.open(at: url)
        try first.perform(.start, by: actor, at: Date())
        try first.perform(.jump(segmentID: 7), by: actor, at: Date())
        try second.perform(.next, by: actor, at: Date())
        // The second terminal saw segment 8 as current inside its transaction: no next exists.
        #expect(throws: StoreError.self) { try first.perform(.next, by: actor, at: Date()) }
        #expect(try first.showState().current?.segmentID == 8)
    }
}
