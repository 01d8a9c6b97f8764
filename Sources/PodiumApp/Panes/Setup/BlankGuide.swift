import PodiumCore
import TermCore

/// What a pane of an unprepared event says instead of an empty screen: what is missing and
/// which key (or command) adds it, one wrapped paragraph per step, the first one brighter.
enum BlankGuide {
    static func lines(for pane: Pane, _ state: AppState) -> [String] {
        let s = state.strings.setup
        let event = state.event
        switch pane {
        case .agenda: return s.blankProgramme
        case .seating:
            var lines: [String] = []
            if event.delegates.isEmpty { lines.append(s.blankNoDelegates) }
            if state.seatingDerived.layout.seats.isEmpty { lines.append(s.blankNoHall + (state.role.may(.editSeating) ? "" : s.blankProtocolOnly)) }
            if !event.delegates.isEmpty, !event.delegates.contains(where: { event.seating.settings.leaderGroups.contains($0.groupKey) }) {
                lines.append(s.blankNoLeaders)
            }
            return lines + [s.blankSeatingMore]
        case .speakers: return s.blankSpeakers
        case .awards:
            var lines: [String] = []
            if event.decisions.isEmpty { lines.append(s.blankNoDecision + (state.role.may(.editAwardPlan) ? "" : s.blankOrganiserOnly)) }
            if event.recipients.isEmpty { lines.append(s.blankNoRecipients) }
            return lines + [s.blankAwardsMore]
        case .checklist: return s.blankChecklist
        case .index: return []
        }
    }

    /// Draws the guide from `rect`'s top; returns the rows used.
    @discardableResult
    static func draw(_ lines: [String], into canvas: inout PaneCanvas, rect: Rect) -> Int {
        var y = rect.y
        for (index, line) in lines.enumerated() where y < rect.maxY {
            let style = canvas.theme.style(index == 0 ? "ui.text" : "ui.dim")
            y += canvas.buffer.drawParagraph(line, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), style: style)
        }
        return y - rect.y
    }
}
