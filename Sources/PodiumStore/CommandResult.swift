import PodiumCore

/// What a command's write gives back for its caller to print or show.
public enum CommandResult: Sendable {
    case nothing
    case checklistItem(ChecklistItem)
    case segment(Segment)
    case contribution(Contribution)
    case delegate(Delegate)
    /// The stand-in as they joined the roster and the seat they took (nil: the absent delegate had none).
    case standIn(Delegate, seat: String?)
    case decision(AwardDecision)
    case recipient(AwardRecipient)
    case batchReport(AwardBatching.Report)
    case awardPlan(AwardPlan)
    /// The journal entry of a live step (the last one recorded).
    case entry(JournalEntry)
    /// The event as the write left it (seating, groups).
    case event(EventData)
    case autoAssigned(EventData, unseated: [Int64])
    /// Whether the role table changed (a grant it already held changes nothing).
    case changed(Bool)
    case indexReveal(IndexRevealProgress)

    public var checklistItem: ChecklistItem? { if case .checklistItem(let item) = self { item } else { nil } }
    public var segment: Segment? { if case .segment(let segment) = self { segment } else { nil } }
    public var contribution: Contribution? { if case .contribution(let value) = self { value } else { nil } }
    public var delegate: Delegate? {
        switch self {
        case .delegate(let delegate), .standIn(let delegate, _): delegate
        default: nil
        }
    }
    public var recipient: AwardRecipient? { if case .recipient(let value) = self { value } else { nil } }
    public var decision: AwardDecision? { if case .decision(let value) = self { value } else { nil } }
    public var event: EventData? {
        switch self {
        case .event(let event), .autoAssigned(let event, _): event
        default: nil
        }
    }
    public var entry: JournalEntry? { if case .entry(let value) = self { value } else { nil } }
    public var awardPlan: AwardPlan? { if case .awardPlan(let value) = self { value } else { nil } }
    public var batchReport: AwardBatching.Report? { if case .batchReport(let value) = self { value } else { nil } }
    public var unseated: [Int64]? { if case .autoAssigned(_, let value) = self { value } else { nil } }
    public var indexRevealProgress: IndexRevealProgress? { if case .indexReveal(let value) = self { value } else { nil } }
    /// The seat a stand-in took.
    public var seat: String? { if case .standIn(_, let seat) = self { seat } else { nil } }
    public var changed: Bool { if case .changed(let value) = self { value } else { true } }
}
