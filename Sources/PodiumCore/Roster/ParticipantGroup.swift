/// A block of participants (thành phần), listed in the plan's section III.3.
/// `key` is the stable identifier used by seating rules and theme colours.
public struct ParticipantGroup: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var key: String
    public var name: String
    /// Order of the block in the hall and in introductions.
    public var order: Int
    public var level: Level
    /// Other ways spreadsheets name this group ("Sở, ban, ngành" for departments).
    public var aliases: [String]
    /// A few words for tight places (a seating legend, a count column): "Sở, ngành" for
    /// "Lãnh đạo các sở, ban, ngành tỉnh". Empty until someone gives one.
    public var shortLabel: String

    public enum Level: String, Hashable, Sendable, Codable { case province, commune, guest }

    public init(
        id: Int64, key: String, name: String, order: Int, level: Level, aliases: [String] = [], shortLabel: String = ""
    ) {
        self.id = id
        self.key = key
        self.name = name
        self.order = order
        self.level = level
        self.aliases = aliases
        self.shortLabel = shortLabel
    }

    /// The short label, or the name when the group has none.
    public var label: String { shortLabel.isEmpty ? name : shortLabel }

    /// The group whose key, name or alias equals `text` once case and diacritics are ignored.
    public static func match(_ text: String, in groups: [ParticipantGroup]) -> ParticipantGroup? {
        Matcher(groups).match(text)
    }

    /// The groups' keys, names and aliases folded once, for matching every row of an import
    /// against them: a look-up per row instead of folding every name again.
    public struct Matcher: Sendable {
        private var byName: [String: ParticipantGroup] = [:]

        public init(_ groups: [ParticipantGroup]) {
            // The first group to claim a name keeps it, as a search in order would find it.
            for group in groups {
                for name in [group.key, group.name] + group.aliases {
                    let folded = FoldedName.fold(name)
                    if !folded.isEmpty, byName[folded] == nil { byName[folded] = group }
                }
            }
        }

        public func match(_ text: String) -> ParticipantGroup? {
            byName[FoldedName.fold(text)]
        }
    }
}
