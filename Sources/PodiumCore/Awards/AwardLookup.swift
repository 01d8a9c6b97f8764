/// Finds a recipient or a delegate from what someone typed: an id, or a name with or without
/// accents. Several matches are an error that lists them, so nothing changes by guesswork.
public enum AwardLookup {
    public static func recipient(_ text: String, in recipients: [AwardRecipient]) throws(AwardError) -> AwardRecipient {
        let trimmed = VietnameseText.normalize(text)
        if let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed),
           let match = recipients.first(where: { $0.id == id }) {
            return match
        }
        let wanted = key(trimmed)
        guard !wanted.isEmpty else { throw .noSuchRecipient(text) }
        var matches = recipients.filter { key($0.name) == wanted }
        if matches.isEmpty { matches = recipients.filter { key($0.name).contains(wanted) } }
        guard let first = matches.first else { throw .noSuchRecipient(text) }
        guard matches.count == 1 else {
            throw .ambiguousRecipient(text, candidates: matches.map { "#\($0.id) \($0.name) (\($0.unit))" })
        }
        return first
    }

    /// Folded, with punctuation (dashes, commas) dropped: "Văn hóa – Xã hội" matches "van hoa xa hoi".
    static func key(_ text: String) -> String {
        VietnameseText.folded(text)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }

    public static func delegate(_ text: String, in delegates: [Delegate]) throws(AwardError) -> Delegate {
        let trimmed = VietnameseText.normalize(text)
        if let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed),
           let match = delegates.first(where: { $0.id == id }) {
            return match
        }
        let wanted = key(trimmed)
        let matches = delegates.filter { key($0.name) == wanted }
        guard !wanted.isEmpty, let first = matches.first else { throw .presenterNotInRoster(text) }
        guard matches.count == 1 else {
            throw .ambiguousPresenter(text, candidates: matches.map { "#\($0.id) \($0.name), \($0.title)" })
        }
        return first
    }
}
