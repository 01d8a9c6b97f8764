import Foundation

/// Which journal entries a reader asks for: `podium journal --since --operator --action` and the
/// journal overlay share it, so both list the same entries for the same question.
public struct JournalFilter: Hashable, Sendable {
    /// Entries at or after this instant.
    public var since: Date?
    /// The operator's name, compared without accents or case ("nguyen van an" finds "Nguyễn Văn An").
    public var operatorName: String?
    /// A fact's name ("show.next") or the start of one up to a dot ("show", "seat."): every fact of
    /// that area.
    public var action: String?

    public init(since: Date? = nil, operatorName: String? = nil, action: String? = nil) {
        self.since = since
        self.operatorName = operatorName
        self.action = action
    }

    public func admits(_ entry: JournalEntry) -> Bool {
        if let since, entry.time < since { return false }
        if let operatorName, VietnameseText.folded(entry.operatorName) != VietnameseText.folded(operatorName) { return false }
        if let action {
            let area = action.hasSuffix(".") ? action : action + "."
            if entry.action != action && !entry.action.hasPrefix(area) { return false }
        }
        return true
    }
}
