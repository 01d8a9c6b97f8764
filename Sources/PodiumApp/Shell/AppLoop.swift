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
    private let importer = ImportRunner()

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
                if let request = state.pendingImport {
                    state.pendingImport = nil
                    frame = draw()
                    performImport(request)
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
            if case .seating(let write) = effect {
                perform(write)
                continue
            }
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

    private func performImport(_ request: ImportRequest) {
        guard let dialog = state.importDialog else { return }
        switch request {
        case .plan:
            let checked = importer.check(dialog, event: state.event) { [self] done, total in
                state.importDialog?.stage = .reading(done: done, total: total)
                _ = draw()
            }
            state.importDialog?.stage = checked.stage
            state.importDialog?.remedies = checked.remedies
        case .apply:
            do {
                if let choices = dialog.revision { importer.choose(choices) }
                let counts = try importer.apply(to: store, by: Actor(operatorName: state.operatorName, role: state.role))
                state.event = try store.load()
                state.importDialog = nil
                state.notice = state.strings.importDone(state.strings.importCounts(counts.added, counts.merged, counts.skipped))
            } catch {
                state.importDialog?.stage = .refused([String(describing: error)])
            }
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

    /// Writes a seating change and shows the event as the file now holds it.
    private func perform(_ write: SeatingWrite) {
        let actor = Actor(operatorName: state.operatorName, role: state.role)
        let now = clock()
        do {
            switch write {
            case .move(let id, let seat):
                state.event = try store.editSeating(action: "seat.assign", payload: ["delegate": id, "seat": seat], by: actor, at: now) { event, layout throws(SeatingEditError) in
                    guard let delegate = event.delegates.first(where: { $0.id == id }) else { throw .noSuchDelegate("#\(id)") }
                    return try SeatingEdit.move(delegate, to: seat, in: event, layout: layout)
                }
            case .swap(let first, let second):
                state.event = try store.editSeating(action: "seat.swap", payload: ["seats": [first, second]], by: actor, at: now) { event, layout throws(SeatingEditError) in
                    try SeatingEdit.swap(first, second, in: event, layout: layout)
                }
            case .unassign(let seat):
                state.event = try store.editSeating(action: "seat.unassign", payload: ["seat": seat], by: actor, at: now) { event, layout throws(SeatingEditError) in
                    try SeatingEdit.unassign(seat, in: event, layout: layout)
                }
            case .lock(let seat, let locked):
                state.event = try store.editSeating(action: locked ? "seat.lock" : "seat.unlock", payload: ["seat": seat], by: actor, at: now) { event, layout throws(SeatingEditError) in
                    try SeatingEdit.setLocked(locked, seat: seat, in: event, layout: layout)
                }
            case .checkIn(let id, let checkedIn):
                try store.setCheckedIn(delegateID: id, checkedIn, by: actor, at: now)
                state.event = try store.load()
            case .auto:
                let (event, unseated) = try store.autoAssignSeats(by: actor, at: now)
                state.event = event
                state.notice = state.strings.seatingAutoDone(event.seating.assignments.count, unseated.count)
            case .standIn(let absentID, let name, let title):
                let standIn = try store.enterStandIn(for: absentID, name: name, title: title, unit: "", by: actor, at: now)
                state.event = try store.load()
                if let seat = state.seatingDerived.seatOfDelegate[standIn.id] { state.seatingView.cursor = seat }
            }
        } catch {
            state.notice = String(describing: error)
        }
        // Our own commit is already on screen; it is not news from another terminal.
        _ = feed.hasChanged()
    }

    private func draw() -> Frame {
        let size = terminal.size
        let frame = Screen.render(state, theme: theme, width: size.width, height: size.height)
        state.scrollOffset = frame.scrollOffsets
        terminal.draw(frame.buffer)
        return frame
    }
}
