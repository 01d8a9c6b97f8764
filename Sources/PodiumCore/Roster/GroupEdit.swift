/// A change to one participant group — name, short label, place in precedence, seating block —
/// checked and applied to the whole event at once, so the groups and the seating settings that
/// name them change together or not at all. The same function serves the CLI and the TUI.
public struct GroupEdit: Hashable, Sendable {
    /// Where a group sits: with the leaders (presidium and front rows), in the hall's blocks,
    /// or with the press at the side.
    public enum Block: String, Hashable, Sendable, CaseIterable { case leaders, hall, press }

    public var groupKey: String
    public var name: String?
    public var shortLabel: String?
    /// 1 = first; the others move to make room.
    public var order: Int?
    public var block: Block?
    /// From a form: the newest journal entry the form's view showed. The groups are journalled
    /// as a whole (a renumbering moves the others), so any change to them after it refuses the
    /// edit with who made it; nil applies it to the groups as they are (the command line).
    public var basedOn: Int64?

    public enum Problem: Error, Hashable, Sendable {
        case noSuchGroup(String)
        case emptyName
        /// Another group is already called that (case, spaces and diacritics aside).
        case nameTaken(String)
        case badOrder(String, count: Int)
        case badBlock(String)
    }

    public init(
        groupKey: String, name: String? = nil, shortLabel: String? = nil, order: Int? = nil, block: Block? = nil, basedOn: Int64? = nil
    ) {
        self.groupKey = groupKey
        self.basedOn = basedOn
        self.name = name
        self.shortLabel = shortLabel
        self.order = order
        self.block = block
    }

    /// The group named by `text`: its number in precedence, its key, or its name.
    public static func group(_ text: String, in groups: [ParticipantGroup]) throws(Problem) -> ParticipantGroup {
        let sorted = groups.sorted { $0.order < $1.order }
        let trimmed = text.trimmingSpaces
        if let number = Int(trimmed), sorted.indices.contains(number - 1) { return sorted[number - 1] }
        if let found = sorted.first(where: { $0.key == trimmed }) ?? ParticipantGroup.match(trimmed, in: sorted) { return found }
        throw .noSuchGroup(trimmed)
    }

    /// The block typed: its code or its name in either language.
    public static func block(typed text: String) throws(Problem) -> Block {
        switch VietnameseText.folded(text) {
        case "leaders", "lanh dao", "chu toa": return .leaders
        case "hall", "hoi truong", "dai bieu": return .hall
        case "press", "bao chi": return .press
        default: throw .badBlock(text.trimmingSpaces)
        }
    }

    /// The block a group sits in now.
    public static func block(of key: String, _ settings: SeatingSettings) -> Block {
        if settings.leaderGroups.contains(key) { return .leaders }
        if settings.pressGroups.contains(key) { return .press }
        return .hall
    }

    public func applied(to event: EventData) throws(Problem) -> EventData {
        var event = event
        var groups = event.groups.sorted { $0.order < $1.order }
        guard let index = groups.firstIndex(where: { $0.key == groupKey }) else { throw .noSuchGroup(groupKey) }
        if let name {
            let clean = VietnameseText.normalize(Sanitizer.clean(name, keepNewlines: false))
            guard !clean.isEmpty else { throw .emptyName }
            if let other = groups.first(where: { $0.key != groupKey && FoldedName.fold($0.name) == FoldedName.fold(clean) }) {
                throw .nameTaken(other.name)
            }
            groups[index].name = clean
        }
        if let shortLabel { groups[index].shortLabel = VietnameseText.normalize(Sanitizer.clean(shortLabel, keepNewlines: false)) }
        if let order {
            guard (1...groups.count).contains(order) else { throw .badOrder(String(order), count: groups.count) }
            let moved = groups.remove(at: index)
            groups.insert(moved, at: order - 1)
        }
        for i in groups.indices { groups[i].order = i + 1 }
        event.groups = groups
        if let block {
            var settings = event.seating.settings
            settings.leaderGroups.removeAll { $0 == groupKey }
            settings.pressGroups.removeAll { $0 == groupKey }
            switch block {
            case .leaders: settings.leaderGroups.append(groupKey)
            case .press: settings.pressGroups.append(groupKey)
            case .hall: break
            }
            event.seating.settings = settings
        }
        return event
    }
}
