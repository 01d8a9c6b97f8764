import Foundation

/// An item as a person types it (in the TUI form or on the command line), before it is checked.
public struct ChecklistDraft: Hashable, Sendable {
    public var title: String
    public var agency: String
    public var owner: String
    /// Empty for no due date; otherwise anything `ChecklistDueParser` reads.
    public var due: String
    /// Empty for no gate; otherwise a segment id or part of its title.
    public var gates: String
    public var notes: String

    public init(title: String = "", agency: String = "", owner: String = "", due: String = "", gates: String = "", notes: String = "") {
        self.title = title
        self.agency = agency
        self.owner = owner
        self.due = due
        self.gates = gates
        self.notes = notes
    }

    /// The draft of an existing item, for editing it.
    public init(_ item: ChecklistItem, segments: [Segment]) {
        self.init(
            title: item.title, agency: item.agency, owner: item.owner,
            due: [item.dueDate?.iso, item.dueTime?.hhmm].compactMap { $0 }.joined(separator: " "),
            gates: item.gatesSegmentID.map { id in segments.first { $0.id == id }?.title ?? "\(id)" } ?? "",
            notes: item.notes
        )
    }

    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case emptyTitle
        case emptyAgency
        case due(ChecklistDueParser.Failure)
        case gates(ChecklistGate.ResolveError)

        public var description: String {
            switch self {
            case .emptyTitle: "the item needs a title saying what must be prepared"
            case .emptyAgency: "the item needs a responsible agency (for example Sở Nội vụ)"
            case .due(let failure): failure.description
            case .gates(let failure): failure.description
            }
        }
    }

    /// The agency already in use that `typed` means: the same name without accents, or else
    /// the only one containing it ("van phong ubnd" → "Văn phòng UBND tỉnh").
    static func knownAgency(_ typed: String, in items: [ChecklistItem]) -> String? {
        let key = VietnameseText.folded(typed)
        var agencies: [String] = []
        for item in items where !agencies.contains(item.agency) { agencies.append(item.agency) }
        if let exact = agencies.first(where: { VietnameseText.folded($0) == key }) { return exact }
        let containing = agencies.filter { VietnameseText.folded($0).contains(key) }
        return containing.count == 1 ? containing[0] : nil
    }

    /// The checked item: `base` keeps its id, status and priority (id 0 for a new item). Text is
    /// normalised to NFC, and an agency typed in short or without accents takes the spelling already in use.
    public func item(base: ChecklistItem? = nil, event: EventData) throws(Problem) -> ChecklistItem {
        var item = base ?? ChecklistItem(id: 0, title: "", agency: "")
        item.title = VietnameseText.normalize(title)
        guard !item.title.isEmpty else { throw .emptyTitle }
        let agency = VietnameseText.normalize(self.agency)
        guard !agency.isEmpty else { throw .emptyAgency }
        item.agency = Self.knownAgency(agency, in: event.checklist) ?? agency
        item.owner = VietnameseText.normalize(owner)
        item.notes = VietnameseText.normalizeLines(notes)
        if due.trimmingCharacters(in: .whitespaces).isEmpty {
            item.dueDate = nil
            item.dueTime = nil
        } else {
            do {
                (item.dueDate, item.dueTime) = try ChecklistDueParser.parse(due, eventDate: event.info.date)
            } catch {
                throw .due(error)
            }
        }
        if gates.trimmingCharacters(in: .whitespaces).isEmpty {
            item.gatesSegmentID = nil
        } else {
            do { item.gatesSegmentID = try ChecklistGate.resolveSegment(gates, in: event.segments).id } catch { throw .gates(error) }
        }
        return item
    }
}
