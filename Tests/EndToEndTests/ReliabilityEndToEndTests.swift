import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Faults from outside: kill -9 at random, signals with a form open, a storm of resizes, the
/// event file deleted or replaced under a running TUI, exports aimed at the event itself.
/// `PODIUM_KILL_TRIALS` sets the number of kill -9 trials (50 by default; 1,000 for the
/// figures in the README).
@Suite(.serialized) struct ReliabilityEndToEndTests {
    /// The pid of the podium process the session's shell started.
    private func podiumPID(_ tmux: TmuxSession) throws -> pid_t? {
        let shell = try tmux.run("tmux", ["-L", tmux.socket, "display", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    @Test func killedWritersNeverLoseAReportedChangeNorDamageTheFile() throws {
        let trials = ProcessInfo.processInfo.environment["PODIUM_KILL_TRIALS"].flatMap(Int.init) ?? 50
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let environment = tmux.environment.map { "\($0.key)=\($0.value)" }
        var random = SystemRandomNumberGenerator()
        var reported: [String] = []
        var killedTitles: [String] = []
        for trial in 0..<trials {
            let sure = "Việc \(trial) chắc chắn"
            if try tmux.podium(["check", "add", sure, "--agency", "Sở Nội vụ", "--event", file]).status == 0 { reported.append(sure) }
            let killed = "Việc \(trial) bị ngắt"
            let pid = try Spawn.start(
                [TmuxSession.binary.path, "check", "add", killed, "--agency", "Sở Nội vụ", "--event", file],
                environment: environment, outputPath: "/dev/null"
            )
            // The moment of the kill is the experiment: anywhere from before the open to after the commit.
            usleep(UInt32.random(in: 0...150_000, using: &random))
            kill(pid, SIGKILL)
            if Spawn.wait(pid) == 0 { reported.append(killed) } else { killedTitles.append(killed) }
        }
        let info = try tmux.podium(["info", "--json", "--event", file])
        #expect(info.status == 0 && !info.output.contains("\"damage\""), "\(info.output)")
        let listed = try tmux.podium(["check", "list", "--json", "--event", file]).output
        for title in reported { #expect(listed.contains("\"\(title)\""), "\(title) was reported saved but is gone") }
        // A write killed mid-way is there whole or not at all: never twice.
        for title in killedTitles { #expect(listed.components(separatedBy: "\"\(title)\"").count <= 2) }
        // The file is still writable afterwards.
        #expect(try tmux.podium(["check", "add", "Sau cùng", "--agency", "Sở Nội vụ", "--event", file]).status == 0)
    }

    /// The TUI killed with SIGKILL at a random moment after a tick of the first item (which
    /// toggles it): a tick the screen showed is in the file, one not yet shown is there whole or
    /// not at all, and the restarted TUI shows what the command line reads.
    @Test func killedTUIKeepsEveryTickItShowed() throws {
        let trials = ProcessInfo.processInfo.environment["PODIUM_TUI_KILL_TRIALS"].flatMap(Int.init) ?? 5
        let host = try TmuxSession()
        let file = host.home.appendingPathComponent("event.podium").path
        #expect(try host.podium(["new", file]).status == 0)
        func doneCount() throws -> Int {
            try host.podium(["check", "list", "--json", "--event", file]).output.components(separatedBy: "\"status\" : \"done\"").count - 1
        }
        var random = SystemRandomNumberGenerator()
        var done = 0
        for _ in 0..<trials {
            let tmux = try TmuxSession()
            try tmux.start(["--event", file, "--role", "protocol"])
            try tmux.waitFor("Chương trình")
            try tmux.send("5")
            try tmux.waitFor("xong \(done)/30")
            try tmux.send("Down", "Space")
            let expected = 1 - done
            let shown = Bool.random(using: &random)
            if shown {
                try tmux.waitFor("xong \(expected)/30")
            } else {
                usleep(UInt32.random(in: 0...100_000, using: &random))
            }
            let pid = try #require(try podiumPID(tmux))
            kill(pid, SIGKILL)
            try tmux.waitFor("PODIUM-EXITED 137")
            let now = try doneCount()
            #expect(shown ? now == expected : (now == done || now == expected), "before \(done), after \(now)")
            done = now
        }
        let last = try TmuxSession()
        try last.start(["--event", file, "--role", "protocol"])
        try last.waitFor("Chương trình")
        try last.send("5")
        try last.waitFor("xong \(done)/30")
        try last.send("q", "y")
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT), ("SEGV", SIGSEGV)])
    func signalWithAFormOpenLeftKeypadAndCursorKeysOn(name: String, signal: Int32) throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        try tmux.start(["--event", file, "--role", "organizer"])
        try tmux.waitFor("Chương trình")
        try tmux.send("5")
        try tmux.waitFor("xong 0/30")
        try tmux.send("a")
        try tmux.send("-l", "Nửa chừng \(name)")
        try tmux.waitFor("Nửa chừng \(name)")
        let pid = try #require(try podiumPID(tmux))
        kill(pid, signal)
        try tmux.waitFor("PODIUM-EXITED")
        let modes = try tmux.run("tmux", ["-L", tmux.socket, "display", "-p", "#{keypad_flag}#{keypad_cursor_flag}#{alternate_on}#{cursor_flag}#{mouse_any_flag}"])
        #expect(modes.trimmingCharacters(in: .whitespacesAndNewlines) == "00010", "keypad, cursor keys, alternate screen, cursor, mouse: \(modes)")
        #expect(try tmux.capture().contains("TTY icanon echo"))
        let listed = try tmux.podium(["check", "list", "--json", "--event", file])
        #expect(listed.status == 0 && !listed.output.contains("Nửa chừng"))
    }

    @Test func resizeStormInEveryPaneNeverCrashes() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        try tmux.start(["--event", file, "--role", "organizer"])
        try tmux.waitFor("Chương trình")
        var random = SystemRandomNumberGenerator()
        for pane in ["1", "2", "3", "4", "5"] {
            try tmux.send(pane)
            for _ in 0..<40 {
                try tmux.resize(width: Int.random(in: 20...250, using: &random), height: Int.random(in: 5...80, using: &random))
            }
        }
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor("quá nhỏ")
        try tmux.resize(width: 80, height: 24)
        try tmux.send("1")
        try tmux.waitFor("Chương trình")
        #expect(!(try tmux.capture().contains("PODIUM-EXITED")))
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
    }

    @Test(arguments: ["rm", "mv", "cp"])
    func fileDeletedOrReplacedUnderARunningTUIWasWrittenTo(operation: String) throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        let file = tmux.home.appendingPathComponent("event.podium").path
        let other = tmux.home.appendingPathComponent("other.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        #expect(try tmux.podium(["new", other]).status == 0)
        try tmux.start(["--event", file, "--role", "protocol"])
        try tmux.waitFor("Chương trình")
        try tmux.send("5")
        try tmux.waitFor("xong 0/30")
        try tmux.send("Down", "Space")
        try tmux.waitFor("xong 1/30")
        switch operation {
        case "rm": try FileManager.default.removeItem(atPath: file)
        case "mv":
            try FileManager.default.removeItem(atPath: file)
            try FileManager.default.moveItem(atPath: other, toPath: file)
        default:
            try Data(contentsOf: URL(fileURLWithPath: other)).write(to: URL(fileURLWithPath: file))
        }
        try tmux.send("Down", "Space")
        // `mv` here is two steps (remove, then move): the TUI may catch the file missing in
        // between, and either word is right.
        try tmux.waitFor(["rm": "tệp đã bị xóa", "cp": "tệp đã bị thay"][operation] ?? "tệp đã bị ")
        try tmux.send("Down", "Space")
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED")
        guard operation != "rm" else { return }
        // The file now at the path is the other event, untouched: no tick, no journal entry of ours.
        let info = try tmux.podium(["info", "--json", "--event", file])
        #expect(info.status == 0 && !info.output.contains("\"damage\""), "\(info.output)")
        #expect(info.output.contains("\"journal_entries\" : 1"), "\(info.output)")
        #expect(try tmux.podium(["check", "list", "--event", file, "--lang", "en"]).output.contains("[done]") == false)
    }

    @Test func exportWithForceOverwroteTheOpenEventFileOrALink() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let onto = try tmux.podium(["export", "checklist", "--event", file, "--output", file, "--force"])
        #expect(onto.status != 0 && onto.output.contains("tệp sự kiện đang mở"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        let link = tmux.home.appendingPathComponent("link.md").path
        let target = tmux.home.appendingPathComponent("elsewhere.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let through = try tmux.podium(["export", "checklist", "--event", file, "--output", link, "--force", "--lang", "en"])
        #expect(through.status != 0 && through.output.contains("symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
