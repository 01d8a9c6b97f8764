import PodiumCore

/// What the checklist pane derives from the items, the programme and its own grouping and
/// filter: worked out when one of them changes, so a frame or a cursor key on 500 items only
/// reads the rows it draws.
public struct ChecklistDerived: Sendable {
    /// The pane's rows, filtered and grouped: a heading followed by its items.
    let rows: [ChecklistPaneView.Row]
    /// Items done, of all items (the gauge counts the whole list, whatever the filter shows).
    let done: Int
    /// The due moments (wall seconds) of the items that can be late, neither done nor
    /// blocked, ascending: how many are overdue at a moment is one binary search.
    private let lateableDue: [Int]
    /// Segment titles by id, for the items that gate a segment.
    let segmentTitles: [Int64: String]

    init(checklist: [ChecklistItem], segments: [Segment], view: ChecklistViewState) {
        rows = Self.rows(checklist, view: view)
        done = checklist.count(where: { $0.status == .done })
        lateableDue = checklist.compactMap { item in
            item.status == .done || item.status == .blocked ? nil : item.dueMoment?.wallSeconds
        }.sorted()
        segmentTitles = Dictionary(segments.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    static func rows(_ checklist: [ChecklistItem], view: ChecklistViewState) -> [ChecklistPaneView.Row] {
        let items = ChecklistItem.filtered(checklist, by: view.filter)
        return ChecklistGroup.make(items, by: view.grouping).flatMap { group -> [ChecklistPaneView.Row] in
            [.heading(group.key, done: group.done, total: group.total)] + group.items.map(ChecklistPaneView.Row.item)
        }
    }

    /// Items past due at `now` (as `ChecklistItem.isOverdue(at:)` counts them).
    func overdue(at now: LocalMoment) -> Int {
        let limit = now.wallSeconds
        var low = 0, high = lateableDue.count
        while low < high {
            let middle = (low + high) / 2
            if lateableDue[middle] < limit { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
