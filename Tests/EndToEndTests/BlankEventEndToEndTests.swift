import Foundation
import Testing

/// An office's own conference from a blank event to a running show, with only the CLI and the
/// office's spreadsheets (the same files as the demo's resources).
@Suite(.serialized) struct BlankEventEndToEndTests {
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PodiumDemo/Resources")

    @Test func fromABlankEventToARunningShow() throws {
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("own.podium").path
        let delegates = Self.resources.appendingPathComponent("delegates.csv").path
        let awards = Self.resources.appendingPathComponent("awards.csv").path
        let badZone = try tmux.podium(["new", event, "--template", "blank", "--tz", "Asia/Atlantis"])
        #expect(badZone.status != 0 && badZone.output.contains("múi giờ"))
        #expect(try tmux.podium(["new", event, "--template", "blank", "--date", "2001-01-01", "--title", "Hội nghị của Sở"]).status == 0)

        // The list names groups the blank event lacks: refused once per group, then proposed, then created.
        let refused = try tmux.podium(["import", "delegates", delegates, "--event", event])
        #expect(refused.status != 0 && refused.output.contains("--create-groups"))
        let preview = try tmux.podium(["import", "delegates", delegates, "--event", event, "--create-groups", "--dry-run"])
        #expect(preview.status == 0 && preview.output.contains("Xã, phường [xa-phuong, commune] — 198"), "\(preview.output)")
        let imported = try tmux.podium(["import", "delegates", delegates, "--event", event, "--create-groups"])
        #expect(imported.status == 0 && imported.output.contains("258 đại biểu"), "\(imported.output)")

        // The details and the groups, changed from the CLI with the same checks.
        let zone = try tmux.podium(["event", "set", "--tz", "Mars/Base", "--event", event])
        #expect(zone.status != 0 && zone.output.contains("múi giờ"))
        let past = try tmux.podium(["event", "set", "--date", "2000-01-01", "--event", event])
        #expect(past.status != 0 && past.output.contains("--past"))
        #expect(try tmux.podium(["event", "set", "--venue", "Hội trường tầng 3", "--event", event]).status == 0)
        let label = try tmux.podium(["groups", "set", "Xã, phường", "--short-label", "Xã", "--order", "1", "--event", event])
        #expect(label.status == 0 && label.output.hasPrefix("1. Xã, phường · Xã"), "\(label.output)")

        // Awards need the decision first; the CLI sets it.
        let bad = try tmux.podium(["awards", "decision", "set", "một trăm", "--date", "2001-01-01", "--event", event])
        #expect(bad.status != 0)
        #expect(try tmux.podium(["awards", "decision", "set", "125/QĐ-UBND", "--date", "2000-12-20", "--signer", "Hà Quang Anh",
                                 "--form", "Bằng khen của Chủ tịch UBND tỉnh", "--event", event]).status == 0)
        let recipients = try tmux.podium(["import", "awards", awards, "--event", event])
        #expect(recipients.status == 0 && recipients.output.contains("41 người nhận khen thưởng"), "\(recipients.output)")

        // The programme, written into the event file as the office edits it.
        let yaml = tmux.home.appendingPathComponent("own.yaml").path
        #expect(try tmux.podium(["export", "event", "--event", event, "--output", yaml]).status == 0)
        let programme = """
            programme:
            - title: Khai mạc
              kind: opening
              planned_seconds: 600
            - title: Trao Bằng khen
              kind: awards
              planned_seconds: 1800
            - title: Bế mạc
              kind: closing
              planned_seconds: 300
            """
        let text = try String(contentsOfFile: yaml, encoding: .utf8).replacingOccurrences(of: "programme: []", with: programme)
        try text.write(toFile: yaml, atomically: true, encoding: .utf8)
        let loaded = try tmux.podium(["import", "event", yaml, "--event", event])
        #expect(loaded.status == 0, "\(loaded.output)")

        let start = try tmux.podium(["show", "start", "--event", event, "--role", "mc"])
        #expect(start.status == 0 && start.output.contains("Khai mạc"), "\(start.output)")
        let status = try tmux.podium(["show", "status", "--json", "--event", event])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect(json["running"] as? Bool == true && json["rehearsal"] as? Bool == true)
        #expect((json["planned_end"] as? String)?.hasSuffix("+07:00") == true)
        let info = try tmux.podium(["info", "--event", event])
        #expect(info.output.contains("258"))
    }
}
