import PodiumCore
import TermCore

/// Pane 3: the contributions (tham luận) in speaking order with their live status and time spoken,
/// the budget, and the selected topic in full with the MC's invitation and thanks.
enum SpeakersPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let queue = state.speakerQueue
        let items = queue.entries
        guard !items.isEmpty else {
            BlankGuide.draw(BlankGuide.lines(for: .speakers, state), into: &canvas, rect: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1))
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
                TableColumn(strings.columnSpoken, width: 6, alignment: .right),
                TableColumn(strings.columnStatus, width: wide ? 16 : 10),
            ],
            rows: [],
            selected: selectedIndex,
            offset: state.scrollOffset[.speakers] ?? 0
        )
        let tableHeight = min(items.count + 1, max(3, rect.height - 6))
        // Cells are built for the rows in view only.
        let tableRect = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: tableHeight)
        let offset = canvas.table(table, count: items.count, in: tableRect) { index in
            let entry = items[index]
            let item = entry.contribution
            let speaker = [item.speakerName, item.speakerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
            let spoken = entry.spokenSeconds > 0 || entry.status == .speaking ? DurationText.clock(entry.spokenSeconds) : ""
            return (["\(item.position)", item.unit, speaker, "\(item.allottedSeconds / 60)", spoken, strings.contributionStatus(entry.status)], nil)
        }
        // Withdrawn contributions are neither counted nor timed, only mentioned.
        let speaking = items.filter { $0.status != .withdrawn }
        let minutes = speaking.reduce(0) { $0 + $1.contribution.allottedSeconds } / 60
        var summary = strings.speakersTotal(speaking.count, minutes)
        if speaking.count < items.count { summary += " · " + strings.dressRehearsal.speakersWithdrawn(items.count - speaking.count) }
        if let budget = state.speakerBudget { summary += " · " + state.speakerBudgetLine(budget) }
        canvas.text(summary, x: rect.x + 1, y: rect.y + tableHeight, maxWidth: rect.width - 2, style: .uiDim)
        let box = Rect(x: rect.x, y: rect.y + tableHeight + 1, width: rect.width, height: rect.maxY - rect.y - tableHeight - 1)
        if box.height >= 3 {
            let inner = canvas.buffer.drawBox(in: box, title: strings.speakersTopic, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
            let selected = items[selectedIndex].contribution
            let lines = SpeakerLines.lines(for: selected, in: state.speakerLinesLanguage)
            let text = [selected.topic, strings.speakerInviteLabel + ": " + lines.invitation, strings.speakerThanksLabel + ": " + lines.thanks]
            canvas.buffer.drawParagraph(text.joined(separator: "\n"), in: inner.inset(by: 0), style: canvas.theme.style(.uiText))
        }
        return offset
    }
}
