/// How the checklist is arranged on screen and in reports.
public enum ChecklistGrouping: String, CaseIterable, Hashable, Sendable {
    case agency, dueTime, status

    public var next: ChecklistGrouping {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// One heading and the items under it.
public struct ChecklistGroup: Hashable, Sendable {
    public enum Key: Hashable, Sendable {
        case agency(String)
        /// Nil: items without a due date, listed last.
        case dueDate(CivilDate?)
        case status(ChecklistItem.Status)
    }

    public var key: Key
    public var items: [ChecklistItem]

    public var done: Int { items.filter { $0.status == .done }.count }
    public var total: Int { items.count }
    /// 0…1; an empty group counts as complete.
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
}

extension ChecklistGroup {
    /// Groups `items`: by agency in the order agencies first appear (the plan's order), items by id;
    /// by due date, earliest first, undated last, items by due time then id; by status, the ones
    /// needing attention first (blocked, doing, todo, done).
    public static func make(_ items: [ChecklistItem], by grouping: ChecklistGrouping) -> [ChecklistGroup] {
        let byID = items.sorted { $0.id < $1.id }
        switch grouping {
        case .agency:
            return ordered(byID) { .agency($0.agency) }
        case .dueTime:
            let sorted = byID.sorted { lhs, rhs in
                switch (lhs.dueMoment, rhs.dueMoment) {
                case let (l?, r?) where l != r: return l < r
                case (_?, nil): return true
                case (nil, _?): return false
                default: return lhs.id < rhs.id
                }
            }
            return ordered(sorted) { .dueDate($0.dueDate) }
        case .status:
            let order: [ChecklistItem.Status] = [.blocked, .doing, .todo, .done]
            return order.compactMap { status in
                let list = byID.filter { $0.status == status }
                return list.isEmpty ? nil : ChecklistGroup(key: .status(status), items: list)
            }
        }
    }

    private static func ordered(_ items: [ChecklistItem], key: (ChecklistItem) -> Key) -> [ChecklistGroup] {
        var groups: [ChecklistGroup] = []
        var index: [Key: Int] = [:]
        for item in items {
            let k = key(item)
            if let i = index[k] {
                groups[i].items.append(item)
            } else {
                index[k] = groups.count
                groups.append(ChecklistGroup(key: k, items: [item]))
            }
        }
        return groups
    }
}

extension ChecklistItem {
    /// True when every word of `query` occurs, accent- and case-insensitively, in the title,
    /// agency, owner, notes or blocked reason. An empty query matches everything.
    public func matches(_ query: String) -> Bool {
        let words = VietnameseText.folded(query).split(separator: " ")
        guard !words.isEmpty else { return true }
        let haystack = VietnameseText.folded([title, agency, owner, notes, blockedReason].joined(separator: " "))
        return words.allSatisfy { haystack.contains($0) }
    }

    public static func filtered(_ items: [ChecklistItem], by query: String) -> [ChecklistItem] {
        items.filter { $0.matches(query) }
    }
}
