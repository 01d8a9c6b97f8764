import Foundation
import Testing

/// An office's own conference from a blank event to a running rehearsal through the TUI alone:
/// the programme, the award decision and recipients in forms, the lists through the import
/// dialog, the groups' seating block, the hall and the seats, then the start; on a day other
/// than the event's, so the show runs as a rehearsal.
@Suite(.serialized) struct BlankEventTUIEndToEndTests {
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PodiumDemo/Resources")

    /// Types into the focused field of a form after clearing what it held.
    func field(_ tmux: TmuxSession, _ text: String) throws {
        try tmux.send("C-u")
        if !text.isEmpty { try tmux.send("-l", text) }
    }

    /// Waits until `condition` holds (a write the TUI made reaching the file), within a deadline.
    func eventually(_ what: String, seconds: Double = 10, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("\(what) did not happen within \(seconds) s")
    }

    func quit(_ tmux: TmuxSession) throws {
        try tmux.send("q")
        try tmux.waitFor("Thoát Podium?")
        try tmux.send("c")
        try tmux.waitFor("PODIUM-EXITED 0")
    }

    func addSegment(_ tmux: TmuxSession, _ title: String, kind: String, minutes: String) throws {
        try tmux.send("a")
        try tmux.waitFor("Thêm mục")
        try field(tmux, title)
        try tmux.send("Tab")
        try field(tmux, kind)
        try tmux.send("Tab")
        try field(tmux, minutes)
        try tmux.send("Enter")
        try tmux.waitFor(title)
    }

    @Test func fromABlankEventToARunningRehearsalThroughTheTUI() throws {
        let organiser = try TmuxSession()
        let event = organiser.home.appendingPathComponent("own.podium").path
        let delegates = Self.resources.appendingPathComponent("delegates.csv").path
        let awards = Self.resources.appendingPathComponent("awards.csv").path
        #expect(try organiser.podium(["new", event, "--template", "blank", "--date", "2001-01-01", "--title", "Hội nghị của Sở"]).status == 0)

        // The organiser: every blank pane says what to press.
        try organiser.start(["--event", event, "--role", "organizer"])
        try organiser.waitFor("Chưa có chương trình — bấm a")
        try addSegment(organiser, "Khai mạc", kind: "khai mạc", minutes: "10")
        try addSegment(organiser, "Trao Bằng khen", kind: "khen thưởng", minutes: "30")
        try addSegment(organiser, "Bế mạc", kind: "bế mạc", minutes: "5")
        try organiser.waitFor("kết thúc 08:45")

        // The delegates through the import dialog, creating their groups; then the leaders' block.
        try organiser.send("2")
        try organiser.waitFor("Chưa có đại biểu — bấm I")
        try organiser.send("I")
        try organiser.waitFor("Tệp (.csv, .xlsx)")
        try organiser.send("-l", delegates)
        try organiser.send("Enter")
        try organiser.waitFor("g: tạo 8 nhóm")
        try organiser.send("g")
        try organiser.waitFor("Nhóm mới")
        try organiser.send("Enter")
        try organiser.waitFor("bấm N, chọn nhóm")
        for group in ["1", "2", "3"] {
            try organiser.send("N")
            try organiser.waitFor("Nhóm thành phần")
            try field(organiser, group)
            for _ in 0..<4 { try organiser.send("Tab") }
            try field(organiser, "lãnh đạo")
            try organiser.send("Enter")
        }
        try organiser.waitFor("lãnh đạo chưa đến")
        // The decision: a number that does not parse stays in the form, then the right one saves.
        try organiser.send("4")
        try organiser.waitFor("bấm Q để nhập")
        try organiser.send("Q")
        try organiser.waitFor("Quyết định khen thưởng")
        try field(organiser, "12QD")
        try organiser.send("Tab")
        try field(organiser, "2000-12-20")
        try organiser.send("Enter")
        try organiser.waitFor("không phải số quyết định")
        try organiser.send("BTab")
        try field(organiser, "125/QĐ-UBND")
        for _ in 0..<4 { try organiser.send("Tab") }
        try field(organiser, "Bằng khen của Chủ tịch UBND tỉnh")
        try organiser.send("Enter")
        try organiser.waitFor("Quyết định số 125/QĐ-UBND")

        // The recipients through the import dialog, then one more by hand.
        try organiser.send("I")
        try organiser.waitFor("Tệp (.csv, .xlsx)")
        try organiser.send("-l", awards)
        try organiser.send("Enter")
        try organiser.waitFor("thêm 41")
        try organiser.send("Enter")
        try organiser.waitFor("Đợt 1/")
        try organiser.send("a")
        try organiser.waitFor("Thêm người được khen")
        try field(organiser, "Nguyễn Thị Mới")
        try organiser.send("Tab", "Tab", "Tab")
        try field(organiser, "Sở Nội vụ")
        try organiser.send("Enter")
        try eventually("the recipient added in the form") {
            try organiser.podium(["recipients", "--event", event]).output.contains("Nguyễn Thị Mới (cá nhân, Sở Nội vụ)")
        }

        try quit(organiser)

        // Protocol staff build the hall and seat everyone.
        let protocolStaff = try TmuxSession()
        try protocolStaff.start(["--event", event, "--role", "protocol"])
        try protocolStaff.waitFor("Chương trình")
        try protocolStaff.send("2")
        try protocolStaff.waitFor("bấm H để dựng")
        try protocolStaff.send("H")
        try protocolStaff.waitFor("SỬA SƠ ĐỒ")
        try protocolStaff.send("p")
        try protocolStaff.waitFor("Số ghế chủ tọa")
        try field(protocolStaff, "5")
        try protocolStaff.send("Enter")
        try protocolStaff.send("a")
        try protocolStaff.waitFor("Thêm khu ghế")
        try field(protocolStaff, "Giữa")
        try protocolStaff.send("Tab")
        try field(protocolStaff, "15")
        try protocolStaff.send("Tab")
        try field(protocolStaff, "20")
        try protocolStaff.send("Enter")
        try protocolStaff.waitFor("305 ghế")
        try protocolStaff.send("H")
        try protocolStaff.send("S")
        try protocolStaff.waitFor("Thiết lập xếp chỗ")
        try field(protocolStaff, "ban công")
        try protocolStaff.send("Enter")
        try protocolStaff.waitFor("“ban công” không hợp lệ")
        try protocolStaff.send("Escape")
        try protocolStaff.send("A")
        // Everyone is seated: the invited delegates and the award recipients enrolled from the list.
        var hall = ""
        try eventually("everyone seated") {
            hall = try protocolStaff.capture()
            guard let counts = hall.firstMatch(of: /đã xếp (\d+)\/(\d+)/) else { return false }
            return counts.1 == counts.2 && (Int(counts.1) ?? 0) > 258
        }
        let seated = hall.firstMatch(of: /đã xếp (\d+)\/(\d+)/).map { $0.1 == $0.2 }
        #expect(seated == true, "\(hall)")
        try quit(protocolStaff)

        // The MC starts: long after the event's date, so a rehearsal, said plainly, whose
        // programme total and live panel give the same end.
        let mc = try TmuxSession()
        try mc.start(["--event", event, "--role", "mc"])
        try mc.waitFor("bấm s để bắt đầu")
        try mc.send("s")
        let screen = try mc.waitFor("▶  1")
        #expect(screen.contains("TẬP DƯỢT"))
        let status = try mc.podium(["show", "status", "--json", "--event", event])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect(json["running"] as? Bool == true && json["rehearsal"] as? Bool == true)
        // The programme is laid from the rehearsal's start: its first segment planned for then,
        // its total ending 45 minutes later, as the planned column says.
        let lines = try mc.capture().split(separator: "\n").map(String.init)
        let first = try #require(lines.first { $0.contains("▶  1 ") }, "\(lines.joined(separator: "\n"))")
        let times = first.split(separator: " ").filter { $0.count == 5 && $0.contains(":") }.map(String.init)
        #expect(times.count == 2 && times.first == times.last, "\(first)")
        let total = try #require(lines.first { $0.contains("Tổng 45'") })
        if let start = times.first, let hour = Int(start.prefix(2)), let minute = Int(start.suffix(2)) {
            let end = (hour * 60 + minute + 45) % (24 * 60)
            #expect(total.contains(String(format: "kết thúc %02d:%02d · khung \(start)", end / 60, end % 60)), "\(total)")
        }
        #expect(!lines.contains { $0.contains("08:00") })
        #expect(try mc.podium(["info", "--event", event, "--lang", "en"]).output.contains("Recipients: 42"))
    }
}
