import Foundation
import Testing

/// The live show across processes: the CLI drives, the TUI in tmux follows; a killed TUI
/// comes back to the same screen with its countdown still running.
@Suite(.serialized) struct LiveShowEndToEndTests {
    @Test func theTUIFollowsTheCLI() throws {
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("live.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        try tmux.start(["--event", event, "--role", "mc"])
        try tmux.waitFor("Chưa bắt đầu")

        let gated = try tmux.podium(["show", "start", "--event", event, "--role", "mc"])
        #expect(gated.status != 0 && gated.output.contains("Chương trình và kịch bản điều hành Hội nghị"))
        let start = try tmux.podium(["show", "start", "--override", "--event", event, "--role", "mc", "--operator", "Lan"])
        #expect(start.status == 0, "\(start.output)")
        // The commit is on disk when the CLI returns; the TUI picks it up without a key press.
        try tmux.waitFor("▶ 1. Chào cờ")

        #expect(try tmux.podium(["show", "next", "--override", "--event", event]).status == 0)
        try tmux.waitFor("▶ 2. Báo cáo")
        #expect(try tmux.podium(["show", "message", "Còn", "1", "phút", "--blink", "--event", event]).status == 0)
        try tmux.waitFor("Nhắn sân khấu: Còn 1 phút")

        // The refused action changes nothing and says why in one line.
        let twice = try tmux.podium(["show", "start", "--event", event])
        #expect(twice.status != 0 && twice.output.contains("Chương trình đã bắt đầu"), "\(twice.output)")

        let status = try tmux.podium(["show", "status", "--json", "--event", event])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect((json["segment"] as? [String: Any])?["id"] as? Int == 2)
        #expect(json["running"] as? Bool == true)
        #expect(json["phase"] as? String == "normal")
        #expect((json["remaining_s"] as? Int).map { (1_780...1_800).contains($0) } == true)
        #expect(json["projected_end"] is String && json["over_under_s"] is Int)
    }

    @Test func killNineAndRestartGiveTheSameScreenAndTheCountdownContinues() throws {
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("crash.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        try tmux.start(["--event", event, "--role", "mc"])
        try tmux.waitFor("Chưa bắt đầu")
        try tmux.send("s")
        // The demo's checklist gates the opening: the MC is warned and confirms.
        try tmux.waitFor("Vẫn bắt đầu?")
        try tmux.send("c")
        try tmux.waitFor("▶ 1. Chào cờ")
        try tmux.send("e")
        try tmux.waitFor("/ 11:00")
        Thread.sleep(forTimeInterval: 2.2)
        _ = try tmux.run("pkill", ["-KILL", "-f", "^\(TmuxSession.binary.path) --event \(event)"])
        try tmux.waitFor("PODIUM-EXITED 137")

        let again = try TmuxSession()
        try again.start(["--event", event, "--role", "mc"])
        let screen = try again.waitFor("▶ 1. Chào cờ")
        #expect(screen.contains("/ 11:00"))
        // At least two seconds ran before the kill, and the clock kept counting while it was down.
        let elapsed = try #require(screen.firstMatch(of: /đã 00:(\d\d) \/ 11:00/)).1
        #expect((Int(elapsed) ?? 0) >= 2)
    }
}
