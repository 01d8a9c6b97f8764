/// The participant groups a delegate list names that the event lacks, proposed for creation
/// before the import: each with how many rows name it and its place in precedence (after the
/// event's own groups, in the order the file first names them; the person may move them).
/// Values differing only in case, spacing or diacritics are one group.
public struct GroupProposal: Hashable, Sendable {
    public struct NewGroup: Hashable, Sendable {
        /// As the file first spells it.
        public var name: String
        public var key: String
        public var rows: Int
        public var firstLine: Int
        public var level: ParticipantGroup.Level
    }

    /// In precedence order.
    public private(set) var groups: [NewGroup]

    /// `values` are the group column's text per row with its line; `mapping` sends a file's
    /// text (folded) onto an existing group, which is then not proposed.
    public init(values: [(line: Int, text: String)], existing: [ParticipantGroup], mapping: [String: String] = [:]) {
        var found: [String: Int] = [:]
        var placed = Set<String>()
        var groups: [NewGroup] = []
        var keys = Set(existing.map(\.key))
        let matcher = ParticipantGroup.Matcher(existing)
        for (line, text) in values {
            let folded = Self.fold(text)
            guard !folded.isEmpty, mapping[folded] == nil, !placed.contains(folded) else { continue }
            if let index = found[folded] {
                groups[index].rows += 1
                continue
            }
            // The matcher decides what the event already has (once per distinct text); only
            // what it cannot place is new.
            guard matcher.match(text) == nil else {
                placed.insert(folded)
                continue
            }
            let name = VietnameseText.normalize(text)
            let level = Self.level(folded)
            let key = Self.uniqueKey(folded, level: level, taken: keys)
            keys.insert(key)
            found[folded] = groups.count
            groups.append(NewGroup(name: name, key: key, rows: 1, firstLine: line, level: level))
        }
        self.groups = groups
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// Moves the group at `index` to `position` (both 0-based) in the proposed precedence.
    public mutating func move(_ index: Int, to position: Int) {
        guard groups.indices.contains(index) else { return }
        let group = groups.remove(at: index)
        groups.insert(group, at: max(0, min(position, groups.count)))
    }

    /// Puts the groups named in `names` (folded) first, in that order; the others keep theirs.
    public mutating func order(_ names: [String]) {
        let wanted = names.map(Self.fold)
        groups.sort { a, b in
            let ia = wanted.firstIndex(of: Self.fold(a.name)) ?? Int.max
            let ib = wanted.firstIndex(of: Self.fold(b.name)) ?? Int.max
            return ia < ib
        }
    }

    /// The event's groups with the proposed ones added after them.
    public func applied(to existing: [ParticipantGroup]) -> [ParticipantGroup] {
        var result = existing
        var nextID = (existing.map(\.id).max() ?? 0) + 1
        var order = (existing.map(\.order).max() ?? 0) + 1
        for group in groups {
            result.append(ParticipantGroup(
                id: nextID, key: group.key, name: group.name, order: order, level: group.level,
                aliases: [], shortLabel: group.name.count <= 16 ? group.name : ""
            ))
            nextID += 1
            order += 1
        }
        return result
    }

    /// The comparison form of a group's text: case, diacritics and spacing ignored.
    public static func fold(_ text: String) -> String { VietnameseText.folded(text) }

    /// Communes and wards seat as communes, the press and guests as guests; the rest are province bodies.
    private static func level(_ folded: String) -> ParticipantGroup.Level {
        let words = Set(folded.split { !$0.isLetter }.map(String.init))
        if words.contains("xa") || words.contains("phuong") { return .commune }
        if folded.contains("bao chi") || folded.contains("thong tan") || folded.contains("khach") { return .guest }
        return .province
    }

    /// A stable key from the name ("bao-chi"); the press keeps the key the seating rules know.
    private static func uniqueKey(_ folded: String, level: ParticipantGroup.Level, taken: Set<String>) -> String {
        let isPress = folded.contains("bao chi") || folded.contains("thong tan")
        let base = isPress && !taken.contains("press")
            ? "press"
            : String(folded.map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
        var key = base.isEmpty ? "group" : base
        var suffix = 2
        while taken.contains(key) {
            key = "\(base)-\(suffix)"
            suffix += 1
        }
        return key
    }
}
