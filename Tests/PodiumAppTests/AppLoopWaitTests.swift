import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
@testable import PodiumStore
import Testing
import TermCore

/// The loop sleeps on the terminal and the file between events, wakes for the clock's next
/// second, and a key costs a render, not a read of the file.
@Suite struct AppLoopWaitTests {
    /// A terminal that replays keys, and on each wait advances a shared fake clock by the time
    /// asked for, as if nothing happened meanwhile.
    final class ScriptedTerminal: TerminalScreen {
        let size = (width: 100, height: 30)
        let clock: FakeClock
        var keys: [InputEvent] = []
        var waits: [Int] = []
        var frames: [[String]] = []
        /// Called after each wait; may queue keys.
        var afterWait: (ScriptedTerminal) -> Void = { _ in }

        init(clock: FakeClock) { self.clock = clock }

        func draw(_ buffer: Buffer) { frames.append(buffer.plainLines()) }
        func readEvent(timeoutMs: Int) -> InputEvent? { keys.isEmpty ? nil : keys.removeFirst() }
        func forceFullRedraw() {}
        func waitForInput(timeoutMs: Int, orReadable descriptor: Int32?) {
            waits.append(timeoutMs)
            clock.advance(milliseconds: max(0, timeoutMs))
            afterWait(self)
        }
    }

    final class FakeClock: @unchecked Sendable {
        private let lock = NSLock()
        private var date: Date
        init(_ date: Date) { self.date = date }
        var now: Date { lock.withLock { date } }
        func advance(milliseconds: Int) { lock.withLock { date = date.addingTimeInterval(Double(milliseconds) / 1000) } }
    }

    struct Harness {
        let folder: URL
        let store: EventStore
        let loop: AppLoop
        let terminal: ScriptedTerminal
    }

    /// 26 March 2026 07:45:30.250 UTC.
    static let start = Date(timeIntervalSince1970: 1_774_511_130.25)

    func harness() throws -> Harness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podium-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actor = Actor(operatorName: "minh", role: .mc)
        let store = try EventStore.create(at: folder.appendingPathComponent("event.podium"), from: DemoEvent.make(), by: actor, now: Self.start)
        let feed = try ChangeFeed(store: store)
        let mirror = try EventMirror(store: store)
        let clock = FakeClock(Self.start)
        var state = AppState(event: mirror.event, role: .mc, operatorName: "minh", language: .vi, now: clock.now,
                             isReadOnly: false, timeZone: TimeZone(identifier: "UTC")!)
        state.show = mirror.show
        let terminal = ScriptedTerminal(clock: clock)
        let loop = AppLoop(store: store, feed: feed, mirror: mirror, terminal: terminal, theme: Theme(name: "test", styles: [:]),
                           state: state, clock: { clock.now })
        return Harness(folder: folder, store: store, loop: loop, terminal: terminal)
    }

    @Test func anIdleScreenSleepsToTheNextSecondAndStillTicks() throws {
        let h = try harness()
        defer { try? FileManager.default.removeItem(at: h.folder) }
        h.terminal.afterWait = { terminal in
            if terminal.waits.count == 3 { terminal.keys = [.key(.char("q")), .key(.char("q"))] }
        }
        h.loop.run()
        // No short poll: the first wait runs to the next whole second, the others a second each.
        #expect(h.terminal.waits.prefix(3) == [750, 1000, 1000])
        // Each second drew a frame whose status bar shows the new time.
        let clocks = h.terminal.frames.prefix(4).map { $0.last ?? "" }
        for (index, second) in ["07:45:30", "07:45:31", "07:45:32", "07:45:33"].enumerated() {
            #expect(clocks[index].contains(second), "frame \(index): \(clocks[index])")
        }
    }

    @Test func aKeyPressReadsNothingFromTheFile() throws {
        let h = try harness()
        defer { try? FileManager.default.removeItem(at: h.folder) }
        h.terminal.keys = [.key(.char("j")), .key(.char("j")), .key(.char("k"))]
        h.terminal.afterWait = { terminal in terminal.keys = [.key(.char("q")), .key(.char("q"))] }
        let before = h.store.transactionCount
        h.loop.run()
        #expect(h.loop.state.selectedRow(in: .agenda) == 1)
        #expect(h.store.transactionCount == before)
    }

    @Test func anotherProcessChangeReachesTheSleepingLoop() throws {
        let h = try harness()
        defer { try? FileManager.default.removeItem(at: h.folder) }
        let other = try EventStore.open(at: h.folder.appendingPathComponent("event.podium"))
        let item = try #require(h.loop.state.event.checklist.first { $0.status != .done })
        h.terminal.afterWait = { terminal in
            if terminal.waits.count == 1 {
                _ = try? other.changeChecklistStatus(id: item.id, .done, by: Actor(operatorName: "lan", role: .organizer), at: Self.start)
            } else {
                terminal.keys = [.key(.char("q")), .key(.char("q"))]
            }
        }
        h.loop.run()
        #expect(h.loop.state.event.checklist.first { $0.id == item.id }?.status == .done)
        if case .updatedByOther = h.loop.state.sync {} else { Issue.record("the status bar should say another terminal changed the event") }
        // …and whose change it was; the journal overlay has it too.
        #expect(h.loop.state.lastOtherChange?.operatorName == "lan")
        #expect(h.loop.state.journal.last?.operatorName == "lan")
    }
}
