import Foundation
import Testing

/// Text from arguments and paths that tries to command the terminal: nothing the command line
/// stores or prints carries it.
@Suite(.serialized) struct HostileTextEndToEndTests {
    private func carriesControls(_ output: String) -> Bool {
        output.unicodeScalars.contains { (0x00...0x1F).contains($0.value) && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    @Test func escapeSequencesInCommandLineTextAreNeitherStoredNorPrinted() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let osc52 = "A\u{1B}]52;c;cHduZWQ=\u{07}B"
        let added = try tmux.podium(["check", "add", osc52, "--agency", "X\u{9B}2J", "--operator", "Hà\u{1B}]0;t\u{07}", "--event", file])
        #expect(added.status == 0, "\(added.output)")
        #expect(!carriesControls(added.output))
        let blocked = try tmux.podium(["check", "block", "1", "Chờ\u{1B}[2J số liệu\u{202E}", "--event", file])
        #expect(blocked.status == 0, "\(blocked.output)")
        let listed = try tmux.podium(["check", "list", "--event", file])
        #expect(listed.output.contains("AB") && !carriesControls(listed.output))
        let json = try tmux.podium(["check", "list", "--json", "--event", file])
        #expect(!carriesControls(json.output) && json.output.contains("\"title\" : \"AB\""))
        let speaker = try tmux.podium([
            "speakers", "add", "--topic", "Lò\u{1B}]8;;http://x\u{07} Văn A", "--unit", "Xã\u{85} B", "--role", "organizer", "--event", file,
        ])
        #expect(speaker.status == 0 && !carriesControls(speaker.output), "\(speaker.output)")
        let speakers = try tmux.podium(["speakers", "list", "--json", "--event", file])
        #expect(!carriesControls(speakers.output) && speakers.output.contains("Lò Văn A"))
    }

    @Test func errorMessagesNeverEchoSequencesFromArgumentsOrPaths() throws {
        let tmux = try TmuxSession()
        let missing = try tmux.podium(["info", "--event", tmux.home.path + "/\u{1B}]0;owned\u{07}x\u{9B}2J.podium"])
        #expect(missing.status != 0)
        #expect(!carriesControls(missing.output))
        let unknown = try tmux.podium(["--\u{1B}[2Jbogus"])
        #expect(unknown.status != 0)
        #expect(!carriesControls(unknown.output))
    }
}
