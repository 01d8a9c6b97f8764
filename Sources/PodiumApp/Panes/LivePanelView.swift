import PodiumCore
import TermCore

/// The MC's live panel at the top of the agenda pane: what is on, the countdown in large
/// digits, the phase in colour and in words, drift and projected end, what comes next,
/// and the MC's lines for the segment in bold.
enum LivePanelView {
    static func render(_ state: AppState, status: ShowStatus, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let clock = EventClock.show(state: state.show, info: state.event.info, now: state.now, timeZone: state.timeZone)
        let inner = canvas.buffer.drawBox(in: rect, style: canvas.theme.style("ui.border"))
        guard inner.height >= 3 else { return }
        let drift = strings.liveDrift(status.showOverUnderSeconds) + " · " + strings.liveProjectedEnd(clock.clockTime(status.projectedEnd).hhmm)

        let segment: Segment?
        let countdown: Int
        let phaseStyle: String
        var facts: [(String, String)] = []
        var mcText = ""
        switch status.stage {
        case .finished:
            let end = state.show.completed.last?.endedAt.map { clock.clockTime($0).hhmm } ?? "—"
            canvas.text(strings.liveFinished(end), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: "ui.title")
            canvas.text(strings.liveDrift(status.showOverUnderSeconds), x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 2, style: "ui.text")
            return
        case .notStarted:
            segment = status.next
            mcText = segment?.mcLines ?? ""
            let opening = status.upcoming.first?.plannedStart ?? status.projectedEnd
            countdown = max(0, Int(opening.timeIntervalSince(state.now)))
            phaseStyle = "ui.dim"
            canvas.text(strings.liveNotStarted, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: "ui.title")
            facts.append((strings.liveStartsIn(DurationText.clock(countdown)), "ui.text"))
        case .running:
            segment = status.current
            if let live = SpeakerPanel(state: state, status: status) {
                // The contributions block: the speaker's own clock and the words for the next handover.
                countdown = live.countdown
                phaseStyle = "phase.\(live.phase.rawValue)"
                canvas.text(live.title, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: "agenda.current")
                facts = live.facts
                mcText = live.mcText
                break
            }
            mcText = segment?.mcLines ?? ""
            countdown = status.remainingSeconds
            phaseStyle = "phase.\(status.phase.rawValue)"
            let title = segment.map { "▶ \($0.position). \($0.title)" + ($0.presenter.isEmpty ? "" : " · \($0.presenter)") } ?? "—"
            canvas.text(title, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: "agenda.current")
            facts.append((strings.phaseName(status.phase), phaseStyle))
            facts.append((strings.liveElapsed(DurationText.clock(status.elapsedSeconds), DurationText.clock(status.allottedSeconds)), "ui.text"))
            if status.isHeld { facts.append((strings.liveHeld, "phase.warning")) }
            if let reveal = IndexRevealCue(state: state, status: status) {
                facts.append((reveal.progress, "index.reveal"))
                mcText = reveal.mcText
            }
        }
        facts.append((drift, status.showOverUnderSeconds > 0 ? "phase.warning" : "ui.text"))
        if let message = status.message {
            facts.append((strings.liveMessage(message.text), "stage.message"))
        }
        if status.isBlank { facts.append((strings.liveBlank, "ui.dim")) }
        let absent = state.event.absentLeaders
        if !absent.isEmpty, status.stage != .finished {
            facts.append((strings.absentLeaders(absent.map(\.name)), "agenda.flag"))
        }

        // The countdown in large digits on the left, the facts beside it.
        let digits = DurationText.clock(countdown)
        let clockHeight = inner.height >= 14 ? 5 : 3
        let clockArea = Rect(x: inner.x + 1, y: inner.y + 1, width: min(inner.width / 2, 48), height: min(clockHeight, inner.height - 1))
        var y = inner.y + 1
        if let scale = BigDigits.bestScale(for: digits, width: clockArea.width, height: clockArea.height) {
            let size = BigDigits.size(of: digits, scale: scale)
            BigDigits.render(digits, into: &canvas.buffer, rect: Rect(x: clockArea.x, y: clockArea.y, width: size.width, height: size.height), style: canvas.theme.style(phaseStyle))
            let factsX = clockArea.x + size.width + 2
            for (index, fact) in facts.enumerated() where clockArea.y + index < inner.maxY {
                canvas.text(fact.0, x: factsX, y: clockArea.y + index, maxWidth: inner.maxX - factsX, style: fact.1)
            }
            y = clockArea.y + max(size.height, facts.count)
        } else {
            for fact in [(digits, phaseStyle)] + facts where y < inner.maxY {
                canvas.text(fact.0, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: fact.1)
                y += 1
            }
        }

        if status.stage == .running, y < inner.maxY {
            let next = status.upcoming.first.map {
                strings.liveNext("\($0.segment.position). \($0.segment.title)", clock.clockTime($0.projectedStart).hhmm)
            } ?? (status.jumpedOver.isEmpty
                ? strings.liveLast : strings.dayOf.liveLastPassedOver(status.jumpedOver.map { "\($0.position). \($0.title)" }))
            canvas.text(next, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: "agenda.next")
            y += 1
        }
        if !mcText.isEmpty, y < inner.maxY {
            let lines = Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: inner.maxY - y)
            canvas.buffer.drawParagraph(mcText, in: lines, style: canvas.theme.style("ui.text").patched(with: Style(modifiers: .bold)))
        }
    }
}
