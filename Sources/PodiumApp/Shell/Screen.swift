import Foundation
import PodiumCore
import TermCore

/// Renders the whole main screen from the state: tab bar, event line, the current pane,
/// the footer and the status bar, then any overlay on top.
public enum Screen {
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public static func render(_ state: AppState, theme: Theme, width: Int, height: Int) -> Frame {
        var canvas = PaneCanvas(buffer: Buffer(width: width, height: height), theme: theme)
        canvas.buffer.fill(canvas.buffer.bounds, style: theme.style(.uiText))
        let strings = state.strings
        guard width >= minimumWidth, height >= minimumHeight else {
            let message = strings.tooSmall(width, height, minimumWidth, minimumHeight)
            let rect = Rect(x: 1, y: max(0, height / 2 - 1), width: max(1, width - 2), height: min(height, 3))
            canvas.buffer.drawParagraph(message, in: rect, style: theme.style(.uiError), alignment: .center)
            return Frame(buffer: canvas.buffer, hitRegions: [], scrollOffsets: state.scrollOffset, pageSize: 1, ticks: false)
        }

        if state.view == .stage {
            // The audience sees this screen: no question is ever drawn on it.
            StageView.render(state, into: &canvas, bounds: canvas.buffer.bounds)
            return Frame(buffer: canvas.buffer, hitRegions: [], scrollOffsets: state.scrollOffset, pageSize: 1)
        }

        TabBar.render(state, into: &canvas, rect: Rect(x: 0, y: 0, width: width, height: 1))
        let info = state.event.info
        // A blank event has no venue yet: no separator left hanging after the date.
        let eventLine = [info.title, info.date.vietnamese, info.venue].filter { !$0.isEmpty }.joined(separator: " · ")
        canvas.text(eventLine, x: 1, y: 1, maxWidth: width - 2, style: .uiDim)

        // The live show at `now`, worked out once for the frame: the programme pane and the
        // status bar both read it, and it walks the whole programme.
        let status = state.showStatus
        let body = Rect(x: 0, y: 2, width: width, height: height - 4)
        var offsets = state.scrollOffset
        let offset: Int
        switch state.pane {
        case .agenda: offset = AgendaPaneView.render(state, status: status, into: &canvas, rect: body)
        case .seating: offset = SeatingPaneView.render(state, into: &canvas, rect: body)
        case .speakers: offset = SpeakersPaneView.render(state, into: &canvas, rect: body)
        case .awards: offset = AwardsPaneView.render(state, into: &canvas, rect: body)
        case .checklist: offset = ChecklistPaneView.render(state, into: &canvas, rect: body)
        case .index: offset = IndexPaneView.render(state, into: &canvas, rect: body)
        }
        offsets[state.pane] = offset

        let footerY = height - 2
        if let notice = state.notice {
            canvas.text(notice, x: 1, y: footerY, maxWidth: width - 2, style: .uiNotice)
        } else {
            // The keys that prepare the ceremony or the hall to whoever may use them before the
            // show; the tick-off keys to the MC, and to everyone once the show runs.
            let hint = switch state.pane {
            case .awards where SetupKeys.awardsRefusal(state) == nil && state.show.stage != .running: KeyMap.footer(on: .awards, strings.footer, preparing: true)
            case .seating where SetupKeys.seatingRefusal(state) == nil: KeyMap.footer(on: .seating, strings.footer, preparing: true)
            default: KeyMap.footer(on: state.pane, strings.footer)
            }
            canvas.text(hint, x: 1, y: footerY, maxWidth: width - 2, style: .uiDim)
        }
        StatusBar.render(state, status: status, into: &canvas, rect: Rect(x: 0, y: height - 1, width: width, height: 1))

        // Bottom first, so the top modal is drawn over the others.
        for modal in state.modals {
            switch modal {
            case .overlay(.help): HelpOverlay.render(state, into: &canvas, bounds: canvas.buffer.bounds)
            case .overlay(.confirmQuit): ConfirmOverlay.render(strings.quitQuestion, into: &canvas, bounds: canvas.buffer.bounds)
            case .overlay(.confirmJump(let id)):
                ConfirmOverlay.render(state.jumpQuestion(to: id), into: &canvas, bounds: canvas.buffer.bounds)
            case .overlay(.form(let form)): FormOverlay.render(form, strings: strings, into: &canvas, bounds: canvas.buffer.bounds)
            case .overlay(.confirm(let confirmation)): ConfirmOverlay.render(confirmation.question, into: &canvas, bounds: canvas.buffer.bounds)
            case .overlay(.checklistDetails(let id)):
                ChecklistDetailsOverlay.render(state, id: id, into: &canvas, bounds: canvas.buffer.bounds)
            case .overlay(.journal): JournalOverlay.render(state, into: &canvas, bounds: canvas.buffer.bounds)
            case .importDialog(let dialog): ImportDialogView.render(dialog, strings: strings, into: &canvas, bounds: canvas.buffer.bounds)
            // The seating pane draws its own typed line.
            case .seatingInput: break
            }
        }
        return Frame(buffer: canvas.buffer, hitRegions: canvas.hits, scrollOffsets: offsets, pageSize: max(1, body.height - 3))
    }
}
