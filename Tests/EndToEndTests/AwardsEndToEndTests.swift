import Foundation
import Testing

/// The whole award ceremony run from the command line while the MC's TUI follows in tmux.
@Suite(.serialized) struct AwardsEndToEndTests {
    @Test func theWholeCeremonyFromTheCLIWhileTheTUIFollows() throws {
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("awards.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        try tmux.start(["--event", event, "--role", "mc"])
        try tmux.waitFor("Chương trình")
        try tmux.send("4")
        try tmux.waitFor("Đợt 1/5 · đã nhận 0/9")

        // Bad input first: each refused in one line, nothing changed; in Vietnamese unless --lang en.
        let ambiguous = try tmux.podium(["awards", "tick", "phong van hoa", "--event", event, "--role", "mc"])
        #expect(ambiguous.status != 0 && ambiguous.output.contains("khớp nhiều người nhận") && ambiguous.output.contains("#2 "))
        let outOfBatch = try tmux.podium(["awards", "tick", "41", "--event", event, "--role", "mc", "--lang", "en"])
        #expect(outOfBatch.status != 0 && outOfBatch.output.contains("is in batch 5, but batch 1 is on stage"))
        let viewer = try tmux.podium(["awards", "next", "--event", event, "--role", "viewer", "--lang", "en"])
        #expect(viewer.status != 0 && viewer.output.contains("may not call the next batch"))
        let zero = try tmux.podium(["awards", "settings", "--size", "0", "--event", event])
        #expect(zero.status != 0 && zero.output.contains("Không thể chia đợt 0 người"), "\(zero.output)")
        let stranger = try tmux.podium(["awards", "presenter", "1", "Người Lạ", "--event", event, "--lang", "en"])
        #expect(stranger.status != 0 && stranger.output.contains("not in the delegate roster"))

        let listed = try tmux.podium(["awards", "batches", "--json", "--event", event])
        let batches = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(batches.count == 5)
        let first = try #require(batches.first)
        #expect(first["number"] as? Int == 1 && first["presenter"] as? String == "Hà Thu Hoa")
        let firstRecipient = try #require((first["recipients"] as? [[String: Any]])?.first)
        #expect(firstRecipient["kind"] as? String == "collective" && firstRecipient["unit"] as? String == "Xã An Phú")
        #expect(firstRecipient["present"] as? Bool == true && firstRecipient["form"] as? String == "Bằng khen của Chủ tịch UBND tỉnh")

        // An accent-free name works where it is unique.
        #expect(try tmux.podium(["awards", "tick", "ubnd xa an phu", "--event", event, "--role", "mc"]).status == 0)
        try tmux.waitFor("Đợt 1/5 · đã nhận 1/9")
        for (index, batch) in batches.enumerated() {
            let recipients = (batch["recipients"] as? [[String: Any]]) ?? []
            for recipient in recipients where recipient["present"] as? Bool == true {
                guard let id = recipient["id"] as? Int, id != 1 else { continue }
                let tick = try tmux.podium(["awards", "tick", String(id), "--event", event, "--role", "mc"])
                #expect(tick.status == 0, "\(tick.output)")
            }
            let called = recipients.filter { $0["present"] as? Bool == true }.count
            try tmux.waitFor("Đợt \(index + 1)/5 · đã nhận \(called)/\(called)")
            if index < batches.count - 1 {
                #expect(try tmux.podium(["awards", "next", "--event", event, "--role", "mc"]).status == 0)
                try tmux.waitFor("Đợt \(index + 2)/5")
            }
        }
        try tmux.waitFor("Đợt cuối")
        let past = try tmux.podium(["awards", "next", "--event", event, "--role", "mc"])
        #expect(past.status != 0 && past.output.contains("Đây là đợt cuối"), "\(past.output)")

        // The journal holds every tick; the documents come out.
        let script = try tmux.podium(["export", "awards-script", "--format", "html", "--event", event])
        #expect(script.status == 0 && script.output.contains("<h2>Đợt 5"))
        let list = try tmux.podium(["export", "awards", "--event", event])
        #expect(list.status == 0 && list.output.components(separatedBy: "\r\n").count == 43)
        try tmux.send("q", "y")
    }
}
