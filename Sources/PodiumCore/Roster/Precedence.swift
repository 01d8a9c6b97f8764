/// The protocol order of a roster: 1 is the most senior.
///
/// A delegate's rank is their override when set, otherwise the rank table's rank of their
/// own title — a stand-in is never given the rank of the person they replace. Equal ranks
/// follow the group order, then the roster order (which offices write by seniority, since
/// the date of taking office and the age are not in the roster).
public struct Precedence: Sendable {
    /// Delegate ids, most senior first.
    public let order: [Int64]
    private let positions: [Int64: Int]
    private let ranks: [Int64: Int]

    public init(delegates: [Delegate], groups: [ParticipantGroup], table: RankTable) {
        let groupOrder = Dictionary(groups.map { ($0.key, $0.order) }, uniquingKeysWith: { first, _ in first })
        var ranks: [Int64: Int] = [:]
        var titleRanks: [String: Int] = [:]
        for delegate in delegates {
            if let override = delegate.precedenceOverride {
                ranks[delegate.id] = override
            } else if let known = titleRanks[delegate.title] {
                ranks[delegate.id] = known
            } else {
                let rank = table.rank(ofTitle: delegate.title)
                titleRanks[delegate.title] = rank
                ranks[delegate.id] = rank
            }
        }
        // Each delegate's sort key looked up once, not at every comparison of the sort.
        let keys = delegates.map { delegate in
            (rank: ranks[delegate.id] ?? table.unmatchedRank, group: groupOrder[delegate.groupKey] ?? Int.max, id: delegate.id)
        }
        order = keys.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.group != b.group { return a.group < b.group }
            return a.id < b.id
        }.map(\.id)
        positions = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
        self.ranks = ranks
    }

    public init(_ event: EventData) {
        self.init(delegates: event.delegates, groups: event.groups, table: event.rankTable)
    }

    /// 1 for the most senior delegate; nil for an id not in the roster.
    public func position(of id: Int64) -> Int? { positions[id] }

    /// The rank the delegate was ordered by (their override, or their title's rank).
    public func rank(of id: Int64) -> Int? { ranks[id] }
}
