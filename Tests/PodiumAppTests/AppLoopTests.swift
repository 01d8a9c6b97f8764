import Foundation
@testable import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumDocuments
import PodiumStore
import Testing
import TermCore

/// The runner over a terminal that types scripted keys and a session that records the writes
/// asked of it, and over the real store on a file through a whole live show.
@Suite struct AppLoopTests {
    /// Types the keys `next` hands it (nil: none waiting) and records every buffer drawn.
    final class FakeTerminal: TerminalScreen {
        let size = (width: 100, height: 30)
        var frames: [[String]] = []
        var fullRedraws = 0
        var next: () -> InputEvent?

        init(keys: [InputEvent]) {
            var queue = keys
            next = { queue.isEmpty ? nil : queue.removeFirst() }
        }

        func draw(_ buffer: Buffer) { frames.append(buffer.plainLines()) }
        func readEvent(timeoutMs: Int) -> InputEvent? { next() }
        func forceFullRedraw() { fullRedraws += 1 }
        // Nothing more will come: close what is open and quit, so every test ends.
        func waitForInput(timeoutMs: Int, orReadable descriptor: Int32?) {
            var step = 0
            let closing: [InputEvent] = [.key(.escape), .key(.escape), .key(.escape), .key(.char("q")), .key(.char("q"))]
            next = {
                defer { step += 1 }
                return closing[step % closing.count]
            }
        }
    }

    /// Records the writes performed and answers with scripted outcomes; the file never changes
    /// unless a test queues what a read finds.
    final class RecordingSession: EventSession {
        var performed: [StoreEffect] = []
        var outcomes: [Result<WriteOutcome, StoreError>] = []
        var changes: [StoreChanges] = []
        var reads = 0

        func perform(_ effect: StoreEffect, by actor: Actor, at time: Date, showSeen: Int64?) -> Result<WriteOutcome, StoreError> {
            performed.append(effect)
            return outcomes.isEmpty ? .success(.done) : outcomes.removeFirst()
        }
        func readChanges(always: Bool) throws(StoreError) -> StoreChanges? {
            reads += 1
            return changes.isEmpty ? nil : changes.removeFirst()
        }
        func fileWatch(after error: StoreError?) -> FileWatch { FileWatch() }
        var wakeDescriptor: Int32? { 3 }
        func fileWasTouched() -> Bool { false }
        func checkImport(_ dialog: ImportDialog, event: EventData, vietnamese: Bool,
                         progress: @escaping (Int, Int) -> Void) -> (stage: ImportDialog.Stage, remedies: [ImportRemedy]) {
            progress(1, 2)
            return (.refused(["x.csv: không đọc được"]), [])
        }
        func applyImport(_ dialog: ImportDialog, by actor: Actor, at time: Date) -> Result<ImportCounts, StoreError> {
            .success(ImportCounts(added: 0, merged: 0, skipped: 0))
        }
    }

    static let quit: [InputEvent] = [.key(.char("q")), .key(.char("q"))]

    func loop(_ state: AppState, _ session: RecordingSession, _ terminal: FakeTerminal) -> AppLoop {
        AppLoop(session: session, terminal: terminal, theme: Theme(name: "test", styles: [:]), state: state, clock: { Fixtures.morning })
    }

    @Test func aLiveStepIsOneRecordedWriteCheckedAgainstTheShowAsDrawn() throws {
        var state = try Fixtures.state()
        // No unfinished checklist items: the start asks nothing.
        state.event.checklist = []
        let session = RecordingSession()
        let terminal = FakeTerminal(keys: [.key(.char("s"))] + Self.quit)
        let loop = loop(state, session, terminal)
        loop.run()
        #expect(session.performed == [.perform(.start)])
        // Our own write is read back once; the keys that did not write read nothing.
        #expect(session.reads == 1)
        #expect(loop.state.shouldQuit)
    }

    @Test func autoSeatingCountsComeBackAsTheNotice() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        let session = RecordingSession()
        session.outcomes = [.success(.autoSeated(seated: 40, unseated: 2))]
        // The hall is seated already: A asks, y answers.
        let terminal = FakeTerminal(keys: [.key(.char("A")), .key(.char("y"))])
        var notices: [String?] = []
        let loop = loop(state, session, terminal)
        let next = terminal.next
        terminal.next = { notices.append(loop.state.notice); return next() }
        loop.run()
        #expect(session.performed == [.seating(.auto)])
        #expect(notices.contains(state.strings.seatingAutoDone(40, 2)))
    }

    @Test func aRefusedWriteIsTheNoticeAndStopsTheWritesAfterIt() throws {
        var state = try Fixtures.state()
        state.event.checklist = []
        state.effects = []
        let session = RecordingSession()
        session.outcomes = [.failure(.readOnly("event.podium"))]
        let terminal = FakeTerminal(keys: [.key(.char("s"))] + Self.quit)
        let loop = loop(state, session, terminal)
        var notice: String?
        let next = terminal.next
        terminal.next = { if notice == nil { notice = loop.state.notice }; return next() }
        loop.run()
        #expect(session.performed == [.perform(.start)])
        #expect(notice == state.strings.reliability.notice(for: StoreError.readOnly("event.podium")))
        // Nothing was written: nothing is read back.
        #expect(session.reads == 0)
    }

    @Test func aStandInIsSeatedWhereTheReadBackPlanPutsThem() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        let seat = try #require(state.seatingDerived.occupant.firstIndex { $0 != nil })
        let absent = try #require(state.seatingDerived.occupant[seat])
        state.seatingView.cursor = seat
        // The store's answer: the stand-in took the absent delegate's seat.
        var after = state.event
        var standIn = absent
        standIn.id = (after.delegates.map(\.id).max() ?? 0) + 1
        standIn.name = "Lê Thị Hoa"
        after.delegates.append(standIn)
        let taken = try #require(after.seating.assignments.firstIndex { $0.delegateID == absent.id })
        let label = after.seating.assignments[taken].seat
        after.seating.assignments[taken].delegateID = standIn.id
        let session = RecordingSession()
        session.outcomes = [.success(.standInEntered(standIn))]
        session.changes = [StoreChanges(event: after)]
        // The arrows move the cursor away while the line is open: the answer brings it back.
        let typed = "Lê Thị Hoa".map { InputEvent.key(.char($0)) }
        let terminal = FakeTerminal(keys: [.key(.char("s"))] + typed + [.key(.left), .key(.left), .key(.enter)] + Self.quit)
        let loop = loop(state, session, terminal)
        var notices: [String?] = []
        let next = terminal.next
        terminal.next = { notices.append(loop.state.notice); return next() }
        loop.run()
        #expect(session.performed == [.seating(.standIn(for: absent.id, name: "Lê Thị Hoa", title: ""))])
        #expect(loop.state.seatingView.cursor == loop.state.seatingDerived.seatOfDelegate[standIn.id])
        #expect(notices.contains(state.strings.dayOf.seatingStandInSeated("Lê Thị Hoa", label, absent.name)))
    }

    @Test func theImportDialogDrawsItsProgressAndItsRefusal() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        let session = RecordingSession()
        let path = "x.csv".map { InputEvent.key(.char($0)) }
        let terminal = FakeTerminal(keys: [.key(.char("I"))] + path + [.key(.enter)])
        let loop = loop(state, session, terminal)
        var stages: [ImportDialog.Stage?] = []
        let next = terminal.next
        terminal.next = { stages.append(loop.state.importDialog?.stage); return next() }
        let drawnBefore = { terminal.frames.count }
        loop.run()
        #expect(stages.contains(.refused(["x.csv: không đọc được"])))
        #expect(session.performed.isEmpty)
        // The progress reported mid-check was drawn, before the refusal.
        #expect(drawnBefore() >= path.count + 4)
    }

    /// The demo event on a file, the MC at the keys: start, next through every segment
    /// (speakers and award batches included), answer every question yes, until the end.
    @Test func aWholeLiveShowOnTheDemoEvent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podium-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let actor = Actor(operatorName: "minh", role: .mc)
        let store = try EventStore.create(at: folder.appendingPathComponent("event.podium"), from: DemoEvent.make(), by: actor, now: Fixtures.morning)
        let mirror = try EventMirror(store: store)
        var state = AppState(event: mirror.event, role: .mc, operatorName: "minh", language: .vi, now: Fixtures.morning,
                             isReadOnly: false, timeZone: Fixtures.timeZone)
        state.show = mirror.show
        state.awards = mirror.awards
        let terminal = FakeTerminal(keys: [])
        let loop = AppLoop(store: store, feed: try ChangeFeed(store: store), mirror: mirror, terminal: terminal,
                           theme: Theme(name: "test", styles: [:]), state: state, clock: { Fixtures.morning })
        var typed = 0
        var started = false
        terminal.next = {
            typed += 1
            guard typed < 400 else { return .key(.char("q")) }
            let state = loop.state
            if state.overlay == .confirmQuit { return .key(.char("y")) }
            if case .confirm? = state.overlay { return .key(.char("y")) }
            switch state.show.stage {
            case .notStarted where !started:
                started = true
                return .key(.char("s"))
            case .running: return .key(.char("n"))
            default: return .key(.char("q"))
            }
        }
        loop.run()
        #expect(typed < 400, "the show never ended")
        let show = loop.state.show
        #expect(show.stage == .finished)
        // Every segment ran, in order, and the speakers of each contributions block came up.
        let segments = loop.state.orderedSegments
        #expect(show.completed.map(\.segmentID) == segments.map(\.id))
        let speakers = loop.state.event.contributions.filter { $0.status != .withdrawn }
        #expect(!speakers.isEmpty)
        #expect(Set(show.speakerRuns.map(\.contributionID)).isSuperset(of: speakers.map(\.id)))
        #expect(segments.contains { $0.kind == .awards })
        // The file holds the same show as the screen.
        #expect(try EventMirror(store: store).show == show)
        #expect(terminal.frames.last?.isEmpty == false)
    }
}
