import Foundation

/// One fact appended to the event's journal, with when and by whom. Entries are never changed
/// or deleted; undo is a new entry that reverses an earlier one.
public struct JournalEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var time: Date
    public var operatorName: String
    public var role: Role
    public var fact: JournalFact
    /// The OS account that wrote the entry; "" for entries written before it was recorded.
    public var osUser: String

    public init(id: Int64, time: Date, operatorName: String, role: Role, fact: JournalFact, osUser: String = "") {
        self.id = id
        self.time = time
        self.operatorName = operatorName
        self.role = role
        self.fact = fact
        self.osUser = osUser
    }

    /// The fact's name, "show.start", "checklist.status" …
    public var action: String { fact.name }
}
