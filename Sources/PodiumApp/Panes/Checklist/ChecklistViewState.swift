import PodiumCore

/// The checklist pane's own settings: how it groups, what it filters by.
public struct ChecklistViewState: Hashable, Sendable {
    public var grouping: ChecklistGrouping = .agency
    /// Typed with `/`; matched without accents (`ChecklistItem.matches`).
    public var filter = ""

    public init() {}
}
