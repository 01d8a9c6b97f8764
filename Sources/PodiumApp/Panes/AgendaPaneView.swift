import PodiumCore
import TermCore

/// Pane 1: the programme with planned times from the event's start, flags for fixed
/// starts, gaps and overlaps, the total against the window, and the selected item's lines.
enum AgendaPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let segments = state.event.segments.sorted { $0.position < $1.position }
        guard !segments.isEmpty else {
            canvas.text(strings.agendaEmpty, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: "ui.dim")
            return 0
        }
        let schedule = AgendaSchedule(segments: segments, info: state.event.info)
        let rows: [[String]] = segments.enumerated().map { index, segment in
            let slot = schedule.slots[index]
            let flag = slot.hasOverlap ? "!" : (segment.fixedStart != nil ? "•" : " ")
            return [
                "\(segment.position)",
                "\(slot.start.hhmm)–\(slot.end.hhmm)\(flag)",
                "\(segment.plannedSeconds / 60)",
                segment.title,
                segment.presenter,
            ]
        }
        let presenterWidth = rect.width >= 120 ? 28 : 16
        let tableHeight = min(rows.count + 1, max(3, rect.height / 2))
        var table = TableView(
            columns: [
                TableColumn(strings.columnNumber, width: 2, alignment: .right),
                TableColumn(strings.columnTime, width: 12),
                TableColumn(strings.columnMinutes, width: 4, alignment: .right),
                TableColumn(strings.columnTitle),
                TableColumn(strings.columnPresenter, width: presenterWidth),
            ],
            rows: rows,
            selected: min(state.selectedRow(in: .agenda), rows.count - 1),
            offset: state.scrollOffset[.agenda] ?? 0
        )
        table.rowStyles = Dictionary(uniqueKeysWithValues: schedule.slots.enumerated().compactMap { index, slot in
            slot.hasOverlap || slot.hasGap ? (index, canvas.theme.style("agenda.flag")) : nil
        })
        let tableRect = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: tableHeight)
        let offset = canvas.table(table, in: tableRect)

        var y = tableRect.maxY
        let summary = strings.agendaTotal(
            hoursAndMinutes(schedule.totalSeconds), schedule.end.hhmm, schedule.start.hhmm, schedule.windowEnd.hhmm
        )
        let fit = schedule.overrunSeconds > 0 ? strings.agendaOverrun((schedule.overrunSeconds + 59) / 60) : strings.agendaFits
        canvas.text(summary + " · " + fit, x: rect.x + 1, y: y, maxWidth: rect.width - 2,
                    style: schedule.overrunSeconds > 0 ? "ui.error" : "ui.dim")
        y += 1

        let selected = segments[min(state.selectedRow(in: .agenda), segments.count - 1)]
        let slot = schedule.slots[min(state.selectedRow(in: .agenda), segments.count - 1)]
        var header = "\(selected.position). \(selected.title) · \(strings.segmentKind(selected.kind))"
        if let fixed = selected.fixedStart { header += " · " + strings.agendaFixedStart(fixed.hhmm) }
        if let slack = slot.slackBeforeFixedStart, slack > 0 { header += " · " + strings.agendaGap(slack / 60) }
        if let slack = slot.slackBeforeFixedStart, slack < 0 { header += " · " + strings.agendaOverlap(-slack / 60) }
        let box = Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y)
        guard box.height >= 3 else { return offset }
        let inner = canvas.buffer.drawBox(in: box, title: header, style: canvas.theme.style("ui.border"), titleStyle: canvas.theme.style("ui.title"))
        let linesLabel = strings.agendaMCLines + ": "
        let used = canvas.buffer.drawParagraph(linesLabel + selected.mcLines, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(0, inner.height - 1)), style: canvas.theme.style("ui.text"))
        if !selected.cues.isEmpty, used < inner.height {
            canvas.text(strings.agendaCues + ": " + selected.cues, x: inner.x + 1, y: inner.y + used, maxWidth: inner.width - 2, style: "ui.dim")
        }
        return offset
    }

    /// "3h25" or "45'".
    static func hoursAndMinutes(_ seconds: Int) -> String {
        let minutes = (seconds + 59) / 60
        guard minutes >= 60 else { return "\(minutes)'" }
        let rest = minutes % 60
        return "\(minutes / 60)h" + (rest < 10 ? "0\(rest)" : "\(rest)")
    }
}
