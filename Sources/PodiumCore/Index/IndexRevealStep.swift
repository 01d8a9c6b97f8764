/// One press of the MC's next key during the announcement: the units it reveals.
public struct IndexRevealStep: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A single place (several units when they tie).
        case place(rank: Int)
        /// A whole tier (index into the scheme's tiers).
        case tier(Int)
        /// Every unit below the top three, before the top three are named one by one.
        case rest
    }

    public var group: IndexGroup
    public var kind: Kind
    /// The units, best placed first.
    public var units: [IndexRankedUnit]

    public init(group: IndexGroup, kind: Kind, units: [IndexRankedUnit]) {
        self.group = group
        self.kind = kind
        self.units = units
    }

    /// The reveal order for `ranking` in its scheme's mode: group by group in the scheme's order,
    /// each from the bottom up so the announcement ends on first place.
    public static func order(_ ranking: IndexRanking) -> [IndexRevealStep] {
        ranking.scheme.groups.flatMap { group -> [IndexRevealStep] in
            let members = ranking.units(in: group.key)
            guard !members.isEmpty else { return [] }
            let places = Dictionary(grouping: members, by: \.rank).sorted { $0.key > $1.key }
            switch ranking.scheme.reveal {
            case .lastToFirst:
                return places.map { IndexRevealStep(group: group, kind: .place(rank: $0.key), units: $0.value) }
            case .byTier:
                return Dictionary(grouping: members, by: \.tier).sorted { $0.key > $1.key }.map {
                    IndexRevealStep(group: group, kind: .tier($0.key), units: $0.value)
                }
            case .topThreeLast:
                let rest = members.filter { $0.rank > 3 }
                let top = places.filter { $0.key <= 3 }.map { IndexRevealStep(group: group, kind: .place(rank: $0.key), units: $0.value) }
                return (rest.isEmpty ? [] : [IndexRevealStep(group: group, kind: .rest, units: rest)]) + top
            }
        }
    }
}
