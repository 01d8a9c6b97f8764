import Foundation
import PodiumCore

/// What pane 6 and the reveal compute from the event's index, once per change of the results
/// rather than once per frame: the ranking, the reveal order, and search keys without accents.
public struct IndexDerived: Sendable {
    public let ranking: IndexRanking
    public let steps: [IndexRevealStep]
    /// Positions in `ranking.units` of each group's units, by group key.
    let groupMembers: [String: [Int]]
    private let keys = SortAndSearchKeys()

    public init(_ results: IndexResults) {
        ranking = IndexRanking(results)
        steps = IndexRevealStep.order(ranking)
        groupMembers = ranking.groupRanges.mapValues { Array($0) }
    }

    public var isEmpty: Bool { ranking.units.isEmpty }

    /// Each unit's place in Vietnamese alphabetical order, parallel to `ranking.units`. Sorting
    /// by name asks the collation thousands of times, so it is done once, when first needed
    /// (the sort by unit), rather than with every ranking or every frame.
    var nameOrder: [Int] { keys.nameOrder(of: ranking.units) }

    /// Folded unit names (search keys without accents), parallel to `ranking.units`: folded
    /// at the first search, since folding 2,500 names was half the cost of a ranking.
    var foldedNames: [String] { keys.foldedNames(of: ranking.units) }

    /// The caches behind `nameOrder` and `foldedNames`, shared by the copies of one derivation.
    private final class SortAndSearchKeys: @unchecked Sendable {
        private let lock = NSLock()
        private var order: [Int]?
        private var folded: [String]?

        func nameOrder(of units: [IndexRankedUnit]) -> [Int] {
            lock.lock()
            defer { lock.unlock() }
            if let order { return order }
            let sorted = VietnameseText.alphabeticalOrder(of: units.map(\.unit))
            var places = [Int](repeating: 0, count: units.count)
            for (place, position) in sorted.enumerated() { places[position] = place }
            order = places
            return places
        }

        func foldedNames(of units: [IndexRankedUnit]) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            if let folded { return folded }
            let names = units.map { VietnameseText.folded($0.unit) }
            folded = names
            return names
        }
    }
}
