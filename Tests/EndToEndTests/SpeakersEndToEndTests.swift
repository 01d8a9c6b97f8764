import Foundation
import Testing

/// The speaker queue across processes: the CLI walks the six contributions, the TUI in tmux follows.
@Suite(.serialized) struct SpeakersEndToEndTests {
    @Test func advanceThroughTheSixSpeakersFromTheCLI() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        let event = tmux.home.appendingPathComponent("speakers.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        try tmux.start(["--event", event, "--role", "mc"])
        try tmux.waitFor("Chưa bắt đầu")
        #expect(try tmux.podium(["show", "start", "--override", "--event", event]).status == 0)
        #expect(try tmux.podium(["show", "jump", "4", "--override", "--event", event]).status == 0)
        try tmux.waitFor("▶ 4. Tham luận")

        let speakers = ["Đinh Thu Nhung", "Hầu Đức Việt", "Đặng Hữu Dũng", "Lê Công Thắng", "Sùng Thanh Đức", "Đinh Minh Chi"]
        for (index, name) in speakers.enumerated() {
            let next = try tmux.podium(["show", "next", "--override", "--event", event, "--role", "mc"])
            #expect(next.status == 0, "\(next.output)")
            try tmux.waitFor("Tham luận \(index + 1)/6: \(name)")
        }
        try tmux.waitFor("Hết người trình bày")

        // Bad input changes nothing: the speaker at the podium is not withdrawn without --force.
        let withdraw = try tmux.podium(["speakers", "withdraw", "6", "--event", event])
        #expect(withdraw.status != 0 && withdraw.output.contains("--force"))
        let list = try tmux.podium(["speakers", "list", "--json", "--event", event])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(items.map { $0["status"] as? String } == ["done", "done", "done", "done", "done", "speaking"])
        #expect(items.allSatisfy { $0["id"] is Int && $0["position"] is Int && $0["allotted_s"] as? Int == 480 && $0["spoken_s"] is Int })

        // Nobody left: next leaves the block for the break.
        #expect(try tmux.podium(["show", "next", "--override", "--event", event]).status == 0)
        try tmux.waitFor("▶ 5. Nghỉ giải lao")
        let report = try tmux.podium(["export", "report", "--format", "csv", "--event", event])
        #expect(report.output.contains("4.6,\"Tham luận: Kinh nghiệm"), "\(report.output)")
    }
}
