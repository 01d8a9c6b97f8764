import Foundation
import PodiumCore
import TermCore

/// The `W` overlay: the newest journal entries first, one line each — when, who, what in plain
/// words — so any terminal can see who changed what without leaving the show.
enum JournalOverlay {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, bounds: Rect) {
        let strings = state.strings
        let width = min(bounds.width - 2, 150)
        let height = bounds.height - 2
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + 1, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: strings.journal.title, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        let visible = max(0, inner.height - 1)
        guard !state.journal.isEmpty else {
            canvas.text(strings.journal.empty, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: .uiDim)
            canvas.text(strings.journal.hint, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: .uiDim)
            return
        }
        let names = JournalNames(state.event, journal: state.journal)
        let newestFirst = state.journal.reversed()
        let offset = min(state.journalOffset, max(0, state.journal.count - visible))
        let shown = Array(newestFirst.dropFirst(offset).prefix(visible))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.timeZone
        // The OS account only where the sentence keeps its room.
        let who = shown.map { JournalStrings.who($0, strings, account: width >= 120) }
        let whoWidth = min(28, who.map { TextWidth.width(of: $0) }.max() ?? 0)
        for (index, entry) in shown.enumerated() {
            let y = inner.y + index
            let c = calendar.dateComponents([.day, .month, .hour, .minute, .second], from: entry.time)
            let time = String(format: "%02d/%02d %02d:%02d:%02d", c.day ?? 0, c.month ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            canvas.text(time, x: inner.x + 1, y: y, maxWidth: 14, style: .uiDim)
            let whoX = inner.x + 16
            canvas.text(who[index], x: whoX, y: y, maxWidth: whoWidth, style: entry.operatorName == state.operatorName ? .uiHelpKey : .uiText)
            let whatX = whoX + whoWidth + 2
            canvas.text(strings.journal.sentence(entry.fact, names), x: whatX, y: y, maxWidth: max(0, inner.maxX - whatX), style: .uiText)
        }
        let more = state.journal.count > visible ? " · \(offset + 1)–\(offset + shown.count)/\(state.journal.count)" : ""
        canvas.text(strings.journal.hint + more, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: .uiDim)
    }
}
