import Foundation
import Glibc
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumDocuments
import PodiumStore
import TermCore

/// `podium-bench all`: every speed figure of the README's table, each next to its budget, with
/// calcurse measured in the same run through the same pseudo-terminal where it is the peer.
/// Set-up: `apt-get install -y calcurse` (without it the peer columns say so).
enum AllBench {
    static let width = 200
    static let height = 60

    struct Setup {
        let folder: URL
        let podium: String
        let demo: String
        let stress: String
        let calcurse: Calcurse?

        func environment() -> [String] {
            ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(folder.path)", "PATH=/usr/bin:/bin", "PODIUM_EVENT="]
        }

        func podiumArgs(_ event: String, role: String = "organizer") -> [String] {
            [podium, "--event", event, "--role", role, "--operator", "bench"]
        }
    }

    static func run(binary: String?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podium-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let setup = try makeSetup(binary: binary, folder: folder)
        let calcurse = setup.calcurse

        print("podium-bench all: release build, \(width)×\(height), \(ProcessInfo.processInfo.activeProcessorCount) cores; medians, spread lowest–highest (10th–90th percentile from 10 runs)")
        print("peer: \(calcurse.map { _ in "calcurse, 200 appointments and 200 todos" } ?? "calcurse not installed (apt-get install -y calcurse): peer figures missing")")
        print("")
        fflush(nil)
        BenchTable.header()
        // A part that fails says so in the table and the run goes on.
        let parts: [(String, () throws -> Void)] = [
            ("first frames", { firstFrames(setup) }), ("pane renders", { try paneRenders() }), ("keys", { keys(setup) }),
            ("in-process figures", { try inProcess(setup) }), ("propagation", { propagation(setup) }),
            ("idle", { idle(setup) }), ("memory and the command line", { try memoryAndCLI(setup) }),
        ]
        for (name, part) in parts {
            do { try part() } catch { BenchTable.missing(name, String(describing: error)) }
        }
    }

    /// `podium-bench keys|frames [PATH-TO-podium]`: only the key → screen rows, or only the
    /// first frames, through the pty.
    static func runPart(_ part: (Setup) -> Void, binary: String?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podium-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let setup = try makeSetup(binary: binary, folder: folder)
        BenchTable.header()
        part(setup)
    }

    /// The demo and stress event files, the running demo show and the peer, in `folder`.
    static func makeSetup(binary: String?, folder: URL) throws -> Setup {
        let podium = binary ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("podium").path
        guard FileManager.default.isExecutableFile(atPath: podium) else {
            throw BenchError("\(podium) is not there; build it first: swift build -c release")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let demo = folder.appendingPathComponent("demo.podium").path
        let stress = folder.appendingPathComponent("stress.podium").path
        // Made here rather than by `podium new`, so an older podium binary can be measured too.
        let maker = Actor(operatorName: "bench", role: .organizer)
        _ = try EventStore.create(at: URL(fileURLWithPath: demo), from: DemoEvent.make(), by: maker)
        _ = try EventStore.create(at: URL(fileURLWithPath: stress), from: StressEvent.make(), by: maker)
        try LiveBench.run([podium, "show", "start", "--override", "--event", demo, "--role", "mc"])
        let calcurse = try Calcurse(folder: folder.appendingPathComponent("calcurse"))
        return Setup(folder: folder, podium: podium, demo: demo, stress: stress, calcurse: calcurse)
    }

    // MARK: cold start

    /// Spawn to the first settled screen: the last byte before 150 ms of quiet.
    static func firstFrame(_ argv: [String], _ setup: Setup) -> Double? {
        guard let session = try? PtySession(argv, width: width, height: height, environment: setup.environment()) else { return nil }
        defer { session.stop() }
        guard let last = session.settle(after: 0, quiet: 0.15, timeout: 15) else { return nil }
        return Clock.ms(session.started, last)
    }

    static func firstFrames(_ setup: Setup) {
        var demo: [Double] = [], stress: [Double] = [], peer: [Double] = []
        for _ in 0..<7 {
            if let ms = firstFrame(setup.podiumArgs(setup.demo), setup) { demo.append(ms) }
            if let calcurse = setup.calcurse, let ms = firstFrame(calcurse.argv, setup) { peer.append(ms) }
            if let ms = firstFrame(setup.podiumArgs(setup.stress), setup) { stress.append(ms) }
        }
        let peerSamples = peer.isEmpty ? nil : (name: "calcurse", samples: BenchTable.Samples(values: peer))
        BenchTable.row("first frame through a pty, demo (298 delegates)", .init(values: demo), unit: "ms", peer: peerSamples, budget: .timesPeer(2))
        BenchTable.row("first frame through a pty, stress (5,000 delegates, 6,000 seats)", .init(values: stress), unit: "ms", peer: peerSamples,
                       budget: .atMostAndTimesPeer(200, 3))
    }

    // MARK: rendering

    /// `only`, when given, names the one pane to render (programme, seating, speakers, awards,
    /// checklist, stage): one pane's profile under callgrind without the others' noise.
    static func paneRenders(runs: Int = 51, only: String? = nil) throws {
        let theme = try LiveBench.theme()
        var state = AppState(event: StressEvent.make(), role: .organizer, operatorName: "bench", language: .vi, now: Date(), isReadOnly: false)
        state.awards = AwardProgress()
        let panes: [(String, Pane, AppState.View)] = [
            ("programme", .agenda, .main), ("seating", .seating, .main), ("speakers", .speakers, .main),
            ("awards", .awards, .main), ("checklist", .checklist, .main), ("stage clock", .agenda, .stage),
        ]
        for (name, pane, view) in panes where only.map({ name.hasPrefix($0) }) ?? true {
            state.pane = pane
            state.view = view
            var samples: [Double] = []
            for _ in 0..<runs {
                state.now = state.now.addingTimeInterval(1)
                let start = Clock.now
                _ = Screen.render(state, theme: theme, width: width, height: height)
                samples.append(Clock.ms(start, Clock.now))
            }
            BenchTable.row("render the \(name) pane, stress event", .init(values: samples), unit: "ms", budget: .atMost(3))
        }
    }

    // MARK: keys

    /// Sends `keys` one after another, each once the previous screen settled; returns the
    /// milliseconds from each key to its screen's last byte and the bytes each key cost.
    static func keyLatencies(_ session: PtySession, keys: [String]) -> (ms: [Double], bytes: [Double]) {
        var latencies: [Double] = [], bytes: [Double] = []
        for key in keys {
            let before = session.output.count
            let sent = Clock.now
            session.send(key)
            guard let last = session.settle(after: before, quiet: 0.03, timeout: 3) else { continue }
            latencies.append(Clock.ms(sent, last))
            bytes.append(Double(session.output.count - before))
        }
        return (latencies, bytes)
    }

    static func keyRow(_ figure: String, _ ms: [Double], peer: [Double]? = nil) {
        guard !ms.isEmpty else { return BenchTable.missing(figure, "no screen arrived") }
        let samples = BenchTable.Samples(values: ms)
        let peerSamples = peer.flatMap { $0.isEmpty ? nil : (name: "calcurse", samples: BenchTable.Samples(values: $0)) }
        let label = "p50 \(BenchTable.format(samples.median, "ms")), p95 \(BenchTable.format(samples.p95, "ms"))"
        BenchTable.row(figure, samples, unit: "ms", value: samples.p95, label: label, peer: peerSamples, budget: .atMost(30))
    }

    static func keys(_ setup: Setup) {
        let upDown = (0..<40).map { $0 % 4 < 2 ? "j" : "k" }
        var peer: [Double] = []
        if let calcurse = setup.calcurse, let session = try? PtySession(calcurse.argv, width: width, height: height, environment: setup.environment()) {
            _ = session.settle(after: 0, quiet: 0.3, timeout: 10)
            peer = keyLatencies(session, keys: upDown).ms
            session.stop()
        }
        for (name, event) in [("demo", setup.demo), ("stress", setup.stress)] {
            guard let session = try? PtySession(setup.podiumArgs(event, role: "protocol"), width: width, height: height, environment: setup.environment()) else { continue }
            _ = session.settle(after: 0, quiet: 0.3, timeout: 15)
            keyRow("key → screen, programme j/k, \(name)", keyLatencies(session, keys: upDown).ms, peer: peer)
            keyRow("key → screen, pane switch 1/2, \(name)", keyLatencies(session, keys: (0..<20).map { $0 % 2 == 0 ? "2" : "1" }).ms)
            _ = keyLatencies(session, keys: ["2"])
            let moves = keyLatencies(session, keys: (0..<40).map { $0 % 4 < 2 ? "\u{1B}[C" : "\u{1B}[D" })
            keyRow("key → screen, hall grid arrows, \(name)", moves.ms)
            if name == "stress", !moves.bytes.isEmpty {
                BenchTable.row("bytes per cursor move in the hall grid, stress", .init(values: moves.bytes), unit: "B", budget: .atMost(300))
            }
            session.stop()
            // Organisers add checklist items: the add form's first field takes the typing.
            guard let organiser = try? PtySession(setup.podiumArgs(event, role: "organizer"), width: width, height: height, environment: setup.environment()) else { continue }
            _ = organiser.settle(after: 0, quiet: 0.3, timeout: 15)
            _ = keyLatencies(organiser, keys: ["5", "a"])
            keyRow("key → screen, typing in a text field, \(name)", keyLatencies(organiser, keys: Array("Kiem tra am thanh").map(String.init)).ms)
            organiser.stop()
        }
    }

    // MARK: in-process

    static func timed(runs: Int, _ body: () throws -> Void) rethrows -> BenchTable.Samples {
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = Clock.now
            try body()
            samples.append(Clock.ms(start, Clock.now))
        }
        return BenchTable.Samples(values: samples)
    }

    static func autoSeat(runs: Int) {
        var stress = StressEvent.make()
        stress.seating.assignments = []
        BenchTable.row("auto-seat 5,000 delegates into 6,000 seats", timed(runs: runs) { _ = SeatingAssigner.assign(stress) }, unit: "ms", budget: .atMost(100))
    }

    static func inProcess(_ setup: Setup) throws {
        autoSeat(runs: 11)

        let demo = try DemoEvent.make()
        let csv = delegatesCSV(StressEvent.make().delegates, groups: demo.groups)
        var peer: (name: String, samples: BenchTable.Samples)?
        if let calcurse = setup.calcurse {
            let ics = setup.folder.appendingPathComponent("events.ics")
            try calcurse.writeCalendar(events: 5_000, to: ics)
            peer = (name: "calcurse -i, 5,000 events", samples: try timed(runs: 5) { try calcurse.importCalendar(ics) })
        }
        let importSamples = try timed(runs: 5) { _ = try SpreadsheetImport.plan(.delegates, data: csv, into: demo) }
        BenchTable.row("import a 5,000-row delegate CSV (read, check, merge)", importSamples, unit: "ms", peer: peer, budget: .atMost(300))

        let file = EventFile(data: StressEvent.make())
        let roundTrip = try timed(runs: 3) { _ = try EventYAMLReader.read(EventYAMLWriter.yaml(file)) }
        BenchTable.row("event file round trip (YAML out and back), stress", roundTrip, unit: "ms", budget: .atMost(1_000))
    }

    static func delegatesCSV(_ delegates: [Delegate], groups: [ParticipantGroup]) -> Data {
        let names = Dictionary(groups.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
        var lines = ["STT,Họ và tên,Chức vụ,Đơn vị,Thành phần,Ghi chú"]
        for (index, delegate) in delegates.enumerated() {
            let cells = ["\(index + 1)", delegate.name, delegate.title, delegate.unit, names[delegate.groupKey] ?? "", ""]
            lines.append(cells.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ","))
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    // MARK: two processes

    /// Another process renames the first segment; the time until the open TUI shows the name.
    static func propagation(_ setup: Setup) {
        do { try propagationRounds(setup) } catch { BenchTable.missing("propagation", String(describing: error)) }
    }

    static func propagationRounds(_ setup: Setup) throws {
        let figure = "another process's change on an open TUI's screen, stress (p50/p95/max)"
        guard let session = try? PtySession(setup.podiumArgs(setup.stress), width: width, height: height, environment: setup.environment()) else {
            return BenchTable.missing(figure, "the TUI did not start")
        }
        defer { session.stop() }
        _ = session.settle(after: 0, quiet: 0.3, timeout: 15)
        let store = try EventStore.open(at: URL(fileURLWithPath: setup.stress))
        let actor = Actor(operatorName: "bench-other", role: .organizer)
        var segment = try store.load().segments.min { $0.position < $1.position }
        let title = segment?.title ?? ""
        var samples: [Double] = []
        // Every letter differs from the one before it, so the terminal cannot skip any.
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        for round in 0..<20 {
            guard var changed = segment else { break }
            let token = String((0..<6).map { alphabet[(round + $0 * 5) % alphabet.count] })
            changed.title = "\(token) \(title)"
            let before = session.output.count
            // Timed from before the write: the screen can show the change before the writer's
            // own call has returned, so a clock read after it measured nearly nothing.
            let committed = Clock.now
            try store.run(.agenda(.save(changed)), by: actor, at: Date())
            segment = changed
            guard let seen = session.waitFor(token, after: before, timeout: 5) else { continue }
            samples.append(Clock.ms(committed, seen))
            _ = session.settle(after: session.output.count, quiet: 0.05, timeout: 0.2)
        }
        guard !samples.isEmpty else { return BenchTable.missing(figure, "no change reached the screen within 5 s") }
        let all = BenchTable.Samples(values: samples)
        let label = "\(BenchTable.format(all.median, "ms")) / \(BenchTable.format(all.p95, "ms")) / \(BenchTable.format(samples.max() ?? 0, "ms"))"
        BenchTable.row(figure, all, unit: "ms", value: all.p95, label: label, budget: .atMost(250))
    }

    // MARK: idle

    /// The live screen of a running show, a 6,000-seat hall and calcurse left alone for 30 s,
    /// side by side: CPU share of one core, and bytes per one-second tick.
    static func idle(_ setup: Setup) {
        let seconds = 30.0
        var sessions: [(String, PtySession)] = []
        if let live = try? PtySession(setup.podiumArgs(setup.demo, role: "mc"), width: width, height: height, environment: setup.environment()) {
            sessions.append(("live MC screen, demo, show running", live))
        }
        if let hall = try? PtySession(setup.podiumArgs(setup.stress, role: "protocol"), width: width, height: height, environment: setup.environment()) {
            _ = hall.settle(after: 0, quiet: 0.3, timeout: 15)
            hall.send("2")
            sessions.append(("seating pane, stress", hall))
        }
        var peer: (String, PtySession)?
        if let calcurse = setup.calcurse, let session = try? PtySession(calcurse.argv, width: width, height: height, environment: setup.environment()) {
            peer = ("calcurse", session)
        }
        let all = sessions + (peer.map { [$0] } ?? [])
        for (_, session) in all { _ = session.settle(after: 0, quiet: 0.5, timeout: 15) }
        let cpuBefore = all.map { $0.1.cpuSeconds() }
        let bytesBefore = all.map { $0.1.output.count }
        let end = Clock.now + UInt64(seconds * 1e9)
        var perSecond: [Double] = []
        var mark = sessions.first?.1.output.count ?? 0
        while Clock.now < end {
            let tick = min(end, Clock.now + 1_000_000_000)
            for (_, session) in all { session.pump(until: min(tick, Clock.now + 50_000_000)) }
            while Clock.now < tick { for (_, session) in all { session.pump(until: min(tick, Clock.now + 20_000_000)) } }
            if let live = sessions.first?.1 {
                perSecond.append(Double(live.output.count - mark))
                mark = live.output.count
            }
        }
        let shares = zip(all, cpuBefore).map { ($0.1.cpuSeconds() - $1) / seconds * 100 }
        let peerShare = peer.map { _ in BenchTable.Samples(values: [shares[shares.count - 1]]) }
        for (index, (name, _)) in sessions.enumerated() {
            BenchTable.row("idle CPU over \(Int(seconds)) s, \(name) (share of a core)", .init(values: [shares[index]]), unit: "%",
                           peer: peerShare.map { (name: "calcurse", samples: $0) }, budget: .atMost(1))
        }
        if !perSecond.isEmpty {
            let peerBytes = peer.map { (name: "calcurse", samples: BenchTable.Samples(values: [Double($0.1.output.count - bytesBefore[bytesBefore.count - 1]) / seconds])) }
            BenchTable.row("bytes per one-second tick, live screen, demo", .init(values: perSecond), unit: "B", peer: peerBytes, budget: .atMost(300))
        }
        for (_, session) in all { session.stop() }
    }

    // MARK: memory and the command line

    static func memoryAndCLI(_ setup: Setup) throws {
        if let session = try? PtySession(setup.podiumArgs(setup.stress, role: "protocol"), width: width, height: height, environment: setup.environment()) {
            _ = session.settle(after: 0, quiet: 0.3, timeout: 15)
            _ = keyLatencies(session, keys: ["2", "\u{1B}[C", "4", "5", "1", "j"])
            BenchTable.row("peak memory of the TUI, stress, every pane shown", .init(values: [Double(session.peakMemory()) / 1_048_576]), unit: "MB", budget: .atMost(100))
            session.stop()
        }
        let output = setup.folder.appendingPathComponent("stress.yaml").path
        var peak: [Double] = []
        let export = try timed(runs: 3) {
            peak.append(Double(try maxResident([setup.podium, "export", "event", "--event", setup.stress, "--output", output, "--force"])) / 1_048_576)
        }
        BenchTable.row("podium export event, stress: wall time", export, unit: "ms", budget: .atMost(1_000))
        BenchTable.row("podium export event, stress: peak memory", .init(values: peak), unit: "MB", budget: .atMost(100))
        let status = try timed(runs: 7) { _ = try maxResident([setup.podium, "show", "status", "--event", setup.stress]) }
        BenchTable.row("podium show status, stress: wall time", status, unit: "ms", budget: .atMost(100))
    }

    /// Runs a command to its end; returns its peak resident memory in bytes.
    static func maxResident(_ argv: [String]) throws -> Int {
        let pid = try LiveBench.spawn(argv, terminal: nil, environment: ["HOME=/tmp", "PATH=/usr/bin:/bin", "LANG=C.UTF-8"])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        guard status == 0 else { throw BenchError("\(argv.joined(separator: " ")) failed") }
        return usage.ru_maxrss * 1024
    }
}
