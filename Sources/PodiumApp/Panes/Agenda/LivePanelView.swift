import PodiumCore
import TermCore

/// The MC's live panel at the top of the agenda pane: what is on, the countdown in large
/// digits, the phase in colour and in words, drift and projected end, what comes next,
/// and the MC's lines for the segment in bold.
enum LivePanelView {
    /// The segment's presenter as the person actually there (a stand-in by their own name).
    static func presenterName(_ segment: Segment, _ state: AppState) -> String {
        guard let named = state.rosterLookup.delegate(namedBy: segment.presenter) else { return segment.presenter }
        let person = state.rosterLookup.attending(for: named)
        return person.id == named.id ? segment.presenter : TitlePhrase.nameAndTitle(person.name, person.title)
    }

    static func render(_ state: AppState, status: ShowStatus, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let clock = EventClock.show(state: state.show, info: state.event.info, now: state.now, timeZone: state.timeZone)
        let inner = canvas.buffer.drawBox(in: rect, style: canvas.theme.style(.uiBorder))
        guard inner.height >= 3 else { return }
        let end = clock.clockTime(status.projectedEnd).hhmm
        let drift = status.stage == .notStarted && clock.isRehearsal
            ? strings.setup.liveEndIfStartedNow(end)
            : strings.liveDrift(status.showOverUnderSeconds) + " · " + strings.liveProjectedEnd(end)

        let segment: Segment?
        let countdown: Int
        let phaseStyle: ThemeKey
        var facts: [(String, ThemeKey)] = []
        var mcText = ""
        var nextOverride: String?
        switch status.stage {
        case .finished:
            let end = state.show.completed.last?.endedAt.map { clock.clockTime($0).hhmm } ?? "—"
            canvas.text(strings.liveFinished(end), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: .uiTitle)
            canvas.text(strings.liveDrift(status.showOverUnderSeconds), x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 2, style: .uiText)
            return
        case .notStarted:
            segment = status.next
            let opening = status.upcoming.first?.plannedStart ?? status.projectedEnd
            if let segment {
                let start = clock.clockTime(status.upcoming.first?.projectedStart ?? opening)
                mcText = MCLineFields.fill(segment.mcLines, segment: segment, startingAt: start, seconds: segment.plannedSeconds, event: state.event,
                                            roster: state.rosterLookup)
            }
            countdown = max(0, Int(opening.timeIntervalSince(state.now)))
            phaseStyle = ThemeKey.uiDim
            canvas.text(strings.liveNotStarted, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: .uiTitle)
            // On another day there is no opening to count down to: what to press instead, after the drift.
            if !clock.isRehearsal { facts.append((strings.liveStartsIn(DurationText.clock(countdown)), ThemeKey.uiText)) }
        case .running:
            segment = status.current
            if let live = SpeakerPanel(state: state, status: status) {
                // The contributions block: the speaker's own clock and the words for the next handover.
                countdown = live.countdown
                phaseStyle = ThemeKey.phase(live.phase)
                canvas.text(live.title, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: .agendaCurrent)
                // Who is invited next takes the "next" line: the next segment is not what comes next here.
                nextOverride = live.facts.first { $0.1 == ThemeKey.agendaNext }?.0
                facts = live.facts.filter { $0.1 != ThemeKey.agendaNext }
                mcText = live.mcText
                break
            }
            if let segment, let run = status.currentRun {
                mcText = MCLineFields.fill(
                    segment.mcLines, segment: segment, startingAt: clock.clockTime(run.startedAt), seconds: status.allottedSeconds, event: state.event,
                    roster: state.rosterLookup
                )
            }
            countdown = status.remainingSeconds
            phaseStyle = ThemeKey.phase(status.phase)
            let title = segment.map { "▶ \($0.position). \($0.title)" + ($0.presenter.isEmpty ? "" : " · " + presenterName($0, state)) } ?? "—"
            canvas.text(title, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: .agendaCurrent)
            facts.append((strings.phaseName(status.phase), phaseStyle))
            facts.append((strings.liveElapsed(DurationText.clock(status.elapsedSeconds), DurationText.clock(status.allottedSeconds)), ThemeKey.uiText))
            // First, so a narrow screen's one line of facts still says the clock is stopped.
            if status.isHeld { facts.insert((strings.liveHeld, ThemeKey.phase(.warning)), at: 0) }
            if let reveal = IndexRevealCue(state: state, status: status) {
                facts.append((reveal.progress, ThemeKey.indexReveal))
                mcText = reveal.mcText
            }
            if let awards = AwardCue(state: state, status: status) {
                facts.append((awards.progress, ThemeKey.uiText))
                if let absent = awards.absentPresenter { facts.append((absent, ThemeKey.phase(.danger))) }
                mcText = awards.mcText
            }
            // Both from what the screen derived when the event changed, not folded per frame.
            if let segment, let missing = state.rosterLookup.delegate(namedBy: segment.presenter),
               state.missingPresenterIDs.contains(missing.id) {
                facts.append((strings.dayOf.presenterNotHere(missing.name), ThemeKey.phase(.danger)))
            }
        }
        facts.append((drift, status.showOverUnderSeconds > 0 ? ThemeKey.phase(.warning) : ThemeKey.uiText))
        if status.stage == .notStarted, clock.isRehearsal {
            facts.append((strings.rehearsal.waiting(state.event.info.date.vietnamese), ThemeKey.uiText))
        }
        if let message = status.message {
            facts.append((strings.liveMessage(message.text), ThemeKey.stageMessage))
        }
        if status.isBlank { facts.append((strings.liveBlank, ThemeKey.uiDim)) }
        let absent = state.seatingDerived.absentLeaderNames
        if !absent.isEmpty, status.stage != .finished {
            facts.append((strings.absentLeaders(absent), ThemeKey.agendaFlag))
        }

        // The MC's words come first: when they do not fit under large digits, the digits shrink
        // to one line with the facts beside them, and only then are the words cut (and scrolled with t).
        let digits = DurationText.clock(countdown)
        let mcLines = mcText.isEmpty ? [] : TextWidth.wrap(mcText, width: inner.width - 2)
        let nextRows = status.stage == .running ? 1 : 0
        let clockHeight = inner.height >= 14 ? 5 : 3
        let clockArea = Rect(x: inner.x + 1, y: inner.y + 1, width: min(inner.width / 2, 48), height: min(clockHeight, inner.height - 1))
        let scale = BigDigits.bestScale(for: digits, width: clockArea.width, height: clockArea.height)
        let bigRows = scale.map { max(BigDigits.size(of: digits, scale: $0).height, facts.count) } ?? (facts.count + 1)
        var y = inner.y + 1
        if let scale, 1 + bigRows + nextRows + mcLines.count <= inner.height {
            let size = BigDigits.size(of: digits, scale: scale)
            BigDigits.render(digits, into: &canvas.buffer, rect: Rect(x: clockArea.x, y: clockArea.y, width: size.width, height: size.height), style: canvas.theme.style(phaseStyle))
            let factsX = clockArea.x + size.width + 2
            for (index, fact) in facts.enumerated() where clockArea.y + index < inner.maxY {
                canvas.text(fact.0, x: factsX, y: clockArea.y + index, maxWidth: inner.maxX - factsX, style: fact.1)
            }
            y = clockArea.y + max(size.height, facts.count)
        } else {
            // Flags (absent leaders or presenters) and what the stage screen shows keep a line of
            // their own; the rest share the clock's.
            let ownLine = [ThemeKey.agendaFlag, ThemeKey.phase(.danger), ThemeKey.stageMessage]
            let flags = facts.filter { ownLine.contains($0.1) }
            var x = inner.x + 1
            for (index, fact) in ([(digits, phaseStyle)] + facts.filter { !ownLine.contains($0.1) }).enumerated()
            where x < inner.maxX - 1 {
                let text = index == 0 ? fact.0 : " · " + fact.0
                canvas.text(text, x: x, y: y, maxWidth: inner.maxX - 1 - x, style: fact.1)
                x += TextWidth.width(of: text)
            }
            y += 1
            for flag in flags where y < inner.maxY - 1 {
                canvas.text(flag.0, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: flag.1)
                y += 1
            }
        }

        if status.stage == .running, y < inner.maxY {
            let next = nextOverride ?? status.upcoming.first.map {
                strings.liveNext("\($0.segment.position). \($0.segment.title)", clock.clockTime($0.projectedStart).hhmm)
            } ?? (status.jumpedOver.isEmpty
                ? strings.liveLast : strings.dayOf.liveLastPassedOver(status.jumpedOver.map { "\($0.position). \($0.title)" }))
            canvas.text(next, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: .agendaNext)
            y += 1
        }
        if !mcLines.isEmpty, y < inner.maxY {
            let rows = inner.maxY - y
            let style = canvas.theme.style(.uiText).patched(with: Style(modifiers: .bold))
            var shown = mcLines
            if mcLines.count > rows {
                // Pages of the text in turn; the last row says there is more and which key shows it.
                let page = max(1, rows - 1)
                let pages = (mcLines.count + page - 1) / page
                let first = (state.mcTextPage % pages) * page
                shown = Array(mcLines[first..<min(mcLines.count, first + page)])
                canvas.text(state.strings.dayOf.mcTextMore(state.mcTextPage % pages + 1, pages), x: inner.x + 1, y: inner.maxY - 1,
                            maxWidth: inner.width - 2, style: .uiDim)
            }
            for (offset, line) in shown.enumerated() where y + offset < inner.maxY {
                canvas.buffer.put(line, x: inner.x + 1, y: y + offset, maxWidth: inner.width - 2, style: style)
            }
        }
    }
}
