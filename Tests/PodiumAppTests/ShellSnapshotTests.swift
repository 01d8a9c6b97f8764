import PodiumApp
import TermCore
import Testing

@Suite struct ShellSnapshotTests {
    @Test(arguments: [(80, 24), (200, 60)], [Language.vi, .en])
    func mainScreen(size: (Int, Int), language: Language) throws {
        let frame = try Fixtures.render(try Fixtures.state(language: language), width: size.0, height: size.1)
        try Golden.check(frame.buffer.plainLines(), named: "shell-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    @Test func mainScreenStylesKeepTheCurrentTabAndStatusBarDistinct() throws {
        let frame = try Fixtures.render(try Fixtures.state(), theme: try Fixtures.theme("mono"))
        try Golden.check(frame.buffer.styleLines(), named: "shell-80x24-vi-mono-styles")
    }

    @Test(arguments: [Pane.seating, .speakers, .awards, .checklist, .index])
    func panes(pane: Pane) throws {
        let frame = try Fixtures.render(try Fixtures.state(pane: pane))
        try Golden.check(frame.buffer.plainLines(), named: "pane-\(pane.rawValue)-80x24-vi")
    }

    @Test func helpOverlay() throws {
        var state = try Fixtures.state()
        state.apply(.toggleHelp)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "help-80x24-vi")
        state.language = .en
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "help-200x60-en")
    }

    @Test func tooSmallTerminalSaysSo() throws {
        let lines = try Fixtures.render(try Fixtures.state(), width: 59, height: 18).buffer.plainLines()
        #expect(lines.joined().contains("Cửa sổ quá nhỏ (59×18)"))
        let ok = try Fixtures.render(try Fixtures.state(), width: 60, height: 18).buffer.plainLines()
        #expect(!ok.joined().contains("quá nhỏ"))
    }

    @Test func readOnlyEventShowsTheNoticeAndSyncState() throws {
        let lines = try Fixtures.render(try Fixtures.state(readOnly: true)).buffer.plainLines()
        #expect(lines[22].contains("chỉ đọc"))
        #expect(lines[23].contains("○ chỉ đọc"))
    }
}
