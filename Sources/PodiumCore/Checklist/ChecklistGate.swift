/// Items that must be done before a programme segment may start.
public enum ChecklistGate {
    /// The items gating `segmentID` that are not done yet, in id order. Empty means the segment
    /// may start; otherwise the MC is warned with this list and may override with confirmation.
    public static func blocking(segmentID: Int64, in items: [ChecklistItem]) -> [ChecklistItem] {
        items.filter { $0.gatesSegmentID == segmentID && $0.status != .done }.sorted { $0.id < $1.id }
    }

    /// Every item gating `segmentID`, done or not.
    public static func gating(segmentID: Int64, in items: [ChecklistItem]) -> [ChecklistItem] {
        items.filter { $0.gatesSegmentID == segmentID }.sorted { $0.id < $1.id }
    }

    public enum ResolveError: Error, Hashable, Sendable, CustomStringConvertible {
        case noMatch(String)
        case ambiguous(String, [String])

        public var description: String {
            switch self {
            case .noMatch(let text):
                "no programme segment matches \"\(text)\"; give a segment id or part of its title (see the agenda)"
            case .ambiguous(let text, let titles):
                "\"\(text)\" matches several segments (\(titles.joined(separator: "; "))); give more of the title or the segment id"
            }
        }
    }

    /// Finds the segment a person means: an id, an exact title, or one title containing the text,
    /// all compared without accents ("bao cao chi so" finds "Báo cáo Chỉ số …").
    public static func resolveSegment(_ text: String, in segments: [Segment]) throws(ResolveError) -> Segment {
        let trimmed = VietnameseText.normalize(text)
        if let id = Int64(trimmed), let segment = segments.first(where: { $0.id == id }) { return segment }
        let key = VietnameseText.folded(trimmed)
        guard !key.isEmpty else { throw .noMatch(text) }
        if let exact = segments.first(where: { VietnameseText.folded($0.title) == key }) { return exact }
        let matches = segments.filter { VietnameseText.folded($0.title).contains(key) }
        guard let first = matches.first else { throw .noMatch(text) }
        guard matches.count == 1 else { throw .ambiguous(text, matches.map { "\($0.id) \($0.title)" }) }
        return first
    }
}

extension ChecklistItem {
    /// The items that keep `segmentID` from starting: see `ChecklistGate.blocking`.
    public static func blocking(segmentID: Int64, in items: [ChecklistItem]) -> [ChecklistItem] {
        ChecklistGate.blocking(segmentID: segmentID, in: items)
    }
}
