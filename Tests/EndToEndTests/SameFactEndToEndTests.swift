import Foundation
import PodiumCore
import PodiumStore
import Testing

/// The same action from the TUI and from the command line runs the same command and so writes
/// the same fact: two files made alike, one changed through each interface.
@Suite(.serialized) struct SameFactEndToEndTests {
    static func lastEntry(_ path: String) throws -> JournalEntry? {
        try EventStore.open(at: URL(fileURLWithPath: path), readOnly: true).journal().last
    }

    @Test func aChecklistTickFromTheTUIAndFromTheCLIWritesTheSameFact() throws {
        let tmux = try TmuxSession()
        let tui = tmux.home.appendingPathComponent("tui.podium").path
        let cli = tmux.home.appendingPathComponent("cli.podium").path
        for file in [tui, cli] { #expect(try tmux.podium(["new", file]).status == 0) }
        try tmux.start(["--event", tui, "--role", "protocol", "--operator", "Hà"])
        try tmux.waitFor("Chương trình")
        try tmux.send("5")
        try tmux.waitFor("xong 0/30")
        try tmux.send("Space")
        try tmux.waitFor("[x] Đầu mối tham mưu")
        try tmux.send("q", "y")
        let fromTUI = try #require(try Self.lastEntry(tui))
        guard case .checklist(.statusChanged(let changes)) = fromTUI.fact, let id = changes.id else {
            Issue.record("the tick wrote \(fromTUI.fact)")
            return
        }
        let ticked = try tmux.podium(["check", "done", String(id), "--event", cli, "--role", "protocol", "--operator", "Hà"])
        #expect(ticked.status == 0, "\(ticked.output)")
        let fromCLI = try #require(try Self.lastEntry(cli))
        #expect(fromCLI.fact == fromTUI.fact)
        #expect(fromCLI.role == fromTUI.role && fromCLI.operatorName == fromTUI.operatorName)
    }

    /// The TUI's delete effect runs `.agenda(.delete(id:))` (`StoreEffectCommandTests`); the CLI
    /// writes what that command writes, renumbered positions and all.
    @Test func aSegmentDeleteFromTheCLIWritesWhatTheCommandWrites() throws {
        let tmux = try TmuxSession()
        let direct = tmux.home.appendingPathComponent("direct.podium").path
        let cli = tmux.home.appendingPathComponent("cli.podium").path
        for file in [direct, cli] { #expect(try tmux.podium(["new", file]).status == 0) }
        let store = try EventStore.open(at: URL(fileURLWithPath: direct))
        let second = try #require(try store.load().segments.first { $0.position == 2 })
        try store.run(.agenda(.delete(id: second.id)), by: Actor(operatorName: "Lan", role: .organizer), at: Date())
        let deleted = try tmux.podium(["programme", "remove", "2", "--event", cli, "--role", "organizer", "--operator", "Lan"])
        #expect(deleted.status == 0, "\(deleted.output)")
        #expect(try Self.lastEntry(cli)?.fact == Self.lastEntry(direct)?.fact)
        let positions = { (path: String) in try EventStore.open(at: URL(fileURLWithPath: path), readOnly: true).load().segments.map(\.position) }
        #expect(try positions(cli) == positions(direct))
        #expect(try positions(cli) == Array(1...positions(cli).count))
    }
}
