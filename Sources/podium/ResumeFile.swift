import Foundation
import PodiumApp

/// The pane and row a running TUI is on, kept in a small file of the state directory while it
/// runs and removed when it quits cleanly: a TUI killed (`kill -9`, a crash, a lost terminal)
/// comes back where the operator was, one that quit starts afresh. One file per event path and
/// role; nothing of it is in the event file, which other terminals share.
struct ResumeFile {
    let url: URL

    init(paths: PodiumPaths, eventPath: String, role: String) {
        // FNV-1a of the path: a stable, short, safe file name, whatever characters the path holds.
        let key = (eventPath + "\n" + role).utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        url = paths.stateDirectory.appendingPathComponent("resume").appendingPathComponent(String(key, radix: 16))
    }

    /// The pane and row remembered, or nil when the last TUI on this event quit cleanly.
    func read() -> (pane: Pane, row: Int)? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let numbers = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard numbers.count == 2, let pane = Pane(rawValue: numbers[0]), numbers[1] >= 0 else { return nil }
        return (pane, numbers[1])
    }

    /// Replaces the file whole (written aside, then renamed), so a kill in the middle leaves the
    /// old pane or the new one. A state directory that cannot be written only loses the resume.
    func write(pane: Pane, row: Int) {
        let directory = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? Data("\(pane.rawValue) \(row)\n".utf8).write(to: url, options: .atomic)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
