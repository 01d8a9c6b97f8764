import Foundation
import PodiumApp

/// The pane a running TUI is on and the row selected in each pane, kept in a small file of the state directory while it
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

    /// The pane and rows remembered, or nil when the last TUI on this event quit cleanly. The
    /// file reads "PANE P=ROW P=ROW…"; anything else in it is ignored.
    func read() -> (pane: Pane, rows: [Pane: Int])? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, let pane = Int(first).flatMap(Pane.init(rawValue:)) else { return nil }
        var rows: [Pane: Int] = [:]
        for word in words.dropFirst() {
            let parts = word.split(separator: "=")
            guard parts.count == 2, let key = Int(parts[0]).flatMap(Pane.init(rawValue:)), let row = Int(parts[1]), row >= 0 else { continue }
            rows[key] = row
        }
        return (pane, rows)
    }

    /// Replaces the file whole (written aside, then renamed), so a kill in the middle leaves the
    /// old pane or the new one. A state directory that cannot be written only loses the resume.
    func write(pane: Pane, rows: [Pane: Int]) {
        let directory = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let text = ([String(pane.rawValue)] + rows.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" })
            .joined(separator: " ")
        try? Data((text + "\n").utf8).write(to: url, options: .atomic)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
