import PodiumCore
import TermCore

/// Pane 4: the commendation decision and its recipients in the decision's order.
enum AwardsPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let recipients = state.event.recipients.sorted { ($0.decisionID, $0.order) < ($1.decisionID, $1.order) }
        var y = rect.y
        for decision in state.event.decisions {
            let line = strings.awardsDecision(decision.number, decision.date?.vietnamese ?? "…", decision.signerTitle, decision.subject)
            y += canvas.buffer.drawParagraph(line, in: Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 2), style: canvas.theme.style("ui.title"))
        }
        guard !recipients.isEmpty else {
            canvas.text(strings.awardsEmpty, x: rect.x + 1, y: y + 1, maxWidth: rect.width - 2, style: "ui.dim")
            return 0
        }
        let collectives = recipients.filter { $0.kind == .collective }.count
        canvas.text(strings.awardsCount(collectives, recipients.count - collectives), x: rect.x + 1, y: y, maxWidth: rect.width - 2, style: "ui.dim")
        y += 1
        let wide = rect.width >= 120
        var columns = [
            TableColumn(strings.columnNumber, width: 2, alignment: .right),
            TableColumn(strings.columnName),
            TableColumn(strings.columnKind, width: 9),
            TableColumn(strings.columnUnit, width: wide ? 30 : 20),
        ]
        if wide { columns.append(TableColumn(strings.columnForm, width: 34)) }
        let table = TableView(
            columns: columns,
            rows: recipients.map { recipient in
                let name = recipient.title.isEmpty ? recipient.name : "\(recipient.name), \(recipient.title)"
                return ["\(recipient.order)", name, strings.recipientKind(recipient.kind), recipient.unit, recipient.form]
            },
            selected: min(state.selectedRow(in: .awards), recipients.count - 1),
            offset: state.scrollOffset[.awards] ?? 0
        )
        return canvas.table(table, in: Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: rect.maxY - y))
    }
}
