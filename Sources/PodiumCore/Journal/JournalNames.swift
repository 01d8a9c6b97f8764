/// What a journal entry's ids stand for, so that a person reads "Nguyễn Văn An" rather than
/// "delegate 812". Built once from the event as it is now: a record deleted since then has no
/// name here and is shown by its number.
public struct JournalNames: Sendable {
    private var delegates: [Int64: String]
    private var segments: [Int64: String]
    private var contributions: [Int64: String]
    private var recipients: [Int64: String]
    private var checklistItems: [Int64: String]
    private var facts: [Int64: JournalFact] = [:]

    /// `journal`, when given, names what an undo undid.
    public init(_ event: EventData, journal: [JournalEntry] = []) {
        delegates = Dictionary(event.delegates.map { ($0.id, $0.name) }) { first, _ in first }
        segments = Dictionary(event.segments.map { ($0.id, $0.title) }) { first, _ in first }
        contributions = Dictionary(event.contributions.map { ($0.id, $0.unit) }) { first, _ in first }
        recipients = Dictionary(event.recipients.map { ($0.id, $0.name) }) { first, _ in first }
        checklistItems = Dictionary(event.checklist.map { ($0.id, $0.title) }) { first, _ in first }
        facts = Dictionary(journal.map { ($0.id, $0.fact) }) { first, _ in first }
    }

    /// No names at all: every id is shown by its number.
    public init() {
        delegates = [:]
        segments = [:]
        contributions = [:]
        recipients = [:]
        checklistItems = [:]
    }

    public func delegate(_ id: Int64) -> String? { delegates[id] }
    public func segment(_ id: Int64) -> String? { segments[id] }
    public func contribution(_ id: Int64) -> String? { contributions[id] }
    public func recipient(_ id: Int64) -> String? { recipients[id] }
    public func checklistItem(_ id: Int64) -> String? { checklistItems[id] }
    public func entry(_ id: Int64) -> JournalFact? { facts[id] }
}
