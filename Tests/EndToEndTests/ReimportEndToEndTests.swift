import Foundation
import Testing

/// A revised delegate list through the CLI: the differences listed first, then applied with
/// the seats of everyone who stays exactly where they were.
@Suite(.serialized) struct ReimportEndToEndTests {
    func seats(_ tmux: TmuxSession, _ event: String) throws -> [String: String] {
        let run = try tmux.podium(["seat", "list", "--json", "--event", event])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        var seats: [String: String] = [:]
        for row in rows {
            if let name = row["delegate"] as? String, let seat = row["seat"] as? String { seats[name] = seat }
        }
        return seats
    }

    @Test func aRevisedListKeepsTheSeatsOfThoseWhoStay() throws {
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("rev.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        #expect(try tmux.podium(["seat", "auto", "--replace", "--event", event, "--role", "protocol"]).status == 0)
        let before = try seats(tmux, event)

        let original = BlankEventEndToEndTests.resources.appendingPathComponent("delegates.csv")
        var lines = try String(contentsOf: original, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        let goneLine = lines.remove(at: 5)
        lines[2] = lines[2].replacingOccurrences(of: "Phó Bí thư Thường trực Tỉnh ủy", with: "Phó Bí thư Tỉnh ủy")
        lines.insert("259,Người Mới,Chuyên viên,Sở Nội vụ,\"Sở, ban, ngành\",", at: 3)
        let revised = tmux.home.appendingPathComponent("revised.csv").path
        try lines.joined(separator: "\n").write(toFile: revised, atomically: true, encoding: .utf8)
        let goneName = String(goneLine.split(separator: ",")[1])

        let preview = try tmux.podium(["import", "delegates", revised, "--revised", "--dry-run", "--event", event])
        #expect(preview.status == 0, "\(preview.output)")
        #expect(preview.output.contains("Mới (1)") && preview.output.contains("Người Mới"))
        #expect(preview.output.contains("Thay đổi (1)") && preview.output.contains("Phó Bí thư Tỉnh ủy"))
        #expect(preview.output.contains("Không còn trong danh sách (1)") && preview.output.contains(goneName))
        #expect(try seats(tmux, event) == before)

        let applied = try tmux.podium(["import", "delegates", revised, "--revised", "--gone", "remove", "--event", event, "--role", "protocol"])
        #expect(applied.status == 0, "\(applied.output)")
        let after = try seats(tmux, event)
        #expect(after[goneName] == nil)
        #expect(after["Người Mới"] == nil)
        for (name, seat) in before where name != goneName { #expect(after[name] == seat, "\(name)") }
    }
}
