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
        let undated = tmux.home.appendingPathComponent("undated.podium").path
        let today = try tmux.podium(["new", undated, "--template", "blank"])
        #expect(today.status == 0 && today.output.contains("tạm để là hôm nay") && today.output.contains("podium event set --date"), "\(today.output)")
        let dated = try tmux.podium(["new", event, "--template", "blank", "--date", "2001-01-01", "--title", "Hội nghị của Sở"])
        #expect(dated.status == 0 && !dated.output.contains("hôm nay"), "\(dated.output)")

        // The list names groups the blank event lacks: refused once per group, then proposed, then created.
        let refused = try tmux.podium(["import", "delegates", delegates, "--event", event])
        #expect(refused.status != 0 && refused.output.contains("--create-groups"))
        let preview = try tmux.podium(["import", "delegates", delegates, "--event", event, "--create-groups", "--dry-run"])
        #expect(preview.status == 0 && preview.output.contains("Xã, phường [xa-phuong, cấp xã] — 198"), "\(preview.output)")
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
        // A list with one bad row imports nothing: no recipient, and nobody becomes a delegate.
        let broken = tmux.home.appendingPathComponent("broken-awards.csv")
        try (try String(contentsOfFile: awards, encoding: .utf8) + "42,Người Thiếu Đơn Vị,Cá nhân,Chuyên viên,,Bằng khen\n")
            .write(to: broken, atomically: true, encoding: .utf8)
        let refusedAwards = try tmux.podium(["import", "awards", broken.path, "--event", event])
        #expect(refusedAwards.status != 0 && refusedAwards.output.contains(":43:"), "\(refusedAwards.output)")
        let unchanged = try tmux.podium(["info", "--event", event, "--lang", "en"])
        #expect(unchanged.output.contains("Delegates:  258") && unchanged.output.contains("Recipients: 0"), "\(unchanged.output)")
        // The whole list: the recipients, and the 40 not yet on the roster as delegates with seats to come.
        let recipients = try tmux.podium(["import", "awards", awards, "--event", event])
        #expect(recipients.status == 0 && recipients.output.contains("41 người nhận khen thưởng"), "\(recipients.output)")
        #expect(recipients.output.contains("Đại biểu điển hình tiên tiến [awardees]"), "\(recipients.output)")
        #expect(recipients.output.contains("40 người nhận khen thưởng"), "\(recipients.output)")
        #expect(recipients.output.contains("Triệu Hữu Khánh (Xã Bản Hồ)"), "\(recipients.output)")
        #expect(recipients.output.contains("podium seat auto"), "\(recipients.output)")

        // Recipients one at a time, checked as the form checks them.
        let robot = try tmux.podium(["recipients", "add", "Z", "--kind", "robot", "--event", event])
        #expect(robot.status != 0 && robot.output.contains("“robot”"), "\(robot.output)")
        let added = try tmux.podium(["recipients", "add", "Nguyễn Thị Mới", "--unit", "Sở Nội vụ", "--event", event])
        #expect(added.status == 0 && added.output.contains("Bằng khen của Chủ tịch UBND tỉnh"), "\(added.output)")
        #expect(try tmux.podium(["recipients", "edit", "nguyen thi moi", "--title", "Chuyên viên", "--event", event]).output.contains("Chuyên viên"))
        #expect(try tmux.podium(["recipients", "remove", "Nguyễn Thị Mới", "--event", event]).status == 0)

        // The rank table: a title twice is refused; a change shows the presidium before saving.
        let twice = try tmux.podium(["rank", "replace", "Giám đốc = 500; GIAM DOC = 400", "--event", event])
        #expect(twice.status != 0 && twice.output.contains("hai lần"), "\(twice.output)")
        #expect(try tmux.podium(["groups", "set", "Thường trực UBND tỉnh", "--block", "lãnh đạo", "--event", event]).status == 0)
        let ranks = try tmux.podium(["rank", "set", "Phó Chủ tịch UBND tỉnh", "205", "--event", event])
        #expect(ranks.status == 0, "\(ranks.output)")
        let settings = try tmux.podium(["seat", "settings", "--viewpoint", "balcony", "--role", "protocol", "--event", event])
        #expect(settings.status != 0 && settings.output.contains("“balcony”"), "\(settings.output)")

        // The programme, without YAML.
        let badKind = try tmux.podium(["programme", "add", "Khai mạc", "--kind", "party", "--minutes", "10", "--event", event])
        #expect(badKind.status != 0 && badKind.output.contains("party"))
        #expect(try tmux.podium(["programme", "add", "Bế mạc", "--kind", "closing", "--minutes", "5", "--event", event]).status == 0)
        #expect(try tmux.podium(["programme", "add", "Trao Bằng khen", "--kind", "khen thưởng", "--minutes", "30", "--position", "1", "--event", event]).status == 0)
        #expect(try tmux.podium(["programme", "add", "Khai mạc", "--kind", "opening", "--minutes", "10", "--position", "1", "--event", event]).status == 0)
        let programme = try tmux.podium(["programme", "edit", "bế mạc", "--minutes", "7", "--event", event])
        #expect(programme.output.contains("1. 08:00 Khai mạc") && programme.output.contains("3. 08:40 Bế mạc · bế mạc · 7′"), "\(programme.output)")

        let start = try tmux.podium(["show", "start", "--event", event, "--role", "mc"])
        #expect(start.status == 0 && start.output.contains("Khai mạc"), "\(start.output)")
        let status = try tmux.podium(["show", "status", "--json", "--event", event])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect(json["running"] as? Bool == true && json["rehearsal"] as? Bool == true)
        #expect((json["planned_end"] as? String)?.hasSuffix("+07:00") == true)
        let info = try tmux.podium(["info", "--event", event, "--lang", "en"])
        // 258 invited, 40 award recipients from the list and the one added by command.
        #expect(info.output.contains("Delegates:  299"), "\(info.output)")
    }
}
