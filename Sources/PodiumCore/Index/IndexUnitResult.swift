/// One unit's scores: per field, in the scheme's order. The final points are what ranks; the
/// self-assessed and appraised points are kept when the file carries them (DOMAIN.md §4).
public struct IndexUnitResult: Hashable, Sendable, Codable {
    public var unit: String
    public var groupKey: String
    public var final: [IndexPoints]
    public var selfAssessed: [IndexPoints]?
    public var appraised: [IndexPoints]?
    public var lastYearTotal: IndexPoints?
    /// Given by the file, or nil to have it computed from last year's totals within the group.
    public var lastYearRank: Int?

    public init(
        unit: String, groupKey: String, final: [IndexPoints], selfAssessed: [IndexPoints]? = nil,
        appraised: [IndexPoints]? = nil, lastYearTotal: IndexPoints? = nil, lastYearRank: Int? = nil
    ) {
        self.unit = unit
        self.groupKey = groupKey
        self.final = final
        self.selfAssessed = selfAssessed
        self.appraised = appraised
        self.lastYearTotal = lastYearTotal
        self.lastYearRank = lastYearRank
    }

    public var total: IndexPoints { final.sum() }
}
