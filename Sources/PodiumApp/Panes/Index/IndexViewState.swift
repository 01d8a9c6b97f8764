import PodiumCore
import TermCore

/// How pane 6 is filtered, sorted and shown: one group at a time (ranks are within a group),
/// optionally one tier, a sort column, a search without accents, and which extras are drawn.
public struct IndexViewState: Hashable, Sendable {
    /// Index into the scheme's groups.
    public var group = 0
    /// Index into the scheme's tiers, or nil for every tier.
    public var tier: Int?
    public var sort: SortColumn = .rank
    /// Against the column's natural order (rank ascending, points descending …).
    public var reversed = false

    /// Whether the values run from high to low, for the arrow beside the sort: points and rank
    /// changes list the highest first, rank, name and tier the lowest (1, A, the best tier).
    public var descending: Bool { (sort == .total || sort == .change) != reversed }
    public var search = TextField()
    /// True while the search line takes the keys.
    public var searching = false
    /// At narrow widths the chart column shows the heat map instead of the bars.
    public var heatMap = false
    /// At narrow widths the unit card replaces the table.
    public var card = false

    public init() {}

    public enum SortColumn: Int, CaseIterable, Hashable, Sendable {
        case rank, unit, total, tier, change
    }
}

/// What pane 6's keys ask for; see `AppState+Index`.
public enum IndexPaneAction: Hashable, Sendable {
    case nextGroup, nextTier, nextSort, reverseSort, startSearch, toggleView, toggleCard
    case searchKey(Key)
    case reveal(IndexRevealAction)
}
