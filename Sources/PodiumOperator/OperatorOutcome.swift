import Foundation

/// What one scripted operator did, written as JSON for the test that started it: the journal
/// keys its successes must have left, the live-show entries it recorded, how often the domain
/// refused it (by kind), and anything that should never happen (busy, SQLite's words, a crash).
struct OperatorOutcome: Codable {
    var expected: [String: Int] = [:]
    var showEntries: [Int64] = []
    var conflicts = 0
    var otherRefusals = 0
    var failures: [String] = []
    var successes = 0
}
