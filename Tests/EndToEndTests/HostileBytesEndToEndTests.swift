import Foundation
import Testing

/// Hostile text typed on the command line and on the keyboard, then shown in every pane: the
/// bytes the terminal receives, recorded through a pty with script(1), carry none of it.
@Suite(.serialized) struct HostileBytesEndToEndTests {
    @Test func sequencesFromDataReachedTheTerminal() throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        let file = tmux.home.appendingPathComponent("event.podium").path
        let log = tmux.home.appendingPathComponent("terminal.log").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let payloads = ["\u{1B}]0;owned\u{07}", "\u{1B}]52;c;cHduZWQ=\u{07}", "\u{1B}]8;;http://evil.example\u{1B}\\", "\u{9B}2J", "\u{202E}"]
        #expect(try tmux.podium(["check", "add", "Nước" + payloads.joined() + " uống", "--agency", "Sở\u{85} Nội vụ", "--event", file]).status == 0)
        #expect(try tmux.podium(["speakers", "add", "--topic", "Tham luận" + payloads.joined(), "--unit", "Xã\u{1B}[6n A", "--role", "organizer", "--event", file]).status == 0)
        let environment = tmux.environment.map { "\($0.key)=\($0.value)" }
        let podium = [TmuxSession.binary.path, "--event", file, "--role", "organizer"].joined(separator: " ")
        try tmux.run("tmux", [
            "-L", tmux.socket, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "30",
            "env", "-i"] + environment + ["script", "-q", "-f", "-O", log, "-c", podium + "; echo PODIUM-EXITED $?; sleep 600",
        ], captureOutput: false)
        try tmux.waitFor("Chương trình")
        for pane in ["2", "3", "4", "5"] { try tmux.send(pane) }
        try tmux.waitFor("Nước uống")
        // The keyboard too: a paste carrying an escape sequence into the checklist form.
        try tmux.send("a")
        try tmux.send("-l", "Gõ\u{1B}]0;typed\u{07} tay")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.send("3")
        try tmux.waitFor("Tham luận")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self)
        for needle in ["owned", "cHduZWQ=", "evil.example", "typed", "\u{1B}]", "\u{1B}P", "\u{9B}", "\u{9D}", "\u{85}", "\u{202E}", "\u{1B}[6n"] {
            #expect(!bytes.contains(needle), "the terminal received \(needle.debugDescription)")
        }
        let title = try tmux.run("tmux", ["-L", tmux.socket, "display", "-p", "#{pane_title}"])
        #expect(!title.contains("owned") && !title.contains("typed"))
    }
}
