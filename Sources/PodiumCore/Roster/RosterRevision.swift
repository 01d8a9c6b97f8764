/// A revised delegate list against the roster already in the event: who is new, who changed
/// (title, unit or group) and who is gone, before anything changes. People are matched by
/// name and unit (case, spacing and diacritics ignored), then by name alone when that name is
/// unique on both sides (someone whose unit changed). Updated people keep their id, so their
/// seat, check-in and stand-in stay.
public struct RosterRevision: Hashable, Sendable {
    public struct Change: Hashable, Sendable {
        public var old: Delegate
        public var new: Delegate
        /// "title", "unit", "group".
        public var fields: [String]
    }

    public var added: [Delegate]
    public var changed: [Change]
    public var gone: [Delegate]
    public var unchanged: Int

    /// What to do with each category.
    public struct Choices: Hashable, Sendable {
        public enum New: String, CaseIterable, Sendable { case add, skip }
        public enum Changed: String, CaseIterable, Sendable { case update, skip }
        public enum Gone: String, CaseIterable, Sendable { case keep, remove }
        public var new: New
        public var changed: Changed
        public var gone: Gone
        public init(new: New = .add, changed: Changed = .update, gone: Gone = .keep) {
            self.new = new
            self.changed = changed
            self.gone = gone
        }
    }

    /// `awardAttendees` are the delegates the award list put on the roster (or marked): an
    /// invitation list does not name them, so they are never "gone" for lacking from it. Nor
    /// are stand-ins, who joined at the door for someone the list does name.
    public init(incoming: [Delegate], existing: [Delegate], awardAttendees: Set<Int64> = []) {
        func key(_ d: Delegate) -> String { VietnameseText.folded(d.name) + "|" + VietnameseText.folded(d.unit) }
        var byKey: [String: Delegate] = [:]
        for d in existing where byKey[key(d)] == nil { byKey[key(d)] = d }
        var matchedIDs = Set<Int64>()
        var pairs: [(Delegate, Delegate?)] = []
        for d in incoming {
            if let old = byKey[key(d)], !matchedIDs.contains(old.id) {
                matchedIDs.insert(old.id)
                pairs.append((d, old))
            } else {
                pairs.append((d, nil))
            }
        }
        // Someone whose unit changed: the same name, once, on both sides of what is left.
        let leftOld = existing.filter { !matchedIDs.contains($0.id) }
        let oldByName = Dictionary(grouping: leftOld) { VietnameseText.folded($0.name) }
        let newByName = Dictionary(grouping: pairs.filter { $0.1 == nil }.map(\.0)) { VietnameseText.folded($0.name) }
        var added: [Delegate] = []
        var changed: [Change] = []
        var unchanged = 0
        for (new, old) in pairs {
            let name = VietnameseText.folded(new.name)
            let match = old ?? ((oldByName[name]?.count == 1 && newByName[name]?.count == 1) ? oldByName[name]?.first : nil)
            guard let match else {
                added.append(new)
                continue
            }
            matchedIDs.insert(match.id)
            // Case and spacing alone are no change; a diacritic corrected is.
            func differs(_ a: String, _ b: String) -> Bool { VietnameseText.normalize(a).lowercased() != VietnameseText.normalize(b).lowercased() }
            var fields: [String] = []
            if differs(new.title, match.title) { fields.append("title") }
            if differs(new.unit, match.unit) { fields.append("unit") }
            if new.groupKey != match.groupKey { fields.append("group") }
            if fields.isEmpty {
                unchanged += 1
            } else {
                changed.append(Change(old: match, new: new, fields: fields))
            }
        }
        self.added = added
        self.changed = changed
        gone = existing.filter { !matchedIDs.contains($0.id) && !awardAttendees.contains($0.id) && $0.standInFor == nil }
        self.unchanged = unchanged
    }

    /// The event after the revision with `choices`. Updated people keep id, seat, check-in,
    /// stand-in and flags; removed people lose their seat with them.
    public func applied(to event: EventData, _ choices: Choices) -> EventData {
        var event = event
        if choices.changed == .update {
            let updates = Dictionary(uniqueKeysWithValues: changed.map { ($0.old.id, $0.new) })
            for index in event.delegates.indices {
                guard let new = updates[event.delegates[index].id] else { continue }
                event.delegates[index].title = new.title
                event.delegates[index].unit = new.unit
                event.delegates[index].groupKey = new.groupKey
                if !new.note.isEmpty { event.delegates[index].note = new.note }
            }
        }
        if choices.gone == .remove {
            let removed = Set(gone.map(\.id))
            event.delegates.removeAll { removed.contains($0.id) }
            event.seating.assignments.removeAll { removed.contains($0.delegateID) }
        }
        if choices.new == .add {
            var nextID = (event.delegates.map(\.id).max() ?? 0) + 1
            for var d in added {
                d.id = nextID
                nextID += 1
                event.delegates.append(d)
            }
        }
        return event
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && gone.isEmpty }
}
