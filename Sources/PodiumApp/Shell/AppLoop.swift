import Foundation
import PodiumCore
import PodiumStore
import TermCore

/// Runs the TUI: turns keys and clicks, the clock and the event file's wake-ups into messages
/// for `AppState.update`, performs the effects it asks for through the terminal and the
/// session, and redraws when something changed or the clock ticked a second. Between those it
/// sleeps: on the terminal and the event file's notifications, never on a short poll.
public final class AppLoop {
    private let session: any EventSession
    private let terminal: TerminalScreen
    private let theme: Theme
    private let clock: @Sendable () -> Date
    public private(set) var state: AppState
    /// Told the pane and the selected row of each pane whenever they change, so that a TUI
    /// killed in the middle can come back there.
    private let placeChanged: (Pane, [Pane: Int]) -> Void

    /// Without file notifications, how often the loop asks the file whether it changed.
    private let fallbackPollMs = 100
    private var frame: Frame?
    private var running = true
    /// Set by an effect: draw at the end of this pass.
    private var needsDraw = false

    public init(session: any EventSession, terminal: TerminalScreen, theme: Theme, state: AppState,
                clock: @escaping @Sendable () -> Date, placeChanged: @escaping (Pane, [Pane: Int]) -> Void = { _, _ in }) {
        self.session = session
        self.terminal = terminal
        self.theme = theme
        self.state = state
        self.clock = clock
        self.placeChanged = placeChanged
    }

    /// The loop over the event file opened in `store`.
    public convenience init(store: EventStore, feed: ChangeFeed, mirror: EventMirror, terminal: TerminalScreen, theme: Theme, state: AppState,
                            clock: @escaping @Sendable () -> Date, placeChanged: @escaping (Pane, [Pane: Int]) -> Void = { _, _ in }) {
        self.init(session: StoreSession(store: store, feed: feed, mirror: mirror, clock: clock), terminal: terminal, theme: theme,
                  state: state, clock: clock, placeChanged: placeChanged)
    }

    public func run() {
        draw()
        var lastSecond = Int(state.now.timeIntervalSince1970)
        placeChanged(state.pane, state.place)
        while running && !state.shouldQuit {
            needsDraw = false
            if let event = terminal.readEvent(timeoutMs: 0) {
                handle(.input(event, frame: frame))
            } else {
                terminal.waitForInput(timeoutMs: wakeTimeout(ticking: frame?.ticks ?? false), orReadable: session.wakeDescriptor)
            }
            if session.fileWasTouched() { handle(.fileTouched(session.fileWatch(after: nil))) }
            handle(.tick(clock()))
            let second = Int(state.now.timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                if frame?.ticks == true { needsDraw = true }
            }
            if needsDraw { draw() }
        }
    }

    /// Hands one message to update and performs what it asks for, in order.
    public func handle(_ message: AppMessage) {
        for effect in state.update(message) { perform(effect) }
    }

    private func perform(_ effect: AppEffect) {
        switch effect {
        case .write(let writes, let actor, let showSeen):
            for (index, write) in writes.enumerated() {
                let result = session.perform(write, by: actor, at: clock(), showSeen: index == 0 ? showSeen : nil)
                handle(.writeFinished(write, result))
                if case .failure = result { break }
            }
        case .readChanges(let byOther, let always):
            do throws(StoreError) {
                if let changes = try session.readChanges(always: always) { handle(.storeChanged(changes, byOther: byOther, at: clock())) }
            } catch {
                handle(.storeReadFailed(error, byOther: byOther))
            }
        case .checkFile(let error):
            handle(.fileChecked(session.fileWatch(after: error)))
        case .checkImport(let dialog, let event, let vietnamese):
            let checked = session.checkImport(dialog, event: event, vietnamese: vietnamese) { [self] done, total in
                handle(.importProgress(done: done, total: total))
            }
            handle(.importChecked(checked.stage, remedies: checked.remedies))
        case .applyImport(let dialog, let actor):
            handle(.importApplied(session.applyImport(dialog, by: actor, at: clock())))
        case .drawNow: draw()
        case .redraw: needsDraw = true
        case .forceFullRedraw: terminal.forceFullRedraw()
        case .placeChanged(let pane, let rows): placeChanged(pane, rows)
        case .send(let message): handle(message)
        case .quit: running = false
        }
    }

    /// How long the loop may sleep: to the next second when the screen shows a clock that
    /// ticks, else until a key or the file wakes it; without file notifications, no longer
    /// than the fallback poll, so another process's change still shows.
    private func wakeTimeout(ticking: Bool) -> Int {
        var timeout = -1
        if ticking {
            let now = clock().timeIntervalSince1970
            timeout = max(1, Int(((now.rounded(.down) + 1 - now) * 1000).rounded(.up)))
        }
        if session.wakeDescriptor == nil { timeout = timeout < 0 ? fallbackPollMs : min(timeout, fallbackPollMs) }
        return timeout
    }

    private func draw() {
        let size = terminal.size
        let frame = Screen.render(state, theme: theme, width: size.width, height: size.height)
        state.scrollOffset = frame.scrollOffsets
        terminal.draw(frame.buffer)
        self.frame = frame
    }
}
