import Foundation
import Testing

/// Who did what: a change made in one terminal is in `podium journal` and in another terminal's
/// journal overlay, in plain words, with the operator's name.
@Suite(.serialized) struct JournalEndToEndTests {
    @Test func aChangeIsListedByTheCommandLineAndTheOverlay() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("journal.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let swapped = try tmux.podium(["seat", "swap", "P1", "P2", "--event", file, "--role", "protocol", "--operator", "Hà Thị Lan"])
        #expect(swapped.status == 0, "\(swapped.output)")

        let listed = try tmux.podium(["journal", "--event", file, "--operator", "ha thi lan"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("Hà Thị Lan (") && listed.output.contains("Đổi chỗ hai ghế P1 và P2"), "\(listed.output)")
        #expect(!listed.output.contains("Tạo sự kiện"))
        let english = try tmux.podium(["journal", "--event", file, "--action", "seat", "--json", "--lang", "en"])
        #expect(english.output.contains("\"text\" : \"Swapped seats P1 and P2\""), "\(english.output)")
        #expect(english.output.contains("+07:00"))
        let refused = try tmux.podium(["journal", "--event", file, "--since", "hôm qua"])
        #expect(refused.status != 0 && refused.output.contains("--since: “hôm qua” không phải ngày giờ"), "\(refused.output)")

        try tmux.start(["--event", file, "--role", "mc", "--operator", "Minh"])
        try tmux.waitFor("Chương trình")
        try tmux.send("W")
        try tmux.waitFor("Nhật ký thao tác")
        try tmux.waitFor("Đổi chỗ hai ghế P1 và P2")
        try tmux.send("Escape", "q", "y")
    }
}
