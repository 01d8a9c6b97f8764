import Foundation
import PodiumCore
import TermCore

/// `podium --view stage`: what the speaker sees on a second monitor. The time left in the
/// largest digits that fit, negative and in the overtime style when over; the segment and
/// presenter; the MC's message. Nothing else, so it reads from across a stage.
enum StageView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, bounds: Rect) {
        let strings = state.strings
        let status = state.showStatus
        canvas.buffer.fill(bounds, style: canvas.theme.style(.stage))
        guard !status.isBlank else { return }
        let clock = EventClock.show(state: state.show, info: state.event.info, now: state.now, timeZone: state.timeZone)
        if IndexRevealStageView.applies(state, status: status) {
            IndexRevealStageView.render(state, into: &canvas, bounds: bounds)
            corners(clock, now: state.now, strings, into: &canvas, bounds: bounds)
            return
        }

        var title = ""
        var subtitle = ""
        var seconds = 0
        var style = ThemeKey.stageClock
        var nextLine: String?
        var phase = ShowPhase.normal
        switch status.stage {
        case .notStarted:
            title = strings.stageWaiting
            subtitle = status.next?.title ?? ""
            let opening = status.upcoming.first?.plannedStart ?? status.projectedEnd
            seconds = max(0, Int(opening.timeIntervalSince(state.now)))
        case .running:
            if let onDeck = state.speakerQueue.onDeck, state.speakerQueue.blockIsLive {
                // During the contributions the next thing on stage is the next speaker, not the next segment.
                let c = onDeck.contribution
                nextLine = strings.dayOf.stageNextSpeaker(c.speakerName.isEmpty ? c.unit : "\(c.speakerName) · \(c.unit)")
            }
            title = status.current.map { "\($0.position). \($0.title)" } ?? ""
            subtitle = status.current.map { LivePanelView.presenterName($0, state) } ?? ""
            seconds = status.remainingSeconds
            style = status.phase == .normal ? ThemeKey.stageClock : ThemeKey.phase(status.phase)
            phase = status.phase
            if let speaking = state.speakerQueue.speaking {
                // A contribution: the speaker's name, then title and unit, and their own time left.
                let c = speaking.entry.contribution
                title = c.speakerName.isEmpty ? c.unit : c.speakerName
                subtitle = [c.speakerTitle, c.unit].filter { !$0.isEmpty }.joined(separator: " · ")
                seconds = speaking.remainingSeconds
                style = speaking.phase == .normal ? ThemeKey.stageClock : ThemeKey.phase(speaking.phase)
                phase = speaking.phase
            }
            if status.isHeld { style = ThemeKey.stageHeld }
        case .finished:
            let end = state.show.completed.last?.endedAt.map { clock.clockTime($0).hhmm } ?? ""
            title = strings.liveFinished(end)
        }

        let width = bounds.width - 2
        canvas.text(TextWidth.pad(TextWidth.truncate(title, toWidth: width), toWidth: width, alignment: .center),
                    x: bounds.x + 1, y: bounds.y + 1, maxWidth: width, style: .uiTitle)
        canvas.text(TextWidth.pad(TextWidth.truncate(subtitle, toWidth: width), toWidth: width, alignment: .center),
                    x: bounds.x + 1, y: bounds.y + 2, maxWidth: width, style: .uiText)

        // The message takes the bottom rows when there is one; the clock fills what is left.
        var messageRows = 0
        if let message = status.message {
            messageRows = min(4, max(2, bounds.height / 6))
            var messageStyle = canvas.theme.style(.stageMessage)
            if message.blink { messageStyle.modifiers.insert(.blink) }
            let area = Rect(x: bounds.x + 2, y: bounds.maxY - messageRows - 1, width: bounds.width - 4, height: messageRows)
            canvas.buffer.drawParagraph(message.text, in: area, style: messageStyle, alignment: .center)
        }
        let clockArea = Rect(x: bounds.x + 1, y: bounds.y + 4, width: bounds.width - 2,
                             height: max(1, bounds.height - 6 - messageRows))
        if status.stage != .finished {
            // On hold the frozen time stays up under the word, so the speaker knows the clock waits.
            var digitsArea = clockArea
            let banner = status.stage == .running && status.isHeld ? strings.dayOf.stageHeld
                : (status.stage == .running && phase != .normal ? strings.phaseName(phase) : nil)
            if let banner, clockArea.height >= 2 {
                canvas.text(TextWidth.pad(TextWidth.truncate(banner, toWidth: width), toWidth: width, alignment: .center),
                            x: bounds.x + 1, y: clockArea.y, maxWidth: width, style: status.isHeld ? ThemeKey.stageHeld : style)
                digitsArea = Rect(x: clockArea.x, y: clockArea.y + 1, width: clockArea.width, height: clockArea.height - 1)
            }
            BigDigits.render(DurationText.clock(seconds), into: &canvas.buffer, rect: digitsArea, style: canvas.theme.style(style))
        }
        if status.stage == .running, let line = nextLine ?? status.upcoming.first.map({
            strings.liveNext($0.segment.title, clock.clockTime($0.projectedStart).hhmm)
        }) {
            canvas.text(line, x: bounds.x + 1, y: bounds.maxY - 1, maxWidth: bounds.width - 14, style: .uiDim)
        }
        corners(clock, now: state.now, strings, into: &canvas, bounds: bounds)
        // After the corners, centred: the rehearsal banner top left used to hide it.
        if let armed = state.stageQuitArmedAt, state.now.timeIntervalSince(armed) <= AppState.stageQuitSeconds {
            let width = bounds.width - 2
            canvas.text(TextWidth.pad(TextWidth.truncate(strings.dayOf.stageQuitHint, toWidth: width), toWidth: width, alignment: .center),
                        x: bounds.x + 1, y: bounds.y, maxWidth: width, style: .uiNotice)
        }
    }

    /// The time of day bottom right and, during a rehearsal, its banner top left: over the
    /// clock and over the index reveal alike.
    private static func corners(_ clock: EventClock, now instant: Date, _ strings: UIStrings, into canvas: inout PaneCanvas, bounds: Rect) {
        let now = clock.clockTime(instant).hhmmss
        canvas.text(now, x: bounds.maxX - 9, y: bounds.maxY - 1, maxWidth: 8, style: .uiDim)
        if clock.isRehearsal {
            // Plainly, top left, so nobody on stage takes a rehearsal's clock for the real one.
            canvas.text(" \(strings.rehearsal.banner) ", x: bounds.x + 1, y: bounds.y, maxWidth: bounds.width - 2, style: .phase(.warning))
        }
    }
}
