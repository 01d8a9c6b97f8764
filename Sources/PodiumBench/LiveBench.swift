import Foundation
import Glibc
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumThemes
import TermCore

/// The run-of-show budgets: recomputing and rendering the live screen, and the bytes the
/// terminal receives per clock tick.
enum LiveBench {
    /// The demo with its programme grown to 200 segments, the show running in the 100th.
    static func bigShow() throws -> AppState {
        var event = try DemoEvent.make()
        event.segments = (1...200).map { index in
            Segment(id: Int64(index), position: index, title: "Mục \(index): báo cáo chuyên đề của đơn vị số \(index)",
                    kind: .report, plannedSeconds: 300 + index % 7 * 60, fixedStart: nil,
                    presenter: "Đại diện đơn vị \(index)", mcLines: "Xin trân trọng kính mời đại diện đơn vị \(index) trình bày.")
        }
        event.checklist = []
        let start = Date().addingTimeInterval(-3_600)
        let entries = [JournalEntry(id: 1, time: start, operatorName: "bench", role: .mc, fact: .show(.start)),
                       JournalEntry(id: 2, time: start.addingTimeInterval(60), operatorName: "bench", role: .mc,
                                    fact: .show(.jump(segmentID: 100)))]
        var state = AppState(event: event, role: .mc, operatorName: "bench", language: .vi, now: Date(), isReadOnly: false)
        state.show = ShowState(journal: entries, segments: event.segments)
        return state
    }

    static func theme() throws -> Theme {
        try Theme.load(nameOrPath: "default", searchDirectories: [BundledThemes.directory].compactMap { $0 })
    }

    static func render() throws {
        var state = try bigShow()
        let theme = try theme()
        for (width, height) in [(80, 24), (200, 60)] {
            let time = Bench.median(runs: 201) {
                state.now = state.now.addingTimeInterval(1)
                _ = Screen.render(state, theme: theme, width: width, height: height)
            }
            print("live screen, 200 segments, recompute and render at \(width)×\(height): median \(String(format: "%.3f", time)) ms (budget 2 ms)")
        }
    }

    /// Runs the real binary in a pseudo-terminal on a running show and counts the bytes it
    /// writes per second once the first screen is drawn.
    static func bytesPerTick(binary: String?) throws {
        let podium = binary ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("podium").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podium-tick-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let event = folder.appendingPathComponent("tick.podium").path
        try run([podium, "new", event])
        try run([podium, "show", "start", "--override", "--event", event, "--role", "mc"])

        for (width, height) in [(80, 24), (200, 60)] {
            var master: Int32 = 0
            var slave: Int32 = 0
            var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
            guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError("openpty failed") }
            let pid = try spawn([podium, "--event", event, "--role", "mc"], terminal: slave,
                                environment: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(folder.path)", "PATH=/usr/bin:/bin"])
            close(slave)
            // Let the first full screen arrive, then count.
            _ = drain(master, seconds: 2)
            var perSecond: [Int] = []
            for _ in 0..<10 { perSecond.append(drain(master, seconds: 1)) }
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(master)
            let sorted = perSecond.sorted()
            print("bytes the terminal receives per one-second tick on the live screen at \(width)×\(height): median \(sorted[sorted.count / 2]), max \(sorted.last ?? 0) (budget 300)")
        }
    }

    /// Reads everything the program writes for `seconds`; returns the byte count.
    static func drain(_ fd: Int32, seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&descriptor, 1, wait) > 0 else { continue }
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            total += count
        }
        return total
    }

    static func run(_ argv: [String]) throws {
        let pid = try spawn(argv, terminal: nil, environment: ["HOME=/tmp", "PATH=/usr/bin:/bin"])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw BenchError("\(argv.joined(separator: " ")) failed") }
    }

    static func spawn(_ argv: [String], terminal: Int32?, environment: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if let terminal {
            for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, terminal, fd) }
            // A session of its own, so the pty becomes its controlling terminal.
            posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID, which Swift does not import
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            // A command's notes ("Wrote …") would land in the middle of the table.
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
        guard result == 0 else { throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(result)))") }
        return pid
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
