/// Finding delegates by name as people type them: without accents or case
/// ("ngo hanh phuc" finds "Ngô Hạnh Phúc").
public enum DelegateSearch {
    /// Delegates whose whole name equals the query, or failing that whose name contains it,
    /// in roster order.
    public static func matches(_ query: String, in delegates: [Delegate]) -> [Delegate] {
        let wanted = VietnameseText.folded(query)
        guard !wanted.isEmpty else { return [] }
        let folded = delegates.map { ($0, VietnameseText.folded($0.name)) }
        let exact = folded.filter { $0.1 == wanted }.map(\.0)
        if !exact.isEmpty { return exact }
        return folded.filter { $0.1.contains(wanted) }.map(\.0)
    }

    /// Exactly one delegate, or an error that lists the candidates.
    public static func one(_ query: String, in delegates: [Delegate]) throws(SeatingEditError) -> Delegate {
        let found = matches(query, in: delegates)
        switch found.count {
        case 1: return found[0]
        case 0: throw .noSuchDelegate(query)
        default: throw .ambiguousDelegate(query, candidates: found.map { "\($0.name) (\($0.title), \($0.unit))" })
        }
    }
}
