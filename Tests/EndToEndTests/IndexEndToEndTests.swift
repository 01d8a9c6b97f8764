import Foundation
import Testing

/// The PAR index across processes: the sample results imported from the command line, pane 6
/// showing them, and the reveal stepped from the CLI with the stage view following — through
/// a kill -9 of the stage and an undo.
@Suite(.serialized) struct IndexEndToEndTests {
    static let sample = TmuxSession.packageRoot.appendingPathComponent("Sources/PodiumDemo/Resources/par-index-2025.csv").path

    @Test func importOpenPaneSixAndStepTheRevealFromTheCLI() throws {
        let main = try TmuxSession(width: 200, height: 60)
        let event = main.home.appendingPathComponent("index.podium").path
        #expect(try main.podium(["new", event]).status == 0)
        let bad = main.home.appendingPathComponent("bad.csv")
        try "Đơn vị,Khối,A (60),B (40)\nSở A,Sở,61,1\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try main.podium(["import", "index", bad.path, "--event", event])
        #expect(refused.status != 0 && refused.output.contains("bad.csv:2:3: 61 điểm vượt tối đa 60"))
        let imported = try main.podium(["import", "index", Self.sample, "--event", event])
        #expect(imported.status == 0 && imported.output.contains("Đã nhập kết quả của 115 đơn vị"), "\(imported.output)")

        try main.start(["--event", event, "--role", "mc"])
        try main.waitFor("Chưa bắt đầu")
        try main.send("6")
        try main.waitFor("Văn phòng UBND tỉnh")
        try main.waitFor("Công bố: 0/8 bước")

        let stage = try TmuxSession(width: 80, height: 24)
        try stage.start(["--event", event, "--view", "stage"])
        #expect(try main.podium(["show", "jump", "3", "--override", "--event", event, "--role", "mc"]).status == 0)
        try stage.waitFor("Kết quả sẽ được công bố sau đây")

        let first = try main.podium(["index", "reveal", "next", "--event", event, "--role", "mc"])
        #expect(first.status == 0 && first.output.contains("Xếp từ thứ tư đến thứ 16 khối sở, ban, ngành là"), "\(first.output)")
        try stage.waitFor("4 Sở Y tế")
        try main.waitFor("Công bố: 1/8 bước")
        #expect(try main.podium(["index", "reveal", "next", "--event", event, "--role", "mc"]).status == 0)
        try stage.waitFor("SỞ GIÁO DỤC VÀ ĐÀO TẠO")

        // The stage view killed and started again shows the same reveal: it is in the journal.
        _ = try stage.run("pkill", ["-KILL", "-f", "^\(TmuxSession.binary.path) --event \(event) --view stage"])
        try stage.waitFor("PODIUM-EXITED 137")
        let again = try TmuxSession(width: 80, height: 24)
        try again.start(["--event", event, "--view", "stage"])
        try again.waitFor("SỞ GIÁO DỤC VÀ ĐÀO TẠO")

        // Back undoes the last step, and the status names what the next one reveals.
        #expect(try main.podium(["index", "reveal", "back", "--event", event, "--role", "mc"]).status == 0)
        try again.waitFor("4 Sở Y tế")
        let status = try main.podium(["index", "reveal", "status", "--event", event])
        #expect(status.output.contains("Công bố: 1/8 bước") && status.output.contains("Xếp thứ ba khối sở, ban, ngành là Sở Giáo dục và Đào tạo"))
        let json = try main.podium(["index", "ranking", "--group", "so", "--json", "--event", event])
        let units = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(units.count == 16 && units.first?["unit"] as? String == "Văn phòng UBND tỉnh" && units.first?["rank_change"] as? Int == 0)
    }
}
