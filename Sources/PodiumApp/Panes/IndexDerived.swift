import PodiumCore

/// What pane 6 and the reveal compute from the event's index, once per change of the results
/// rather than once per frame: the ranking, the reveal order, and search keys without accents.
public struct IndexDerived: Sendable {
    public let ranking: IndexRanking
    public let steps: [IndexRevealStep]
    /// Folded unit names, parallel to `ranking.units`.
    let foldedNames: [String]
    /// Positions in `ranking.units` of each group's units, by group key.
    let groupMembers: [String: [Int]]

    public init(_ results: IndexResults) {
        ranking = IndexRanking(results)
        steps = IndexRevealStep.order(ranking)
        foldedNames = ranking.units.map { VietnameseText.folded($0.unit) }
        var members: [String: [Int]] = [:]
        for (index, unit) in ranking.units.enumerated() { members[unit.groupKey, default: []].append(index) }
        groupMembers = members
    }

    public var isEmpty: Bool { ranking.units.isEmpty }
}
