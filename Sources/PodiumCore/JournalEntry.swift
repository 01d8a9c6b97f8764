import Foundation

/// One fact appended to the event's journal. Entries are never changed or deleted;
/// undo is a new entry that reverses an earlier one.
public struct JournalEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var time: Date
    public var operatorName: String
    public var role: Role
    /// A dotted verb such as "event.created", "show.start", "checklist.done".
    public var action: String
    /// A JSON object with the action's details.
    public var payload: String

    public init(id: Int64, time: Date, operatorName: String, role: Role, action: String, payload: String) {
        self.id = id
        self.time = time
        self.operatorName = operatorName
        self.role = role
        self.action = action
        self.payload = payload
    }
}
