import Foundation
import PodiumCore
import PodiumStore
import TermCore

/// Runs the TUI: reads keys and clicks, follows other processes' changes through the change
/// feed, and redraws when something changed or the clock ticked a second.
public final class AppLoop {
    private let store: EventStore
    private let feed: ChangeFeed
    private let terminal: TerminalScreen
    private let theme: Theme
    private let clock: @Sendable () -> Date
    public private(set) var state: AppState

    /// How long "just updated" stays in the status bar after another process's change.
    private let updatedBadgeSeconds: TimeInterval = 3

    public init(store: EventStore, feed: ChangeFeed, terminal: TerminalScreen, theme: Theme, state: AppState,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.feed = feed
        self.terminal = terminal
        self.theme = theme
        self.state = state
        self.clock = clock
    }

    public func run() {
        var frame = draw()
        var lastSecond = Int(state.now.timeIntervalSince1970)
        while !state.shouldQuit {
            var needsDraw = false
            // 50 ms keeps the change feed within its 100 ms promise while idle.
            if let event = terminal.readEvent(timeoutMs: 50) {
                if case .resize = event { terminal.forceFullRedraw() }
                if let command = state.command(for: event, frame: frame) {
                    if command == .redraw { terminal.forceFullRedraw() }
                    state.apply(command, pageSize: frame.pageSize)
                    performEffects()
                }
                needsDraw = true
            }
            if feed.hasChanged() {
                reload()
                needsDraw = true
            }
            state.now = clock()
            if case .updatedByOther(let at) = state.sync, state.now.timeIntervalSince(at) > updatedBadgeSeconds {
                state.sync = .synced
            }
            let second = Int(state.now.timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                needsDraw = true
            }
            if needsDraw { frame = draw() }
        }
    }

    /// Performs the store writes the last command queued; the first failure stops the rest and
    /// is shown as the notice. The change feed's signal for our own write is consumed so the
    /// status bar does not claim another terminal changed the event.
    private func performEffects() {
        let effects = state.effects
        state.effects = []
        guard !effects.isEmpty else { return }
        let actor = Actor(operatorName: state.operatorName, role: state.role)
        for effect in effects {
            do {
                try effect.perform(on: store, by: actor, at: clock())
            } catch {
                state.notice = error.description
                break
            }
        }
        _ = feed.hasChanged()
        do {
            state.event = try store.load()
            state.show = try store.showState()
            state.awards = try store.awardProgress()
        } catch {
            state.notice = error.description
        }
    }

    private func reload() {
        do {
            state.event = try store.load()
            state.show = try store.showState()
            state.awards = try store.awardProgress()
            state.sync = state.isReadOnly ? .readOnly : .updatedByOther(at: clock())
        } catch {
            state.sync = .failed(String(describing: error))
            state.notice = String(describing: error)
        }
    }

    private func draw() -> Frame {
        let size = terminal.size
        let frame = Screen.render(state, theme: theme, width: size.width, height: size.height)
        state.scrollOffset = frame.scrollOffsets
        terminal.draw(frame.buffer)
        return frame
    }
}
