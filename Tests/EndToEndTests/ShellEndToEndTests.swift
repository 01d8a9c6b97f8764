import Foundation
import Testing

/// The real binary in a real terminal. Needs tmux (installed by .ci/run).
@Suite(.serialized) struct ShellEndToEndTests {
    @Test func opensTheDemoShowsTheProgrammeAndHelpThenQuitsCleanly() throws {
        let tmux = try TmuxSession()
        let created = try tmux.podium(["new", tmux.home.appendingPathComponent("demo.podium").path])
        #expect(created.status == 0, "\(created.output)")
        try tmux.start(["--event", tmux.home.appendingPathComponent("demo.podium").path, "--role", "mc"])
        let screen = try tmux.waitFor("Tham luận của các sở, ngành, địa phương")
        #expect(screen.contains("08:00"))
        #expect(screen.contains("MC ·"))

        try tmux.send("?")
        try tmux.waitFor("Phím tắt")
        try tmux.send("Escape")
        try tmux.resize(width: 200, height: 60)
        try tmux.waitFor("Phát biểu chỉ đạo của Lãnh đạo tỉnh                ")
        try tmux.resize(width: 50, height: 15)
        try tmux.waitFor("quá nhỏ")
        try tmux.resize(width: 80, height: 24)
        try tmux.send("q")
        try tmux.waitFor("Thoát Podium?")
        try tmux.send("c")
        let after = try tmux.waitFor("TTY ")
        #expect(after.contains("PODIUM-EXITED 0"))
        // The shell's `stty -a` shows the terminal back in cooked mode with echo on.
        #expect(after.contains("TTY icanon echo"))
    }

    @Test func firstRunCreatesTheDemoInTheDataDirectory() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--lang", "en"])
        try tmux.waitFor("1 Agenda")
        let file = tmux.home.appendingPathComponent("data/podium/laocai-par-2025.podium")
        #expect(FileManager.default.fileExists(atPath: file.path))
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.start([])
        try tmux.waitFor("Chương trình")
        _ = try tmux.run("pkill", ["-TERM", "-f", "^\(TmuxSession.binary.path)$"])
        let after = try tmux.waitFor("TTY ")
        #expect(after.contains("PODIUM-EXITED 143"))
        #expect(after.contains("TTY icanon echo"))
    }

    @Test func errorsAreOneLineAndNonZero() throws {
        let tmux = try TmuxSession()
        let notAnEvent = tmux.home.appendingPathComponent("notes.txt")
        try "not an event".write(to: notAnEvent, atomically: true, encoding: .utf8)
        let result = try tmux.podium(["info", "--event", notAnEvent.path])
        #expect(result.status != 0)
        #expect(result.output.hasPrefix("podium: "))
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: notAnEvent, encoding: .utf8) == "not an event")

        let badTheme = try tmux.podium(["--theme", "nosuch", "--event", notAnEvent.path])
        #expect(badTheme.status != 0)
        #expect(badTheme.output.contains("default") && badTheme.output.contains("mono"))
    }
}
