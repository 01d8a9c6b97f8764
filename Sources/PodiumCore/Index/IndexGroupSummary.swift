/// A group's figures for the report: how many units, their average and median totals.
public struct IndexGroupSummary: Hashable, Sendable {
    public var group: IndexGroup
    public var count: Int
    public var averageTotal: Double
    public var medianTotal: Double
    public var averagePercent: Double
    /// Each field's average points within the group, in the scheme's order.
    public var fieldAverages: [Double]
}
