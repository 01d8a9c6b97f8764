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
                    if let effect = state.apply(command, pageSize: frame.pageSize) { carryOut(effect) }
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

    private func carryOut(_ effect: AppEffect) {
        switch effect {
        case .perform(let action):
            do {
                try store.perform(action, by: Actor(operatorName: state.operatorName, role: state.role), at: clock())
                // Our own commit moves the change feed too; take it here so the status bar
                // does not announce it as another terminal's change.
                _ = feed.hasChanged()
                state.event = try store.load()
                state.show = try store.showState()
            } catch {
                state.notice = String(describing: error)
            }
        }
    }

    private func reload() {
        do {
            state.event = try store.load()
            state.show = try store.showState()
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
