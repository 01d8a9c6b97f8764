/// How many of each thing an event file holds; `seats` is derived from the hall.
public struct EventCounts: Hashable, Sendable, Codable {
    public var segments: Int
    public var groups: Int
    public var delegates: Int
    public var contributions: Int
    public var seats: Int
    public var recipients: Int
    public var checklistItems: Int
    public var journalEntries: Int

    public init(
        segments: Int = 0, groups: Int = 0, delegates: Int = 0, contributions: Int = 0, seats: Int = 0,
        recipients: Int = 0, checklistItems: Int = 0, journalEntries: Int = 0
    ) {
        self.segments = segments
        self.groups = groups
        self.delegates = delegates
        self.contributions = contributions
        self.seats = seats
        self.recipients = recipients
        self.checklistItems = checklistItems
        self.journalEntries = journalEntries
    }
}
