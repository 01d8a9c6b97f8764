/// How a province scores its units (DOMAIN.md §4): the fields and their maxima, the tier
/// cut-offs, the groups units are ranked within, and how the result is revealed on stage.
/// Each province sets its own, so every part is data the organiser edits.
public struct IndexScheme: Hashable, Sendable, Codable {
    /// "Chỉ số CCHC năm 2025": shown over rankings and slides.
    public var title: String
    public var fields: [IndexField]
    /// The total the scheme declares (100 in the national scheme); the fields must add up to it.
    public var declaredTotal: IndexPoints
    /// From the highest cut-off down; a unit belongs to the first tier whose cut-off it reaches.
    public var tiers: [IndexTier]
    /// In the order rankings and the reveal take them.
    public var groups: [IndexGroup]
    public var reveal: IndexRevealMode

    public init(
        title: String, fields: [IndexField], declaredTotal: IndexPoints, tiers: [IndexTier] = IndexTier.defaults,
        groups: [IndexGroup], reveal: IndexRevealMode = .lastToFirst
    ) {
        self.title = title
        self.fields = fields
        self.declaredTotal = declaredTotal
        self.tiers = tiers
        self.groups = groups
        self.reveal = reveal
    }

    /// The sum of the fields' maxima.
    public var maximum: IndexPoints { fields.map(\.maximum).sum() }

    public func group(_ key: String) -> IndexGroup? { groups.first { $0.key == key } }

    /// The index of the tier `points` out of `maximum` falls in: the first whose cut-off it
    /// reaches, compared exactly (89.995 % is not 90 %). The last tier catches everything else.
    public func tier(of points: IndexPoints, maximum: IndexPoints) -> Int {
        for (index, tier) in tiers.enumerated() where points.hundredths * 100 >= tier.minimumPercent * maximum.hundredths {
            return index
        }
        return max(0, tiers.count - 1)
    }
}

/// One scored field: "Cải cách thủ tục hành chính", 14 points.
public struct IndexField: Hashable, Sendable, Codable {
    public var name: String
    public var maximum: IndexPoints

    public init(name: String, maximum: IndexPoints) {
        self.name = name
        self.maximum = maximum
    }
}

/// A tier of results: units at or above `minimumPercent` of the maximum (and below the tier above).
public struct IndexTier: Hashable, Sendable, Codable {
    public var name: String
    public var minimumPercent: Int

    public init(name: String, minimumPercent: Int) {
        self.name = name
        self.minimumPercent = minimumPercent
    }

    /// ≥ 90 %, 80–90 %, 70–80 %, < 70 %.
    public static let defaults = [
        IndexTier(name: "Nhóm A", minimumPercent: 90), IndexTier(name: "Nhóm B", minimumPercent: 80),
        IndexTier(name: "Nhóm C", minimumPercent: 70), IndexTier(name: "Nhóm D", minimumPercent: 0),
    ]
}

/// The units ranked together: departments, or communes and wards.
public struct IndexGroup: Hashable, Sendable, Codable {
    public var key: String
    /// "Sở, ban, ngành": read in sentences as "khối sở, ban, ngành".
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}

/// The order the announcement reveals units in, within each group.
public enum IndexRevealMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// One unit a step, from last place to first.
    case lastToFirst = "last-to-first"
    /// One tier a step, the lowest first.
    case byTier = "by-tier"
    /// Everyone below third place in one step, then third, second and first.
    case topThreeLast = "top-three-last"
}
