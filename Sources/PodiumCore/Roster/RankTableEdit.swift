/// A change to the rank table, checked the same way from the command line and the TUI's form:
/// a title given once, a rank a whole number above 0.
public enum RankTableEdit: Hashable, Sendable {
    /// Gives `pattern` the rank `rank`: a new rule, or the existing rule for that title changed.
    case set(pattern: String, rank: Int)
    /// Removes the rule for `pattern`.
    case remove(pattern: String)
    /// Replaces every rule with these (a whole table typed or pasted in one form).
    case replace([RankTable.Rule])

    public enum Problem: Error, Hashable, Sendable {
        case emptyTitle
        case badRank(String)
        /// The same title (case, spaces and diacritics aside) given twice in one table.
        case duplicateTitle(String)
        case noSuchTitle(String)
    }

    public func applied(to table: RankTable) throws(Problem) -> RankTable {
        var table = table
        switch self {
        case .set(let pattern, let rank):
            let clean = VietnameseText.normalize(pattern)
            guard !clean.isEmpty else { throw .emptyTitle }
            guard rank > 0 else { throw .badRank(String(rank)) }
            if let index = table.rules.firstIndex(where: { Self.sameTitle($0.pattern, clean) }) {
                table.rules[index] = RankTable.Rule(clean, rank: rank)
            } else {
                table.rules.append(RankTable.Rule(clean, rank: rank))
            }
        case .remove(let pattern):
            guard let index = table.rules.firstIndex(where: { Self.sameTitle($0.pattern, pattern) }) else {
                throw .noSuchTitle(VietnameseText.normalize(pattern))
            }
            table.rules.remove(at: index)
        case .replace(let rules):
            var seen: Set<String> = []
            var cleaned: [RankTable.Rule] = []
            for rule in rules {
                let clean = VietnameseText.normalize(rule.pattern)
                guard !clean.isEmpty else { throw .emptyTitle }
                guard rule.rank > 0 else { throw .badRank(String(rule.rank)) }
                guard seen.insert(VietnameseText.folded(clean)).inserted else { throw .duplicateTitle(clean) }
                cleaned.append(RankTable.Rule(clean, rank: rule.rank))
            }
            table.rules = cleaned
        }
        return table
    }

    /// Reads a rank table typed as "title = rank" pairs separated by ";" (or new lines).
    public static func rules(parsing text: String) throws(Problem) -> [RankTable.Rule] {
        var rules: [RankTable.Rule] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let piece = String(part).trimmingSpaces
            guard !piece.isEmpty else { continue }
            guard let equals = piece.lastIndex(of: "=") else { throw .badRank(piece) }
            let title = String(piece[..<equals]).trimmingSpaces
            let rankText = String(piece[piece.index(after: equals)...]).trimmingSpaces
            guard !title.isEmpty else { throw .emptyTitle }
            guard let rank = Int(rankText), rank > 0 else { throw .badRank(rankText) }
            rules.append(RankTable.Rule(title, rank: rank))
        }
        return rules
    }

    /// A rank typed by a person: a whole number above 0.
    public static func rank(parsing text: String) throws(Problem) -> Int {
        guard let rank = Int(text.trimmingSpaces), rank > 0 else { throw .badRank(text.trimmingSpaces) }
        return rank
    }

    static func sameTitle(_ a: String, _ b: String) -> Bool { VietnameseText.folded(a) == VietnameseText.folded(b) }
}

/// How a change of ranks moves the presidium: the delegates who would sit at the table
/// (the hall's presidium seats, filled from the leader groups in precedence) before and after.
public struct PresidiumPreview: Hashable, Sendable {
    public var before: [Delegate]
    public var after: [Delegate]

    public init(event: EventData, changed: EventData) {
        before = Self.presidium(event)
        after = Self.presidium(changed)
    }

    public var isUnchanged: Bool { before.map(\.id) == after.map(\.id) }
    /// Who joins the table, and who leaves it.
    public var joining: [Delegate] { after.filter { a in !before.contains { $0.id == a.id } } }
    public var leaving: [Delegate] { before.filter { b in !after.contains { $0.id == b.id } } }

    static func presidium(_ event: EventData) -> [Delegate] {
        let leaders = Set(event.seating.settings.leaderGroups)
        let byID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = Precedence(event).order.compactMap { byID[$0] }.filter { leaders.contains($0.groupKey) }
        return Array(ordered.prefix(event.hall.presidiumSeats))
    }
}
