import PodiumCore
import TermCore

/// Pane 3: the contributions (tham luận) in speaking order, with the selected topic in full.
enum SpeakersPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let items = state.event.contributions.sorted { $0.position < $1.position }
        guard !items.isEmpty else {
            canvas.text(strings.speakersEmpty, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: "ui.dim")
            return 0
        }
        let selectedIndex = min(state.selectedRow(in: .speakers), items.count - 1)
        let wide = rect.width >= 120
        let table = TableView(
            columns: [
                TableColumn(strings.columnNumber, width: 2, alignment: .right),
                TableColumn(strings.columnUnit, width: wide ? 40 : 24),
                TableColumn(strings.columnSpeaker),
                TableColumn(strings.columnMinutes, width: 4, alignment: .right),
                TableColumn(strings.columnStatus, width: wide ? 16 : 10),
            ],
            rows: items.map { item in
                let speaker = [item.speakerName, item.speakerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
                return ["\(item.position)", item.unit, speaker, "\(item.allottedSeconds / 60)", strings.contributionStatus(item.status)]
            },
            selected: selectedIndex,
            offset: state.scrollOffset[.speakers] ?? 0
        )
        let tableHeight = min(items.count + 1, max(3, rect.height - 6))
        let offset = canvas.table(table, in: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: tableHeight))
        let minutes = items.filter { $0.status != .withdrawn }.reduce(0) { $0 + $1.allottedSeconds } / 60
        canvas.text(strings.speakersTotal(items.count, minutes), x: rect.x + 1, y: rect.y + tableHeight, maxWidth: rect.width - 2, style: "ui.dim")
        let box = Rect(x: rect.x, y: rect.y + tableHeight + 1, width: rect.width, height: rect.maxY - rect.y - tableHeight - 1)
        if box.height >= 3 {
            let inner = canvas.buffer.drawBox(in: box, title: strings.speakersTopic, style: canvas.theme.style("ui.border"), titleStyle: canvas.theme.style("ui.title"))
            canvas.buffer.drawParagraph(items[selectedIndex].topic, in: inner.inset(by: 0), style: canvas.theme.style("ui.text"))
        }
        return offset
    }
}
