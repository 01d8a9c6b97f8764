import Foundation
import Testing

/// Drives the built `podium` binary in a private tmux server, the way a person would:
/// keys in with send-keys, the screen out with capture-pane.
final class TmuxSession {
    let socket: String
    let home: URL
    let size: (width: Int, height: Int)
    /// Whether this session made its home (and removes it); one sharing another's does not.
    private let ownsHome: Bool

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built by `swift build` (which `swift test` runs first).
    static var binary: URL {
        let candidates = [".build/debug/podium", ".build/release/podium"].map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    init(width: Int = 80, height: Int = 24) throws {
        socket = "podium-e2e-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        size = (width, height)
        ownsHome = true
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// A second terminal of the same person: its own tmux server, `other`'s home (so its state
    /// directory too).
    init(sharing other: TmuxSession, width: Int = 80, height: Int = 24) throws {
        socket = "podium-e2e-\(UUID().uuidString.prefix(8))"
        home = other.home
        size = (width, height)
        ownsHome = false
    }

    deinit {
        _ = try? run("tmux", ["-L", socket, "kill-server"])
        if ownsHome { try? FileManager.default.removeItem(at: home) }
    }

    /// The pid of the podium process the session's shell started.
    func podiumPID() throws -> pid_t? {
        let shell = try run("tmux", ["-L", socket, "display", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// The environment a person's fresh account would have, confined to a temporary home.
    var environment: [String: String] {
        [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "USER": "e2e",
        ]
    }

    /// Starts `podium ARGS` in a shell that prints a marker when the program has exited,
    /// so the test can tell the terminal came back.
    func start(_ arguments: [String]) throws {
        let command = ([Self.binary.path] + arguments).map(shellQuote).joined(separator: " ")
        let exports = environment.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        let script = "env \(exports) \(command); echo \"PODIUM-EXITED $?\"; echo TTY $(stty -a | grep -E -o -- '-?(icanon|echo) '); sleep 600"
        // The tmux server outlives this call; it must not hold our output pipe open.
        try run("tmux", ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(size.width)", "-y", "\(size.height)", "sh", "-c", script], captureOutput: false)
    }

    func send(_ keys: String...) throws {
        try run("tmux", ["-L", socket, "send-keys"] + keys)
    }

    func capture() throws -> String {
        // -J joins lines the terminal wrapped, so text printed at the right edge still matches.
        try run("tmux", ["-L", socket, "capture-pane", "-p", "-J"])
    }

    func resize(width: Int, height: Int) throws {
        try run("tmux", ["-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; fails with the last screen after `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\"\(text)\" did not appear within \(seconds) s; the screen was:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Runs a tool found on PATH and returns what it printed.
    @discardableResult
    func run(_ tool: String, _ arguments: [String], captureOutput: Bool = true) throws -> String {
        try Spawn.run(["/usr/bin/env", tool] + arguments, environment: nil, captureOutput: captureOutput).output
    }

    /// Runs the podium CLI to completion with the session's environment.
    func podium(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let environment = self.environment.map { "\($0.key)=\($0.value)" }
        return try Spawn.run([Self.binary.path] + arguments, environment: environment, captureOutput: true)
    }

    private func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
