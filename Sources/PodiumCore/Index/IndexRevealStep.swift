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
    /// The units, best placed first. A place's units are a run of the ranking's own array, so a
    /// step shares it rather than copying 2,500 units into a thousand arrays per ranking.
    public var units: ArraySlice<IndexRankedUnit>

    public init(group: IndexGroup, kind: Kind, units: ArraySlice<IndexRankedUnit>) {
        self.group = group
        self.kind = kind
        self.units = units
    }

    /// The reveal order for `ranking` in its scheme's mode: group by group in the scheme's order,
    /// each from the bottom up so the announcement ends on first place.
    public static func order(_ ranking: IndexRanking) -> [IndexRevealStep] {
        ranking.scheme.groups.flatMap { group -> [IndexRevealStep] in
            guard let range = ranking.groupRanges[group.key], !range.isEmpty else { return [] }
            let members = ranking.units[range]
            // The group's units are in ranking order, so each place is one run of them; the
            // steps read the runs from the last.
            var places: [(key: Int, units: ArraySlice<IndexRankedUnit>)] = []
            var end = members.endIndex
            while end > members.startIndex {
                var start = end - 1
                let rank = members[start].rank
                while start > members.startIndex, members[start - 1].rank == rank { start -= 1 }
                places.append((rank, members[start..<end]))
                end = start
            }
            switch ranking.scheme.reveal {
            case .lastToFirst:
                return places.map { IndexRevealStep(group: group, kind: .place(rank: $0.key), units: $0.units) }
            case .byTier:
                // Tiers the organiser orders oddly need not be runs: these are grouped outright.
                return Dictionary(grouping: members, by: \.tier).sorted { $0.key > $1.key }.map {
                    IndexRevealStep(group: group, kind: .tier($0.key), units: $0.value[...])
                }
            case .topThreeLast:
                // Ranked order puts every unit below third place after the top three.
                let rest = members.drop { $0.rank <= 3 }
                let top = places.filter { $0.key <= 3 }.map { IndexRevealStep(group: group, kind: .place(rank: $0.key), units: $0.units) }
                return (rest.isEmpty ? [] : [IndexRevealStep(group: group, kind: .rest, units: rest)]) + top
            }
        }
    }
}
