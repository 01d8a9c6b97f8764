import Foundation

/// The computation of DOMAIN.md §4, pure: totals, % of the maximum, sub-indexes, ranks within
/// each group with ties, tiers, change against last year, group averages and medians, each
/// unit's best and worst field, each field's province-wide average.
public struct IndexRanking: Hashable, Sendable {
    public var scheme: IndexScheme
    /// By the scheme's group order, then rank, then name.
    public var units: [IndexRankedUnit]
    public var groups: [IndexGroupSummary]
    /// Each field's average points over every unit, in the scheme's order.
    public var fieldAverages: [Double]

    public init(_ results: IndexResults) {
        scheme = results.scheme
        let maximum = results.scheme.maximum
        let maxima = results.scheme.fields.map(\.maximum)
        let groupOrder = Dictionary(results.scheme.groups.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var byGroup: [String: [IndexUnitResult]] = [:]
        for unit in results.units { byGroup[unit.groupKey, default: []].append(unit) }

        var ranked: [IndexRankedUnit] = []
        for (_, members) in byGroup {
            let totals = members.map(\.total)
            let ranks = Self.competitionRanks(totals)
            let lastTotals = members.map(\.lastYearTotal)
            let lastRanks = Self.competitionRanks(lastTotals)
            for (index, unit) in members.enumerated() {
                let percents = zip(unit.final, maxima).map { $0.percent(of: $1) }
                let lastRank = unit.lastYearRank ?? lastRanks[index]
                let best = percents.indices.max { percents[$0] < percents[$1] || (percents[$0] == percents[$1] && $0 > $1) }
                let worst = percents.indices.min { percents[$0] < percents[$1] || (percents[$0] == percents[$1] && $0 < $1) }
                ranked.append(IndexRankedUnit(
                    result: unit, total: totals[index], percent: totals[index].percent(of: maximum), fieldPercents: percents,
                    rank: ranks[index] ?? 0, tier: results.scheme.tier(of: totals[index], maximum: maximum),
                    lastYearRank: lastRank, rankChange: lastRank.map { $0 - (ranks[index] ?? 0) },
                    scoreChange: unit.lastYearTotal.map { totals[index] - $0 }, bestField: best, worstField: worst
                ))
            }
        }
        // Positions are sorted, not the units: moving 2,500 large values about was most of the cost.
        let keys = ranked.map { (group: groupOrder[$0.groupKey] ?? Int.max, key: $0.groupKey, rank: $0.rank) }
        let order = ranked.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.group != b.group { return a.group < b.group }
            if a.key != b.key { return a.key < b.key }
            if a.rank != b.rank { return a.rank < b.rank }
            return VietnameseText.compare(ranked[i].unit, ranked[j].unit) == .orderedAscending
        }
        ranked = order.map { ranked[$0] }
        units = ranked

        groups = results.scheme.groups.map { group in
            let members = ranked.filter { $0.groupKey == group.key }
            let totals = members.map(\.total.value)
            return IndexGroupSummary(
                group: group, count: members.count, averageTotal: Self.mean(totals), medianTotal: Self.median(totals),
                averagePercent: Self.mean(members.map(\.percent)),
                fieldAverages: maxima.indices.map { field in Self.mean(members.map { $0.result.final[field].value }) }
            )
        }
        fieldAverages = maxima.indices.map { field in Self.mean(ranked.map { $0.result.final[field].value }) }
    }

    public func units(in groupKey: String) -> [IndexRankedUnit] { units.filter { $0.groupKey == groupKey } }

    public func summary(of groupKey: String) -> IndexGroupSummary? { groups.first { $0.group.key == groupKey } }

    /// Standard competition ranking: one more than the number of strictly higher values, so
    /// equal values share a rank and the next rank is skipped (1, 2, 2, 4). Nil values stay unranked.
    public static func competitionRanks(_ values: [IndexPoints?]) -> [Int?] {
        let present = values.compactMap { $0 }.sorted(by: >)
        return values.map { value in
            guard let value else { return nil }
            // The number of strictly higher values is the first index holding a value ≤ this one.
            var low = 0, high = present.count
            while low < high {
                let mid = (low + high) / 2
                if present[mid] > value { low = mid + 1 } else { high = mid }
            }
            return low + 1
        }
    }

    /// Where a group's bar chart starts: ten below the tens under its lowest result, so that
    /// differences between units show (a 0.1-point gap is an eighth of a cell at 200 columns).
    public static func chartFloor(_ percents: [Double]) -> Double {
        guard let lowest = percents.min() else { return 0 }
        return max(0, min(90, (lowest / 10).rounded(.down) * 10 - 10))
    }

    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
