/// Everything an event holds, as plain values: what the store loads and the views render.
public struct EventData: Hashable, Sendable {
    public var info: EventInfo
    public var segments: [Segment]
    public var groups: [ParticipantGroup]
    public var delegates: [Delegate]
    public var contributions: [Contribution]
    public var decisions: [AwardDecision]
    public var recipients: [AwardRecipient]
    public var checklist: [ChecklistItem]
    public var hall: Hall
    /// Titles to ranks for precedence; editable per event.
    public var rankTable: RankTable
    /// Who sits where, and the settings auto-assignment follows.
    public var seating: SeatingPlan
    /// Award batches, presenters, script edits and the ceremony's settings.
    public var awardPlan: AwardPlan
    /// The PAR index: its scheme and every unit's scores (empty until results are imported).
    public var index: IndexResults

    public init(
        info: EventInfo, segments: [Segment] = [], groups: [ParticipantGroup] = [],
        delegates: [Delegate] = [], contributions: [Contribution] = [], decisions: [AwardDecision] = [],
        recipients: [AwardRecipient] = [], checklist: [ChecklistItem] = [], hall: Hall = .empty,
        rankTable: RankTable = .standard, seating: SeatingPlan = SeatingPlan(),
        awardPlan: AwardPlan = AwardPlan(), index: IndexResults = .empty
    ) {
        self.info = info
        self.segments = segments
        self.groups = groups
        self.delegates = delegates
        self.contributions = contributions
        self.decisions = decisions
        self.recipients = recipients
        self.checklist = checklist
        self.hall = hall
        self.rankTable = rankTable
        self.seating = seating
        self.awardPlan = awardPlan
        self.index = index
    }

    /// A new event with nothing in it but its title, date and window.
    public static func blank(title: String, date: CivilDate, startTime: ClockTime = ClockTime(hour: 8, minute: 0)) -> EventData {
        EventData(info: EventInfo(
            title: title, planNumber: "", date: date, startTime: startTime,
            windowMinutes: 240, venue: "", organiser: ""
        ))
    }

    public func group(forKey key: String) -> ParticipantGroup? {
        groups.first { $0.key == key }
    }
}
