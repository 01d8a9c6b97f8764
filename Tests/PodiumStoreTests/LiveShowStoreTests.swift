import Foundation
import PodiumCore
import PodiumDemo
@testable import PodiumStore
import Testing

@Suite struct LiveShowStoreTests {
    let actor = Actor(operatorName: "minh", role: .mc)

    func makeStore() throws -> (EventStore, URL) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("live-\(UUID().uuidString).podium")
        return (try EventStore.create(at: url, from: try DemoEvent.make(), by: actor), url)
    }

    /// 08:00 in Hà Nội on the demo's date (2026-03-26): the real show's morning.
    let eventMorning = Date(timeIntervalSince1970: 1_774_486_800)

    @Test func actionsAreCheckedInsideTheWriteAndJournaled() throws {
        let (store, url) = try makeStore()
        defer { try? FileManager.default.removeItem(at: url) }
        try store.perform(LiveShowCommand(.start, overrideGate: true), by: actor, at: eventMorning)
        #expect(throws: StoreError.refused(.show(.alreadyStarted))) {
            try store.perform(LiveShowCommand(.start, overrideGate: true), by: actor, at: eventMorning)
        }
        try store.perform(LiveShowCommand(.next, overrideGate: true), by: actor, at: eventMorning.addingTimeInterval(60))
        // The demo's first two segments wait for checklist items: each start records its override first.
        #expect(try store.journal().dropFirst().map(\.action) == [
            "checklist.gate-override", "show.start", "checklist.gate-override", "show.next",
        ])
        #expect(try store.showState().current?.segmentID == 2)
        let last = try #require(try store.journal().last)
        #expect(last.action == "show.next" && last.operatorName == "minh" && last.role == .mc)
    }

    @Test func aStartOnAnotherDayIsARehearsalThatResetSetsAside() throws {
        let (store, url) = try makeStore()
        defer { try? FileManager.default.removeItem(at: url) }
        let december = Date(timeIntervalSince1970: 1_796_169_600)
        try store.perform(LiveShowCommand(.start, overrideGate: true), by: actor, at: december)
        #expect(try store.journal().suffix(2).map(\.action) == ["show.rehearse", "show.start"])
        #expect(try store.showState().isRehearsal)
        try store.perform(LiveShowCommand(.end, overrideGate: true), by: actor, at: december.addingTimeInterval(600))
        try store.perform(LiveShowCommand(.reset, overrideGate: true), by: actor, at: december.addingTimeInterval(700))
        #expect(try store.showState().stage == .notStarted)
        #expect(try store.setAsideRehearsals().map(\.stage) == [.finished])
        // On the event's day the real show starts clean and cannot be reset.
        try store.perform(LiveShowCommand(.start, overrideGate: true), by: actor, at: eventMorning)
        #expect(try !store.showState().isRehearsal)
        #expect(throws: StoreError.refused(.show(.notARehearsal))) {
            try store.perform(LiveShowCommand(.reset, overrideGate: true), by: actor, at: eventMorning.addingTimeInterval(60))
        }
    }

    @Test func twoStoresOnOneFileCannotBothMoveOnFromTheSameSegment() throws {
        let (first, url) = try makeStore()
        defer { try? FileManager.default.removeItem(at: url) }
        let second = try EventStore.open(at: url)
        try first.perform(LiveShowCommand(.start, overrideGate: true), by: actor, at: Date())
        try first.perform(LiveShowCommand(.jump(segmentID: 7), overrideGate: true), by: actor, at: Date())
        try second.perform(LiveShowCommand(.next, overrideGate: true), by: actor, at: Date())
        // The second terminal saw segment 8 as current inside its transaction: no next exists.
        #expect(throws: StoreError.self) { try first.perform(LiveShowCommand(.next, overrideGate: true), by: actor, at: Date()) }
        #expect(try first.showState().current?.segmentID == 8)
    }
}
