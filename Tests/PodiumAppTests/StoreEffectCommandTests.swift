import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumStore
import Testing

/// Every TUI effect but seating (which the app loop runs itself) is one command of the store's
/// `run`, the same the CLI subcommands build.
@Suite struct StoreEffectCommandTests {
    @Test func effectsAreTheCommandsTheCLIRuns() {
        #expect(StoreEffect.changeChecklistStatus(id: 3, .done).command() == .checklist(.changeStatus(id: 3, .done)))
        #expect(StoreEffect.deleteSegment(id: 2).command() == .agenda(.delete(id: 2)))
        #expect(StoreEffect.moveSegment(id: 2, toPosition: 1).command() == .agenda(.move(id: 2, toPosition: 1)))
        #expect(StoreEffect.perform(.next).command(showSeen: 9) == .liveShow(LiveShowCommand(.next, basedOn: 9)))
        #expect(StoreEffect.performAward(.nextBatch).command() == .awards(.step(.nextBatch)))
        #expect(StoreEffect.seating(.auto).command() == nil)
    }

    @Test func anEffectTheRoleTableRefusesWritesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("podium-effect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let organizer = Actor(operatorName: "Lan", role: .organizer)
        let store = try EventStore.create(at: dir.appendingPathComponent("e.podium"), from: DemoEvent.make(), by: organizer, now: Date())
        let before = try store.journal().count
        let id = try #require(try store.load().checklist.first?.id)
        #expect(throws: StoreError.refused(.notAllowed(.mc, .editChecklist))) {
            try store.run(try #require(StoreEffect.deleteChecklistItem(id: id).command()), by: Actor(operatorName: "Minh", role: .mc), at: Date())
        }
        #expect(try store.journal().count == before)
        try store.run(try #require(StoreEffect.deleteChecklistItem(id: id).command()), by: organizer, at: Date())
        #expect(try store.journal().last?.fact == .checklist(.deleted(itemID: id, title: try #require(DemoEvent.make().checklist.first).title)))
    }
}
