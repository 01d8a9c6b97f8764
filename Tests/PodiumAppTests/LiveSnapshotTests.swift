import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The MC's live screen in each phase, and the stage view, at the two reference sizes.
@Suite struct LiveSnapshotTests {
    /// The demo running: started at 07:30:30 (15 min before `Fixtures.morning`), on segment 2
    /// since `minutesIntoSegment` minutes ago.
    func running(minutesIntoSegment: Double, view: AppState.View = .main, message: ShowAction? = nil) throws -> AppState {
        var state = try Fixtures.state()
        state.view = view
        let start = Fixtures.morning.addingTimeInterval(-(minutesIntoSegment + 10) * 60)
        var entries = [
            entry(1, .start, start),
            entry(2, .next, start.addingTimeInterval(600)),
        ]
        if let message { entries.append(entry(3, message, start.addingTimeInterval(660))) }
        state.show = ShowState(journal: entries, segments: state.event.segments)
        return state
    }

    func entry(_ id: Int64, _ action: ShowAction, _ time: Date) -> JournalEntry {
        JournalEntry(id: id, time: time, operatorName: "minh", role: .mc, action: action.actionName, payload: action.payload)
    }

    @Test(arguments: [("normal", 5.0), ("warning", 27.0), ("danger", 29.5), ("overtime", 32.25)])
    func liveScreenPhases(phase: String, minutes: Double) throws {
        let state = try running(minutesIntoSegment: minutes)
        #expect(state.showStatus.phase.rawValue == phase)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "live-\(phase)-80x24-vi")
    }

    @Test func liveScreenLarge() throws {
        let state = try running(minutesIntoSegment: 32.25, message: .message(text: "Còn 1 phút", blink: true))
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "live-overtime-200x60-vi")
        var english = state
        english.language = .en
        try Golden.check(try Fixtures.render(english).buffer.plainLines(), named: "live-overtime-80x24-en")
    }

    @Test func phaseIsInColourAsWellAsWords() throws {
        let frame = try Fixtures.render(try running(minutesIntoSegment: 32.25))
        let theme = try Fixtures.theme()
        let overtime = theme.style("phase.overtime")
        // Somewhere on the screen the overtime digits carry the overtime style.
        #expect(frame.buffer.cells.contains { $0.style == overtime && $0.text == "█" })
        #expect(frame.buffer.plainLines().joined().contains("QUÁ GIỜ"))
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func stageView(size: (Int, Int)) throws {
        let state = try running(minutesIntoSegment: 32.25, view: .stage, message: .message(text: "Còn 1 phút", blink: true))
        try Golden.check(try Fixtures.render(state, width: size.0, height: size.1).buffer.plainLines(), named: "stage-overtime-\(size.0)x\(size.1)-vi")
    }

    @Test func stageViewIsReadOnly() throws {
        var state = try running(minutesIntoSegment: 5, view: .stage)
        for key in [Key.char("n"), .char("s"), .char(" "), .pageDown, .char("2")] {
            #expect(state.command(for: .key(key), frame: nil) == nil)
        }
        if let quit = state.command(for: .key(.char("q")), frame: nil) { state.apply(quit) }
        #expect(state.overlay == .confirmQuit)
    }

    @Test func clickerKeysDriveTheShowOnTheAgendaPane() throws {
        var state = try running(minutesIntoSegment: 5)
        func effect(_ key: Key) -> AppEffect? {
            state.command(for: .key(key), frame: nil).flatMap { state.apply($0) }
        }
        #expect(effect(.pageDown) == .perform(.next))
        #expect(effect(.char(" ")) == .perform(.next))
        #expect(effect(.pageUp) == .perform(.back))
        #expect(effect(.char("b")) == .perform(.blank(true)))
        #expect(effect(.char("h")) == .perform(.hold))
        #expect(effect(.char("u")) == .perform(.undo(entryID: 2)))
        state.pane = .awards
        #expect(effect(.pageDown) == nil)
    }

    @Test func viewersAndReadOnlyFilesCannotDrive() throws {
        var state = try running(minutesIntoSegment: 5)
        state.role = .viewer
        #expect(state.command(for: .key(.char("n")), frame: nil) == nil)
        state.apply(.toggleHelp)
        let help = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        #expect(help.contains("không dùng được: chỉ MC hoặc Ban tổ chức điều khiển chương trình"))
    }
}
