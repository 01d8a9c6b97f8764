import Foundation
import Testing

/// Whatever the mouse sends, the live screen keeps ticking: a press, a release, a drag and
/// the wheel are written to the terminal as an SGR-reporting terminal sends them, and after
/// each the status-bar clock must move on without any key being pressed.
@Suite(.serialized) struct MouseEndToEndTests {
    @Test func theClockTicksAfterEveryKindOfMouseEvent() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        try tmux.start(["--event", file, "--role", "mc"])
        try tmux.waitFor("Chương trình")
        let events: [(String, String)] = [
            ("press", "\u{1B}[<0;40;12M"), ("release", "\u{1B}[<0;40;12m"),
            ("drag", "\u{1B}[<32;41;12M"), ("drag end", "\u{1B}[<0;42;12m"),
            ("wheel up", "\u{1B}[<64;40;12M"), ("wheel down", "\u{1B}[<65;40;12M"),
            ("right release", "\u{1B}[<2;40;12m"),
        ]
        for (name, sequence) in events {
            try tmux.send("-l", sequence)
            let shown = try clock(tmux)
            // Two changes of the second: the first may be a draw already under way.
            var seen = Set([shown])
            let deadline = Date().addingTimeInterval(8)
            while seen.count < 3, Date() < deadline {
                seen.insert(try clock(tmux))
                Thread.sleep(forTimeInterval: 0.05)
            }
            #expect(seen.count >= 3, "the clock stopped at \(shown) after a mouse \(name)")
        }
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
    }

    /// The hh:mm:ss the status bar (the last line) shows now.
    private func clock(_ tmux: TmuxSession) throws -> String {
        let last = try tmux.capture().split(separator: "\n").last.map(String.init) ?? ""
        guard let range = last.range(of: #"\d\d:\d\d:\d\d"#, options: .regularExpression) else { return "" }
        return String(last[range])
    }
}
