import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal,
/// so logs and pipes never receive carriage returns.
final class ProgressBar {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var drawn = false
    private var lastPercent = -1

    init(label: String) {
        self.label = label
    }

    /// `total` 0 means the size is not known yet: only the count is shown.
    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        let line: String
        if total > 0 {
            let percent = done * 100 / total
            guard percent != lastPercent else { return }
            lastPercent = percent
            let filled = percent / 5
            line = "\(label) [" + String(repeating: "█", count: filled) + String(repeating: "·", count: 20 - filled) + "] \(percent)% (\(done)/\(total) rows)"
        } else {
            line = "\(label): \(done) rows"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(TerminalText.printable(line))".utf8))
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
