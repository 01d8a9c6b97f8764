import PodiumCore
import TermCore

/// Pane 5: what each agency prepares, grouped by agency in the order the plan lists them.
enum ChecklistPaneView {
    /// Rows of the pane: an agency heading followed by its items.
    enum Row: Equatable {
        case agency(String, done: Int, total: Int)
        case item(ChecklistItem)
    }

    static func rows(for items: [ChecklistItem]) -> [Row] {
        var order: [String] = []
        var byAgency: [String: [ChecklistItem]] = [:]
        for item in items.sorted(by: { $0.id < $1.id }) {
            if byAgency[item.agency] == nil { order.append(item.agency) }
            byAgency[item.agency, default: []].append(item)
        }
        return order.flatMap { agency -> [Row] in
            let list = byAgency[agency] ?? []
            return [.agency(agency, done: list.filter { $0.status == .done }.count, total: list.count)] + list.map(Row.item)
        }
    }

    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let items = state.event.checklist
        guard !items.isEmpty else {
            canvas.text(strings.checklistEmpty, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: "ui.dim")
            return 0
        }
        let done = items.filter { $0.status == .done }.count
        let gaugeRect = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        canvas.buffer.drawGauge(fraction: Double(done) / Double(items.count), label: strings.checklistProgress(done, items.count), in: gaugeRect, style: canvas.theme.style("checklist.done"))
        let rows = rows(for: items)
        let segmentTitles = Dictionary(uniqueKeysWithValues: state.event.segments.map { ($0.id, $0.title) })
        let wide = rect.width >= 120
        var rowStyles: [Int: Style] = [:]
        let cells: [[String]] = rows.enumerated().map { index, row in
            switch row {
            case .agency(let name, let done, let total):
                rowStyles[index] = canvas.theme.style("ui.title")
                return ["", "\(name) (\(done)/\(total))", "", ""]
            case .item(let item):
                rowStyles[index] = canvas.theme.style("checklist.\(item.status.rawValue)")
                var title = item.title
                if wide, let gate = item.gatesSegmentID, let segment = segmentTitles[gate] {
                    title += " [\(strings.checklistGates(segment))]"
                }
                let due = [item.dueDate?.vietnamese.prefix(5).description, item.dueTime?.hhmm].compactMap { $0 }.joined(separator: " ")
                return [mark(item.status), title, due, strings.checklistStatus(item.status)]
            }
        }
        var table = TableView(
            columns: [
                TableColumn("", width: 3),
                TableColumn(strings.columnTitle),
                TableColumn(strings.checklistDue, width: 11),
                TableColumn(strings.columnStatus, width: 10),
            ],
            rows: cells,
            selected: min(state.selectedRow(in: .checklist), rows.count - 1),
            offset: state.scrollOffset[.checklist] ?? 0
        )
        table.rowStyles = rowStyles
        return canvas.table(table, in: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1))
    }

    static func mark(_ status: ChecklistItem.Status) -> String {
        switch status {
        case .todo: "[ ]"
        case .doing: "[~]"
        case .done: "[x]"
        case .blocked: "[!]"
        }
    }

    /// How many rows the pane lists, for moving the selection.
    static func rowCount(_ state: AppState) -> Int { rows(for: state.event.checklist).count }
}
