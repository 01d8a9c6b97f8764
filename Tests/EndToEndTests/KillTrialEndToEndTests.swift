import Foundation
import PodiumCore
import Testing
@testable import PodiumStore
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at random moments, from the command line and in the TUI, and after every restart
/// the file is held to what was promised: SQLite's full integrity check passes, every command
/// that reported success is in the journal (each runs under its own operator name) and one
/// that was killed is there whole or not at all, and the state equals the fold of the journal:
/// the checklist rows equal the rows the file started with and every "checklist.*" entry
/// applied in turn, and the show the CLI reports is the fold of the "show.*" entries.
/// `PODIUM_KILL_TRIALS` sets the CLI trials (50 in the suite; the README's long run uses
/// 1,000), `PODIUM_TUI_KILL_TRIALS` the TUI ones (5).
@Suite(.serialized) struct KillTrialEndToEndTests {
    /// One command of a trial, and how many journal entries it makes when it succeeds.
    struct Command {
        var arguments: [String]
        var entries: ClosedRange<Int>
    }

    /// A command that changes something in the file as it is now, so that a success always
    /// leaves an entry: a new item, a status that differs, a step of the show.
    static func command(for event: EventData, show: ShowState, using random: inout SystemRandomNumberGenerator, mark: String) -> Command {
        let item = event.checklist.randomElement(using: &random)
        switch (Int.random(in: 0..<4, using: &random), item) {
        case (1, let item?):
            return item.status == .done
                ? Command(arguments: ["check", "reopen", "\(item.id)"], entries: 1...1)
                : Command(arguments: ["check", "done", "\(item.id)"], entries: 1...1)
        case (2, let item?):
            return Command(arguments: ["check", "block", "\(item.id)", "Thiếu \(mark)"], entries: 1...1)
        case (3, _) where show.stage != .finished:
            if show.stage == .notStarted { return Command(arguments: ["show", "start", "--rehearsal", "--override"], entries: 2...3) }
            let steps = [["show", "next", "--override"], ["show", "extend", "1"], ["show", "message", "Còn \(mark)"]]
            return Command(arguments: steps.randomElement(using: &random) ?? steps[0], entries: 1...2)
        default:
            return Command(arguments: ["check", "add", "Việc \(mark)", "--agency", "Sở Nội vụ"], entries: 1...1)
        }
    }

    @Test func killedWritersNeverLoseAReportedChangeAndLeaveTheFoldOfTheJournal() throws {
        let trials = ProcessInfo.processInfo.environment["PODIUM_KILL_TRIALS"].flatMap(Int.init) ?? 50
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium")
        #expect(try tmux.podium(["new", file.path]).status == 0)
        let baseline = try Self.rows(file)
        let environment = tmux.environment.map { "\($0.key)=\($0.value)" }
        var random = SystemRandomNumberGenerator()
        var reported: [String: ClosedRange<Int>] = [:]
        var killed: [String: ClosedRange<Int>] = [:]
        for trial in 0..<trials {
            let (event, show) = try Self.read(file)
            let sure = Self.command(for: event, show: show, using: &random, mark: "t\(trial)")
            let sureName = "t\(trial)-sure"
            if try tmux.podium(sure.arguments + ["--event", file.path, "--operator", sureName]).status == 0 {
                reported[sureName] = sure.entries
            }
            let (after, afterShow) = try Self.read(file)
            let risky = Self.command(for: after, show: afterShow, using: &random, mark: "k\(trial)")
            let riskyName = "t\(trial)-killed"
            let pid = try Spawn.start(
                [TmuxSession.binary.path] + risky.arguments + ["--event", file.path, "--operator", riskyName],
                environment: environment, outputPath: "/dev/null"
            )
            // The moment of the kill is the experiment: anywhere from before the open to after the commit.
            usleep(UInt32.random(in: 0...150_000, using: &random))
            kill(pid, SIGKILL)
            if Spawn.wait(pid) == 0 { reported[riskyName] = risky.entries } else { killed[riskyName] = risky.entries }
            try Self.expectSound(file, baseline: baseline, reported: reported, killed: killed, trial: trial)
            let status = try tmux.podium(["show", "status", "--json", "--event", file.path]).output
            let folded = try Self.read(file).show
            #expect(status.contains("\"stage\" : \"\(folded.stage.rawValue)\""), "trial \(trial): the CLI's show is not the fold: \(status)")
            if let current = folded.current?.segmentID {
                #expect(status.contains("\"id\" : \(current),"), "trial \(trial): the CLI's segment is not the fold's \(current): \(status)")
            }
        }
        // The file still takes new writes afterwards.
        #expect(try tmux.podium(["check", "add", "Sau cùng", "--agency", "Sở Nội vụ", "--event", file.path]).status == 0)
    }

    /// The TUI killed at a random moment after a tick on a row chosen at random, with another
    /// pane perhaps open by then: the tick the screen showed is in the file (one not yet shown
    /// is there whole or not at all), the state is the fold of the journal, and the restarted
    /// TUI comes back on the pane it was killed on with the same row selected: a tick then
    /// toggles the same item back.
    @Test func killedTUIComesBackOnItsPaneAndRowWithTheFoldOfTheJournal() throws {
        let trials = ProcessInfo.processInfo.environment["PODIUM_TUI_KILL_TRIALS"].flatMap(Int.init) ?? 5
        let host = try TmuxSession()
        let file = host.home.appendingPathComponent("event.podium")
        #expect(try host.podium(["new", file.path]).status == 0)
        let baseline = try Self.rows(file)
        var random = SystemRandomNumberGenerator()
        // Panes with words of their own on screen (the tab bar names them all), to tell which one is open.
        let otherPanes = [("2", "SÂN KHẤU"), ("4", "Quyết định số"), ("6", "xếp theo Hạng")]
        for trial in 0..<trials {
            let tmux = try TmuxSession(sharing: host)
            try tmux.start(["--event", file.path, "--role", "protocol", "--operator", "tui\(trial)"])
            try tmux.waitFor("Chương trình")
            try tmux.send("5")
            try tmux.waitFor("xong ")
            try tmux.send("Home")
            let row = Int.random(in: 1...6, using: &random)
            for _ in 0..<row { try tmux.send("Down") }
            let before = try Self.statuses(file)
            try tmux.send("Space")
            let shown = Bool.random(using: &random)
            let away = Bool.random(using: &random) ? otherPanes.randomElement(using: &random) : nil
            if shown {
                try Self.waitUntil { try Self.statuses(file) != before }
                if let away {
                    try tmux.send(away.0)
                    try tmux.waitFor(away.1)
                }
            } else {
                usleep(UInt32.random(in: 0...100_000, using: &random))
            }
            let pid = try #require(try tmux.podiumPID())
            kill(pid, SIGKILL)
            try tmux.waitFor("PODIUM-EXITED 137")
            let after = try Self.statuses(file)
            let changed = Set(after.keys).filter { after[$0] != before[$0] }
            #expect(changed.count <= 1, "trial \(trial): one tick changed \(changed.count) items")
            if shown { #expect(changed.count == 1, "trial \(trial): a tick the screen showed is gone") }
            try Self.expectSound(file, baseline: baseline, reported: [:], killed: [:], trial: trial)
            guard shown else { continue }
            // Back on the pane and row it was killed on.
            let again = try TmuxSession(sharing: host)
            try again.start(["--event", file.path, "--role", "protocol", "--operator", "tui\(trial)-again"])
            try again.waitFor(away?.1 ?? "xong ")
            if away != nil {
                try again.send("5")
                try again.waitFor("xong ")
            }
            try again.send("Space")
            try Self.waitUntil {
                let now = try Self.statuses(file)
                return Set(now.keys).filter { now[$0] != after[$0] } == changed
            }
            try again.send("q", "y")
            try again.waitFor("PODIUM-EXITED 0")
        }
    }

    // MARK: Reading the file as a killed binary left it

    static func read(_ file: URL) throws -> (event: EventData, show: ShowState) {
        let store = try EventStore.open(at: file, readOnly: true)
        let event = try store.load()
        return (event, ShowState(journal: try store.journal(), segments: event.segments))
    }

    static func statuses(_ file: URL) throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try read(file).event.checklist.map { ($0.id, $0.status.rawValue + ($0.blockedReason ?? "")) })
    }

    /// The checklist rows as the journal's payloads write them: every field by its JSON name.
    static func rows(_ file: URL) throws -> [Int64: [String: JSONValue]] {
        Dictionary(uniqueKeysWithValues: try read(file).event.checklist.map { ($0.id, FieldChanges(record: $0, id: $0.id).values) })
    }

    /// The integrity check, the reported and killed commands' entries, and the checklist as
    /// the fold of the journal over the rows the file was created with.
    static func expectSound(
        _ file: URL, baseline: [Int64: [String: JSONValue]], reported: [String: ClosedRange<Int>], killed: [String: ClosedRange<Int>], trial: Int
    ) throws {
        let store = try EventStore.open(at: file, readOnly: true)
        #expect(store.damage == nil && store.fullCheck() == nil, "trial \(trial): the file is damaged")
        let journal = try store.journal()
        var entries: [String: Int] = [:]
        for entry in journal { entries[entry.operatorName, default: 0] += 1 }
        for (name, expected) in reported where !expected.contains(entries[name] ?? 0) {
            Issue.record("trial \(trial): \(name) reported success but has \(entries[name] ?? 0) entries")
        }
        for (name, expected) in killed where (entries[name] ?? 0) != 0 && !expected.contains(entries[name] ?? 0) {
            Issue.record("trial \(trial): the killed \(name) left \(entries[name] ?? 0) entries: half a command")
        }
        var folded = baseline
        for entry in journal {
            guard case .checklist(let fact) = entry.fact else { continue }
            switch fact {
            case .created(let fields):
                if let id = fields.id { folded[id] = fields.values }
            case .deleted(let id, _): folded[id] = nil
            case .gateOverridden: continue
            case .updated(let changes), .statusChanged(let changes):
                guard let id = changes.id else { continue }
                var row = folded[id] ?? [:]
                for (key, value) in changes.values { row[key] = value == .null ? nil : value }
                folded[id] = row
            }
        }
        let stored = Dictionary(uniqueKeysWithValues: try store.load().checklist.map { ($0.id, FieldChanges(record: $0, id: $0.id).values) })
        #expect(canonical(folded) == canonical(stored), "trial \(trial): the checklist is not the fold of the journal")
    }

    /// A row's fields without the empty ones, as text: a field that became null reads as missing.
    static func canonical(_ rows: [Int64: [String: JSONValue]]) -> [Int64: String] {
        rows.mapValues { row in JSONValue.object(row.filter { $0.value != .null }).text }
    }

    /// Polls the file (not the screen) until `condition` holds, for at most ten seconds.
    static func waitUntil(_ condition: () throws -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return }
            usleep(20_000)
        }
        Issue.record("the file never reached the expected state", sourceLocation: sourceLocation)
    }
}
