/// One unit as the ranking sees it: its totals, percentages, place, tier and change on last year.
public struct IndexRankedUnit: Hashable, Sendable {
    public var result: IndexUnitResult
    public var total: IndexPoints
    /// The index: the total as % of the scheme's maximum.
    public var percent: Double
    /// Each field's sub-index: its points as % of that field's maximum.
    public var fieldPercents: [Double]
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

    public var unit: String { result.unit }
    public var groupKey: String { result.groupKey }
}
