import Foundation
import Testing
@testable import PodiumStore
#if canImport(Glibc)
import Glibc
#endif

/// Faults from outside: signals with a form open, a storm of resizes, the event file deleted
/// or replaced under a running TUI, exports aimed at the event itself (kill -9 trials are in
/// `KillTrialEndToEndTests`).
@Suite(.serialized) struct ReliabilityEndToEndTests {
    /// Each signal with a form open and something half typed, once with the screen at rest and
    /// once in the middle of drawing (a burst of resizes, each a full redraw, just before it).
    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT), ("SEGV", SIGSEGV)], [false, true])
    func signalWithAFormOpenLeftKeypadAndCursorKeysOn(delivered: (name: String, signal: Int32), midDraw: Bool) throws {
        let (name, signal) = delivered
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        try tmux.start(["--event", file, "--role", "organizer"])
        try tmux.waitFor("Chương trình")
        try tmux.send("5")
        try tmux.waitFor("xong 0/30")
        // A tick committed before the form opens must survive the signal.
        try tmux.send("Down", "Space")
        try tmux.waitFor("xong 1/30")
        try tmux.send("a")
        try tmux.send("-l", "Nửa chừng \(name)")
        try tmux.waitFor("Nửa chừng \(name)")
        let pid = try #require(try tmux.podiumPID())
        if midDraw {
            for step in 0..<12 { try tmux.resize(width: 60 + step * 9, height: 20 + step * 3) }
        }
        kill(pid, signal)
        try tmux.waitFor("PODIUM-EXITED")
        let modes = try tmux.run("tmux", ["-L", tmux.socket, "display", "-p", "#{keypad_flag}#{keypad_cursor_flag}#{alternate_on}#{cursor_flag}#{mouse_any_flag}"])
        #expect(modes.trimmingCharacters(in: .whitespacesAndNewlines) == "00010", "keypad, cursor keys, alternate screen, cursor, mouse: \(modes)")
        #expect(try tmux.capture().contains("TTY icanon echo"))
        let listed = try tmux.podium(["check", "list", "--json", "--event", file])
        #expect(listed.status == 0 && !listed.output.contains("Nửa chừng"))
        #expect(listed.output.components(separatedBy: "\"status\" : \"done\"").count - 1 == 1, "the committed tick is gone")
    }

    /// Over 200 resizes between 20×5 and 250×80: in every pane, and in each with every overlay
    /// open that the pane offers (help, import, the quit question, the add form). The "too
    /// small" notice shows with an overlay open, and the layout comes back afterwards.
    @Test func resizeStormInEveryPaneWithEveryOverlayNeverCrashes() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        try tmux.start(["--event", file, "--role", "organizer"])
        try tmux.waitFor("Chương trình")
        var random = SystemRandomNumberGenerator()
        var resizes = 0
        func storm(_ count: Int) throws {
            for _ in 0..<count {
                try tmux.resize(width: Int.random(in: 20...250, using: &random), height: Int.random(in: 5...80, using: &random))
                resizes += 1
            }
        }
        for pane in ["1", "2", "3", "4", "5", "6"] {
            try tmux.send(pane)
            try storm(10)
            let forms = ["1", "5"].contains(pane) ? ["a"] : []
            for overlay in ["?", "I", "q"] + forms {
                try tmux.resize(width: 100, height: 30)
                try tmux.send(overlay)
                try storm(7)
                try tmux.send("Escape")
            }
        }
        try tmux.resize(width: 100, height: 30)
        try tmux.send("?")
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor("quá nhỏ")
        try tmux.resize(width: 80, height: 24)
        try tmux.send("Escape", "1")
        try tmux.waitFor("Chương trình")
        #expect(resizes >= 200)
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

    /// The file damaged under a running TUI (the journal's root page overwritten, as a failing
    /// disk or another program might): the next tick fails, the full integrity check finds the
    /// damage, and the TUI turns read-only and says so in its language; nothing more is written.
    @Test(arguments: [("vi", "tệp hỏng", "kiểm tra toàn bộ"), ("en", "file damaged", "the full check found")])
    func fileDamagedUnderARunningTUIWasWrittenTo(lang: String, status: String, notice: String) throws {
        let tmux = try TmuxSession(width: 200, height: 40)
        let file = tmux.home.appendingPathComponent("event.podium")
        #expect(try tmux.podium(["new", file.path]).status == 0)
        try tmux.start(["--event", file.path, "--role", "protocol", "--lang", lang])
        try tmux.waitFor(lang == "vi" ? "Chương trình" : "Agenda")
        try tmux.send("5")
        try tmux.send("Down", "Space")
        try tmux.waitFor(lang == "vi" ? "xong 1/30" : "1/30")
        let (root, pageSize) = try EventStore.open(at: file, readOnly: true).read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'journal'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        let handle = try FileHandle(forWritingTo: file)
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
        try handle.close()
        try tmux.send("Down", "Space")
        try tmux.waitFor(notice)
        try tmux.waitFor(status)
        let before = try Data(contentsOf: file)
        try tmux.send("Down", "Space")
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func exportWithForceOverwroteTheOpenEventFileOrALink() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o660)
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
