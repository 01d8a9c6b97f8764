/// One unit as the ranking sees it: its totals, percentages, place, tier and change on last year.
public struct IndexRankedUnit: Hashable, Sendable {
    public var result: IndexUnitResult
    public var total: IndexPoints
    /// The index: the total as % of the scheme's maximum.
    public var percent: Double
    /// The scheme's field maxima, one array shared by every unit of a ranking: each unit's
    /// sub-indexes are read from it when drawn, rather than kept as an array per unit (2,500
    /// allocations per ranking for figures only the selected unit's card shows).
    public var fieldMaxima: [IndexPoints]
    /// 1-based, shared by equal totals within the group (1, 2, 2, 4).
    public var rank: Int
    /// Index into the scheme's tiers.
    public var tier: Int
    public var lastYearRank: Int?
    /// Places gained since last year (positive is up); nil without last year's rank.
    public var rankChange: Int?
    public var scoreChange: IndexPoints?
    /// Field indexes of the highest and lowest sub-index (the first field wins a tie).
    public var bestField: Int?
    public var worstField: Int?

    /// Each field's sub-index: its points as % of that field's maximum.
    public func fieldPercent(_ field: Int) -> Double { result.final[field].percent(of: fieldMaxima[field]) }

    /// Every field's sub-index, in the scheme's order.
    public var fieldPercents: [Double] { (0..<fieldCount).map(fieldPercent) }

    /// The fields this unit has points for.
    public var fieldCount: Int { min(fieldMaxima.count, result.final.count) }

    public var unit: String { result.unit }
    public var groupKey: String { result.groupKey }
}
