/// Something an agency must prepare, from the plan's section IV.2 or added by an organiser.
public struct ChecklistItem: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var title: String
    public var agency: String
    public var owner: String
    /// Due date and time in the event's local time; nil when the plan sets none.
    public var dueDate: CivilDate?
    public var dueTime: ClockTime?
    public var status: Status
    public var blockedReason: String
    public var priority: Priority
    public var notes: String
    /// The segment that must not start before this item is done.
    public var gatesSegmentID: Int64?

    public enum Status: String, CaseIterable, Hashable, Sendable, Codable { case todo, doing, done, blocked }
    public enum Priority: String, CaseIterable, Hashable, Sendable, Codable { case high, normal, low }

    public init(
        id: Int64, title: String, agency: String, owner: String = "", dueDate: CivilDate? = nil,
        dueTime: ClockTime? = nil, status: Status = .todo, blockedReason: String = "",
        priority: Priority = .normal, notes: String = "", gatesSegmentID: Int64? = nil
    ) {
        self.id = id
        self.title = title
        self.agency = agency
        self.owner = owner
        self.dueDate = dueDate
        self.dueTime = dueTime
        self.status = status
        self.blockedReason = blockedReason
        self.priority = priority
        self.notes = notes
        self.gatesSegmentID = gatesSegmentID
    }
}
