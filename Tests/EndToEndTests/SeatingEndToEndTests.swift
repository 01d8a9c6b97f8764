import Foundation
import Testing

/// The seating plan through the real binary: the CLI auto-assigns, then protocol staff search
/// a name without accents and swap two seats in the terminal.
@Suite(.serialized) struct SeatingEndToEndTests {
    @Test func autoAssignSearchAndSwapInTheTerminal() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let refused = try tmux.podium(["seat", "auto", "--event", file])
        #expect(refused.status != 0)
        #expect(refused.output.contains("--role protocol"))
        let auto = try tmux.podium(["seat", "auto", "--replace", "--event", file, "--role", "protocol"])
        #expect(auto.status == 0, "\(auto.output)")
        #expect(auto.output.contains("Đã xếp ghế cho 298/298 đại biểu."), "\(auto.output)")

        try tmux.start(["--event", file, "--role", "protocol"])
        try tmux.waitFor("Chương trình")
        try tmux.send("2")
        try tmux.waitFor("đã xếp 298/298")
        try tmux.send("/")
        try tmux.send("-l", "tan thanh tuan")
        try tmux.waitFor("Tìm đại biểu: tan thanh tuan")
        try tmux.send("Enter")
        try tmux.waitFor("Ghế P3 · đoàn chủ tịch")
        try tmux.send("Enter", "Right", "Enter")
        try tmux.waitFor("Ghế P4 · đoàn chủ tịch")
        // The swap is written when Enter drops the delegate; read the file until it shows.
        var p4: [String: Any]?
        let deadline = Date().addingTimeInterval(5)
        repeat {
            let list = try tmux.podium(["seat", "list", "--json", "--event", file])
            let rows = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]] ?? []
            p4 = rows.first { $0["seat"] as? String == "P4" }
            if p4?["delegate"] as? String == "Tẩn Thanh Tuấn" { break }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        #expect(p4?["delegate"] as? String == "Tẩn Thanh Tuấn")
        #expect(p4?["row_from_stage"] as? Int == 0)
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
    }

    /// A stand-in entered at the door sits in the absent chairman's seat; the JSON list shows
    /// that exactly one seat changed hands and every other delegate kept theirs.
    @Test func aStandInChangesExactlyOneSeat() throws {
        let tmux = try TmuxSession(width: 200, height: 60)
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let again = try tmux.podium(["seat", "auto", "--event", file, "--role", "protocol"])
        #expect(again.status != 0 && again.output.contains("--replace"), "\(again.output)")
        let before = try seatList(tmux, file)

        try tmux.start(["--event", file, "--role", "protocol"])
        try tmux.waitFor("Chương trình")
        try tmux.send("2")
        try tmux.waitFor("đã xếp 298/298")
        try tmux.send("/")
        try tmux.send("-l", "ha quang anh")
        try tmux.waitFor("Tìm đại biểu: ha quang anh")
        try tmux.send("Enter")
        try tmux.waitFor("Ghế P2 · đoàn chủ tịch")
        try tmux.send("s")
        try tmux.waitFor("Người dự thay Hà Quang Anh")
        try tmux.send("-l", "Nguyễn Văn Thay, Phó Chủ tịch UBND tỉnh")
        // The prompt keeps what is typed in sight; its long label gives way.
        try tmux.waitFor("Nguyễn Văn Thay, Phó Chủ tịch UBND tỉnh")
        try tmux.send("Enter")
        try tmux.waitFor("Nguyễn Văn Thay ngồi ghế P2")
        var after: [String: String] = [:]
        let deadline = Date().addingTimeInterval(5)
        repeat {
            after = try seatList(tmux, file)
            if after.values.contains("Nguyễn Văn Thay") { break }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        let changed = before.keys.filter { before[$0] != after[$0] }
        #expect(changed.count == 1, "seats that changed: \(changed.sorted())")
        if let seat = changed.first {
            #expect(before[seat] == "Hà Quang Anh")
            #expect(after[seat] == "Nguyễn Văn Thay")
        }
        try tmux.send("q", "y")
        try tmux.waitFor("PODIUM-EXITED 0")
    }

    /// Seat label → the delegate sitting there ("" for an empty seat), from `podium seat list --json`.
    private func seatList(_ tmux: TmuxSession, _ file: String) throws -> [String: String] {
        let list = try tmux.podium(["seat", "list", "--json", "--event", file])
        let rows = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]] ?? []
        var seats: [String: String] = [:]
        for row in rows {
            if let seat = row["seat"] as? String { seats[seat] = row["delegate"] as? String ?? "" }
        }
        return seats
    }
}
