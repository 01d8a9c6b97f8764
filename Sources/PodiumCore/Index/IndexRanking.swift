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

    /// Where each group's units lie in `units` (a group's units are contiguous), by group key.
    public var groupRanges: [String: Range<Int>]

    public init(_ results: IndexResults) {
        scheme = results.scheme
        let maximum = results.scheme.maximum
        let fieldMaxima = results.scheme.fields.map(\.maximum)
        let fieldCount = fieldMaxima.count

        // Groups by number rather than by key, so that no step below hashes or compares a string
        // per unit: the scheme's groups in its order, then any other key in key order.
        var ordinals: [String: Int] = [:]
        for group in results.scheme.groups where ordinals[group.key] == nil { ordinals[group.key] = ordinals.count }
        // Results files list a group's units together: one lookup per run of them.
        var strays: Set<String> = []
        var lastKey: String?
        for unit in results.units where unit.groupKey != lastKey {
            lastKey = unit.groupKey
            if ordinals[unit.groupKey] == nil { strays.insert(unit.groupKey) }
        }
        for key in strays.sorted() { ordinals[key] = ordinals.count }
        var members = [[Int]](repeating: [], count: ordinals.count)
        lastKey = nil
        var lastOrdinal = 0
        for (index, unit) in results.units.enumerated() {
            if unit.groupKey != lastKey {
                lastKey = unit.groupKey
                lastOrdinal = ordinals[unit.groupKey] ?? 0
            }
            members[lastOrdinal].append(index)
        }
        let totals = results.units.map(\.total)

        var ranked: [IndexRankedUnit] = []
        ranked.reserveCapacity(results.units.count)
        var ranges: [String: Range<Int>] = [:]
        let keysByOrdinal = ordinals.sorted { $0.value < $1.value }.map(\.key)
        for (ordinal, group) in members.enumerated() where !group.isEmpty {
            // Best total first; equal totals share a rank and read in Vietnamese alphabetical
            // order (the collation is asked only within a tie), then in the file's order.
            var order = group.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
            var ranks = [Int](repeating: 0, count: order.count)
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count, totals[order[end]] == totals[order[start]] { end += 1 }
                if end - start > 1 {
                    let tied = Array(order[start..<end])
                    let alphabetical = VietnameseText.alphabeticalOrder(of: tied.map { results.units[$0].unit })
                    order.replaceSubrange(start..<end, with: alphabetical.map { tied[$0] })
                }
                for position in start..<end { ranks[position] = start + 1 }
                start = end
            }
            // Last year's ranks, computed only when some unit's file gave a total but no rank.
            let needsLastRanks = group.contains { results.units[$0].lastYearRank == nil && results.units[$0].lastYearTotal != nil }
            let lastRanks = needsLastRanks ? Self.competitionRanks(order.map { results.units[$0].lastYearTotal }) : []
            let first = ranked.count
            for (position, index) in order.enumerated() {
                let unit = results.units[index]
                let total = totals[index]
                var best: Int?, worst: Int?
                var bestPercent = 0.0, worstPercent = 0.0
                for field in 0..<min(fieldCount, unit.final.count) {
                    let percent = unit.final[field].percent(of: fieldMaxima[field])
                    // The first field wins a tie, for the best as for the worst.
                    if best == nil || percent > bestPercent { best = field; bestPercent = percent }
                    if worst == nil || percent < worstPercent { worst = field; worstPercent = percent }
                }
                let rank = ranks[position]
                let lastRank = unit.lastYearRank ?? (needsLastRanks ? lastRanks[position] : nil)
                ranked.append(IndexRankedUnit(
                    result: unit, total: total, percent: total.percent(of: maximum), fieldMaxima: fieldMaxima,
                    rank: rank, tier: results.scheme.tier(of: total, maximum: maximum),
                    lastYearRank: lastRank, rankChange: lastRank.map { $0 - rank },
                    scoreChange: unit.lastYearTotal.map { total - $0 }, bestField: best, worstField: worst
                ))
            }
            ranges[keysByOrdinal[ordinal]] = first..<ranked.count
        }
        units = ranked
        groupRanges = ranges

        // Sums run over the units in ranking order, so every average is the same to the last bit
        // however the file listed them.
        var provinceSums = [Double](repeating: 0, count: fieldCount)
        var summaries: [String: IndexGroupSummary] = [:]
        for (key, range) in ranges {
            var totalSum = 0.0, percentSum = 0.0
            var fieldSums = [Double](repeating: 0, count: fieldCount)
            // By index, reading fields in place: a copy of each unit costs a dozen retains.
            for position in range {
                totalSum += ranked[position].total.value
                percentSum += ranked[position].percent
                let final = ranked[position].result.final
                for field in 0..<min(fieldCount, final.count) { fieldSums[field] += final[field].value }
            }
            let count = range.count
            // Ranked order is by total, best first: the median is read off it, with no sorting.
            let middle = range.lowerBound + (count - 1) / 2
            let median = count % 2 == 1 ? ranked[middle].total.value : (ranked[middle + 1].total.value + ranked[middle].total.value) / 2
            summaries[key] = IndexGroupSummary(
                group: IndexGroup(key: key, name: key), count: count, averageTotal: totalSum / Double(count), medianTotal: median,
                averagePercent: percentSum / Double(count), fieldAverages: fieldSums.map { $0 / Double(count) }
            )
        }
        for position in ranked.indices {
            let final = ranked[position].result.final
            for field in 0..<min(fieldCount, final.count) { provinceSums[field] += final[field].value }
        }
        groups = results.scheme.groups.map { group in
            guard var summary = summaries[group.key] else {
                return IndexGroupSummary(
                    group: group, count: 0, averageTotal: 0, medianTotal: 0, averagePercent: 0,
                    fieldAverages: [Double](repeating: 0, count: fieldCount)
                )
            }
            summary.group = group
            return summary
        }
        fieldAverages = provinceSums.map { ranked.isEmpty ? 0 : $0 / Double(ranked.count) }
    }

    public func units(in groupKey: String) -> [IndexRankedUnit] { groupRanges[groupKey].map { Array(units[$0]) } ?? [] }

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
