import Foundation
import Testing

/// Compares rendered text with a file in Golden/. Run with PODIUM_RECORD_GOLDEN=1 to write
/// the files anew, then review the diff as you would review code.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = lines.joined(separator: "\n") + "\n"
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["PODIUM_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; record it with PODIUM_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
            Issue.record("""
                \(name).txt differs at line \(first + 1):
                expected: \(first < want.count ? String(want[first]) : "<end>")
                actual:   \(first < got.count ? String(got[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
