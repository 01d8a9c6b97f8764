import PodiumCore
import TermCore

/// Pane 6's filters and sort, and the reveal: during the announcement segment the MC's usual
/// next and back keys step the reveal until it is complete, then move the show on again.
extension AppState {
    /// The group the pane shows, clamped to the scheme.
    public var indexGroup: IndexGroup? {
        let groups = indexDerived.ranking.scheme.groups
        guard !groups.isEmpty else { return nil }
        return groups[min(max(0, indexView.group), groups.count - 1)]
    }

    /// True while a search is typed or kept: it looks through every group, not only the one shown.
    public var indexSearchesAllGroups: Bool { !indexView.search.text.isEmpty }

    /// Positions in `indexDerived.ranking.units` of the rows shown, filtered and sorted. A search
    /// spans every group (group by group, each by rank), since whoever looks for a unit seldom
    /// knows which group it was ranked in.
    public var indexRows: [Int] {
        guard let group = indexGroup else { return [] }
        let derived = indexDerived
        let units = derived.ranking.units
        let query = VietnameseText.folded(indexView.search.text)
        let candidates: [Int] = query.isEmpty ? (derived.groupMembers[group.key] ?? []) : Array(units.indices)
        let folded = query.isEmpty ? [] : derived.foldedNames
        var rows = candidates.filter { position in
            (indexView.tier.map { units[position].tier == $0 } ?? true)
                && (query.isEmpty || folded[position].contains(query))
        }
        switch indexView.sort {
        case .rank, .total: break
        case .unit:
            let order = derived.nameOrder
            rows.sort { order[$0] < order[$1] }
        case .tier: rows.sort { (units[$0].tier, $0) < (units[$1].tier, $1) }
        case .change: rows.sort { (-(units[$0].rankChange ?? Int.min / 2), $0) < (-(units[$1].rankChange ?? Int.min / 2), $1) }
        }
        return indexView.reversed ? rows.reversed() : rows
    }

    /// The unit under the cursor.
    public var indexSelectedUnit: IndexRankedUnit? {
        let rows = indexRows
        guard !rows.isEmpty else { return nil }
        return indexDerived.ranking.units[rows[min(selectedRow(in: .index), rows.count - 1)]]
    }

    /// Nil when this terminal may step the reveal; otherwise why not.
    public var indexRevealDisabledReason: String? {
        if isReadOnly { return readOnlyReason }
        return [.mc, .organizer].contains(role) ? nil : strings.index.revealNotAllowed
    }

    /// True while the announcement segment runs with results still to reveal (for next) or
    /// already revealed (for back): then the show's next and back step the reveal instead.
    mutating func revealInsteadOfShow(_ action: ShowAction) -> Bool {
        guard !indexDerived.isEmpty, showStatus.stage == .running, showStatus.current?.kind == .announcement else { return false }
        switch action {
        case .next where indexReveal.revealed < indexDerived.steps.count:
            effects.append(.performIndexReveal(.next, seen: indexReveal.revealed))
        case .back where indexReveal.revealed > 0:
            effects.append(.performIndexReveal(.back, seen: indexReveal.revealed))
        default:
            return false
        }
        return true
    }

    mutating func applyIndex(_ action: IndexPaneAction) {
        let scheme = indexDerived.ranking.scheme
        switch action {
        case .nextGroup:
            indexView.group = scheme.groups.isEmpty ? 0 : (indexView.group + 1) % scheme.groups.count
            selection[.index] = 0
        case .nextTier:
            let next = (indexView.tier ?? -1) + 1
            indexView.tier = next < scheme.tiers.count ? next : nil
            selection[.index] = 0
        case .nextSort:
            let all = IndexViewState.SortColumn.allCases
            indexView.sort = all[(all.firstIndex(of: indexView.sort).map { $0 + 1 } ?? 0) % all.count]
            indexView.reversed = false
        case .reverseSort: indexView.reversed.toggle()
        case .startSearch: indexView.searching = true
        case .toggleView: indexView.heatMap.toggle()
        case .toggleCard: indexView.card.toggle()
        case .searchKey(let key):
            switch key {
            case .enter: indexView.searching = false
            case .escape:
                // Leaving a search shows the group of the unit it found, with that unit selected.
                let found = indexSelectedUnit
                indexView.searching = false
                indexView.search = TextField()
                if let found, let groupIndex = scheme.groups.firstIndex(where: { $0.key == found.groupKey }) {
                    indexView.group = groupIndex
                    selection[.index] = indexRows.firstIndex { indexDerived.ranking.units[$0].unit == found.unit } ?? 0
                    return
                }
            default:
                if case .char(let c) = key, c.unicodeScalars.contains(where: Sanitizer.isSuspect) { return }
                _ = indexView.search.handle(key)
            }
            selection[.index] = 0
        case .reveal(let step):
            effects.append(.performIndexReveal(step, seen: indexReveal.revealed))
        }
    }
}
