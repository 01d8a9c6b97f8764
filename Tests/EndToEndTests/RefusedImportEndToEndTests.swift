import Foundation
import PodiumCore
import Testing
import PodiumStore

/// A refused import changes nothing: for every importer, hostile files are refused by the
/// real binary with a place in the file (`file:line`), the event holds what it held (every
/// table and the journal) and no side file is left beside it.
@Suite struct RefusedImportEndToEndTests {
    static let hostile: [(kind: String, name: String, bytes: [UInt8])] = [
        ("delegates", "quote.csv", Array("STT,Họ và tên,Đơn vị\n1,\"Hà Thu Hoa,Tỉnh ủy\n2,An,Sở\n".utf8)),
        ("delegates", "mixed.csv", Array("Họ và tên,Đơn vị\nHà Thu Hoa,Tỉnh ủy\n".utf8) + [0xC3, 0x28] + Array(",Sở\n".utf8)),
        ("delegates", "odd.csv", [0xFF, 0xFE] + Array("H\0o\0,".utf8)),
        ("awards", "wide.csv", Array(("STT,\"Tên tập thể, cá nhân\",Loại\n1,UBND xã A,Tập thể" + String(repeating: ",x", count: 2_000) + "\n").utf8)),
        ("speakers", "zip.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
        ("checklist", "nul.csv", [UInt8](repeating: 0, count: 600)),
        ("index", "scores.csv", Array("STT,Đơn vị,Khối,Thể chế (10)\n1,Sở Nội vụ,Sở,11.5\n2,Sở Tài chính,Sở,abc\n".utf8)),
        ("event", "event.yaml", Array("format: podium-event\nversion: 1\nsegments:\n  - title: [\n".utf8)),
        ("event", "bomb.yaml", Array(((0...24).map { $0 == 0 ? "a0: &a0 [x, x]" : "a\($0): &a\($0) [*a\($0 - 1), *a\($0 - 1)]" } + ["delegates: *a24"]).joined(separator: "\n").utf8)),
    ]

    @Test(arguments: hostile.indices)
    func refusedImportLeftTheEventUntouched(index: Int) throws {
        let (kind, name, bytes) = Self.hostile[index]
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        let input = tmux.home.appendingPathComponent(name)
        try Data(bytes).write(to: input)
        let before = try Self.contents(event)
        let result = try tmux.podium(["import", kind, input.path, "--event", event])
        #expect(result.status != 0, "\(name) was imported: \(result.output)")
        #expect(result.output.contains("\(input.path):") && result.output.range(of: #":\d+"#, options: .regularExpression) != nil,
                "\(name) was refused without a place: \(result.output)")
        #expect(try Self.contents(event) == before, "\(name): the refused import changed the event")
        let beside = try FileManager.default.contentsOfDirectory(atPath: tmux.home.path).filter { $0.hasPrefix("event.podium") }
        #expect(beside == ["event.podium"], "\(name) left \(beside)")
    }

    static func contents(_ path: String) throws -> (EventData, [JournalEntry]) {
        let store = try EventStore.open(at: URL(fileURLWithPath: path), readOnly: true)
        return (try store.load(), try store.journal())
    }
}
