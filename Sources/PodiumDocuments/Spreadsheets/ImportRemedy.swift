import PodiumCore

/// What the person can choose when a spreadsheet is refused only for reasons a choice fixes:
/// groups the event lacks, rows naming people already listed (skip, merge, or read the file
/// as a revised list).
public enum ImportRemedy: Hashable, Sendable {
    case createGroups(count: Int)
    case skipOrMergeDuplicates
    case compareAsRevision

    /// The remedies for `problems`, or none when some problem needs the file itself fixed.
    public static func remedies(for problems: ImportProblems, kind: ImportKind) -> [ImportRemedy] {
        let groups = problems.problems.filter { if case .unknownGroup = $0.issue { true } else { false } }
        let duplicates = problems.problems.filter { if case .duplicate = $0.issue { true } else { false } }
        guard problems.problems.allSatisfy(isSettledByAChoice) else { return [] }
        var remedies: [ImportRemedy] = []
        if !groups.isEmpty { remedies.append(.createGroups(count: groups.count)) }
        if !duplicates.isEmpty {
            remedies.append(.skipOrMergeDuplicates)
            if kind == .delegates { remedies.append(.compareAsRevision) }
        }
        return remedies
    }

    /// Whether a choice in the import can settle `problem` (a group to create, a duplicate to
    /// skip or merge), rather than only fixing the file.
    public static func isSettledByAChoice(_ problem: ImportProblem) -> Bool {
        switch problem.issue {
        case .duplicate, .unknownGroup: true
        default: false
        }
    }
}
