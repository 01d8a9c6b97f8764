/// Finding delegates by name as people type them: without accents or case
/// ("ngo hanh phuc" finds "Ngô Hạnh Phúc").
public enum DelegateSearch {
    /// Delegates whose whole name equals the query; failing that, those whose name has every
    /// word of the query as a word ("ngo" finds Ngô, not Ngọc); failing that, those whose name
    /// contains the query. In roster order.
    public static func matches(_ query: String, in delegates: [Delegate]) -> [Delegate] {
        let wanted = VietnameseText.folded(query)
        guard !wanted.isEmpty else { return [] }
        let folded = delegates.map { ($0, FoldedName.fold($0.name)) }
        let exact = folded.filter { $0.1 == wanted }.map(\.0)
        if !exact.isEmpty { return exact }
        let words = wanted.split(separator: " ")
        let byWords = folded.filter { entry in
            let nameWords = Set(entry.1.split(separator: " "))
            return words.allSatisfy(nameWords.contains)
        }.map(\.0)
        if !byWords.isEmpty { return byWords }
        return folded.filter { $0.1.contains(wanted) }.map(\.0)
    }

    /// Exactly one delegate, or an error that lists the candidates (the first eight) by the
    /// number that picks each: "#12" names delegate 12, so two people of the same name can
    /// still be told apart.
    public static func one(_ query: String, in delegates: [Delegate]) throws(SeatingEditError) -> Delegate {
        let trimmed = query.trimmingSpaces
        if trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()), let match = delegates.first(where: { $0.id == id }) { return match }
        let found = matches(query, in: delegates)
        switch found.count {
        case 1: return found[0]
        case 0: throw .noSuchDelegate(query)
        default:
            throw .ambiguousDelegate(query, count: found.count, candidates: found.prefix(8).map { "#\($0.id) \($0.name) (\($0.title), \($0.unit))" })
        }
    }
}
