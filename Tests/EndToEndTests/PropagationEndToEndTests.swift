import Foundation
import Testing

/// Another process's change reaches an open TUI on the stress event (5,000 delegates) without
/// a key pressed, and the status bar says from whom. How fast is the benchmark's business
/// (`podium-bench propagation`); here only that it arrives, within a generous deadline.
@Suite(.serialized) struct PropagationEndToEndTests {
    @Test func aChangeFromAnotherProcessReachesAnOpenScreenOnTheStressEvent() throws {
        let tmux = try TmuxSession(width: 200, height: 50)
        let file = tmux.home.appendingPathComponent("stress.podium").path
        let made = try tmux.podium(["new", file, "--template", "stress"])
        #expect(made.status == 0, "\(made.output)")
        try tmux.start(["--event", file, "--role", "mc", "--operator", "Minh"])
        try tmux.waitFor("Chương trình", seconds: 30)

        let edited = try tmux.podium(["programme", "edit", "1", "--title", "Khai mạc đã đổi", "--event", file, "--operator", "Hà Thị Lan"])
        #expect(edited.status == 0, "\(edited.output)")
        let screen = try tmux.waitFor("Khai mạc đã đổi", seconds: 20)
        #expect(screen.contains("Hà Thị Lan"), "the status bar does not say who changed the file:\n\(screen)")

        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
    }
}
