/// A person invited to the conference.
public struct Delegate: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var name: String
    public var title: String
    public var unit: String
    public var groupKey: String
    /// A manual precedence that wins over the rank table (1 = most senior).
    public var precedenceOverride: Int?
    /// The name of the person this delegate attends on behalf of; seated by their own rank.
    public var standInFor: String?
    public var flags: Flags
    public var checkedIn: Bool
    public var note: String

    public struct Flags: OptionSet, Hashable, Sendable, Codable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let speaker = Flags(rawValue: 1)
        public static let awardRecipient = Flags(rawValue: 2)
        public static let press = Flags(rawValue: 4)
    }

    public init(
        id: Int64, name: String, title: String, unit: String, groupKey: String,
        precedenceOverride: Int? = nil, standInFor: String? = nil, flags: Flags = [],
        checkedIn: Bool = false, note: String = ""
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.unit = unit
        self.groupKey = groupKey
        self.precedenceOverride = precedenceOverride
        self.standInFor = standInFor
        self.flags = flags
        self.checkedIn = checkedIn
        self.note = note
    }
}
