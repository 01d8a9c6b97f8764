import Foundation
import PodiumCore
import PodiumStore
import TermCore

/// Runs the TUI: reads keys and clicks, follows other processes' changes through the change
/// feed, and redraws when something changed or the clock ticked a second. Between those it
/// sleeps: on the terminal and the event file's notifications, never on a short poll.
public final class AppLoop {
    private let store: EventStore
    private let feed: ChangeFeed
    private let terminal: TerminalScreen
    private let theme: Theme
    private let clock: @Sendable () -> Date
    public private(set) var state: AppState
    /// The event as last read from the file; refreshed with only what changed.
    private var mirror: EventMirror
    private let importer = ImportRunner()
    /// Told the pane and the selected row of each pane whenever they change, so that a TUI
    /// killed in the middle can come back there.
    private let placeChanged: (Pane, [Pane: Int]) -> Void

    /// How long "just updated" stays in the status bar after another process's change.
    private let updatedBadgeSeconds: TimeInterval = 3
    /// Without file notifications, how often the loop asks the file whether it changed.
    private let fallbackPollMs = 100

    public init(store: EventStore, feed: ChangeFeed, mirror: EventMirror, terminal: TerminalScreen, theme: Theme, state: AppState,
                clock: @escaping @Sendable () -> Date = { Date() }, placeChanged: @escaping (Pane, [Pane: Int]) -> Void = { _, _ in }) {
        self.store = store
        self.feed = feed
        self.mirror = mirror
        self.terminal = terminal
        self.theme = theme
        self.state = state
        self.clock = clock
        self.placeChanged = placeChanged
    }

    public func run() {
        var frame = draw()
        var lastSecond = Int(state.now.timeIntervalSince1970)
        var place = (state.pane, state.selection)
        placeChanged(place.0, place.1)
        while !state.shouldQuit {
            var needsDraw = false
            if let event = terminal.readEvent(timeoutMs: 0) {
                if case .resize = event { terminal.forceFullRedraw() }
                if let command = state.command(for: event, frame: frame) {
                    if command == .redraw { terminal.forceFullRedraw() }
                    state.apply(command, pageSize: frame.pageSize)
                    performEffects()
                    if state.pane != place.0 || state.selection != place.1 {
                        place = (state.pane, state.selection)
                        placeChanged(place.0, place.1)
                    }
                }
                if let request = state.pendingImport {
                    state.pendingImport = nil
                    frame = draw()
                    performImport(request)
                }
                needsDraw = true
            } else {
                terminal.waitForInput(timeoutMs: wakeTimeout(ticking: frame.ticks), orReadable: feed.wakeDescriptor)
            }
            if feed.fileWasTouched() {
                if watchFile() { needsDraw = true }
                if !fileLost, feed.hasChanged() {
                    refresh(byOther: true)
                    needsDraw = true
                }
            }
            state.now = clock()
            if case .updatedByOther(let at) = state.sync, state.now.timeIntervalSince(at) > updatedBadgeSeconds {
                state.sync = .synced
            }
            let second = Int(state.now.timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                if frame.ticks { needsDraw = true }
            }
            if needsDraw { frame = draw() }
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
        if feed.wakeDescriptor == nil { timeout = timeout < 0 ? fallbackPollMs : min(timeout, fallbackPollMs) }
        return timeout
    }

    /// Performs the store writes the last command queued; the first failure stops the rest and
    /// is shown as the notice. The change feed's signal for our own write is consumed so the
    /// status bar does not claim another terminal changed the event; a write that committed
    /// nothing reads nothing.
    private func performEffects() {
        let effects = state.effects
        state.effects = []
        guard !effects.isEmpty else { return }
        let actor = Actor(operatorName: state.operatorName, role: state.role)
        // Only the first write is checked against the show as drawn: the ones after it follow it.
        var showSeen: Int64? = state.show.lastEntryID
        for effect in effects {
            if case .seating(let write) = effect {
                perform(write)
                continue
            }
            do {
                try effect.perform(on: store, by: actor, at: clock(), showSeen: showSeen)
                showSeen = nil
            } catch {
                let message = state.strings.reliability.notice(for: error) ?? state.strings.errorMessage(error, in: .terminal)
                if case .refused(.conflict) = error {
                    // Their change is what the form is put back over: read it first.
                    refresh(byOther: true)
                    if state.reopenRefusedEdit(message) { state.submittedEdit = nil; return }
                }
                state.notice = message
                watchFile(after: error)
                break
            }
        }
        state.submittedEdit = nil
        guard !fileLost else { return }
        // Our own commits are already decided; they are not news from another terminal.
        if feed.hasChanged() { refresh(byOther: false) }
    }

    private func performImport(_ request: ImportRequest) {
        guard let dialog = state.importDialog else { return }
        switch request {
        case .plan:
            let checked = importer.check(dialog, event: state.event, vietnamese: state.language == .vi) { [self] done, total in
                state.importDialog?.stage = .reading(done: done, total: total)
                _ = draw()
            }
            state.importDialog?.stage = checked.stage
            state.importDialog?.remedies = checked.remedies
        case .apply:
            do {
                if let choices = dialog.revision { importer.choose(choices) }
                let counts = try importer.apply(to: store, by: Actor(operatorName: state.operatorName, role: state.role))
                _ = feed.hasChanged()
                try mirror.refresh(from: store)
                state.event = mirror.event
                state.importDialog = nil
                state.notice = state.strings.importDone(state.strings.importCounts(counts.added, counts.merged, counts.skipped))
            } catch {
                let message = state.strings.reliability.notice(for: error) ?? state.strings.errorMessage(error, in: .terminal)
                state.importDialog?.stage = .refused([message])
                watchFile(after: error)
            }
        }
    }

    /// Reads what changed in the file since the last read (one transaction, only the tables
    /// the new journal entries name) into the state.
    private func refresh(byOther: Bool) {
        do {
            let parts = try mirror.refresh(from: store)
            if !parts.isDisjoint(with: .tables) { state.event = mirror.event }
            if parts.contains(.show) || parts.contains(.segments) { state.show = mirror.show }
            if parts.contains(.awardProgress) { state.awards = mirror.awards }
            if parts.contains(.indexReveal) { state.indexReveal = mirror.indexReveal }
            if parts.contains(.access) { state.roleGrants = mirror.roleGrants }
            if !parts.isEmpty { state.journal = mirror.recentJournal }
            if byOther {
                state.sync = state.isReadOnly ? .readOnly : .updatedByOther(at: clock())
                let theirs = mirror.recentJournal.last { $0.operatorName != state.operatorName } ?? mirror.recentJournal.last
                if let theirs { state.lastOtherChange = OtherChange(arrived: clock(), operatorName: theirs.operatorName) }
            }
        } catch {
            if byOther { state.sync = .failed(state.strings.errorMessage(error, in: .terminal)) }
            state.notice = state.strings.errorMessage(error, in: .terminal)
        }
    }

    /// Writes a seating change; the refresh after it shows the event as the file now holds it.
    private func perform(_ write: SeatingWrite) {
        let actor = Actor(operatorName: state.operatorName, role: state.role)
        let now = clock()
        do {
            switch write {
            case .edit(let change):
                try store.run(.seating(.edit(change)), by: actor, at: now)
            case .checkIn(let id, let checkedIn):
                try store.run(.roster(.checkIn(delegateID: id, checkedIn)), by: actor, at: now)
            case .auto:
                let event = try store.run(.seating(.autoAssign), by: actor, at: now)
                guard case .autoAssigned(let event, let unseated) = event else { break }
                state.notice = state.strings.seatingAutoDone(event.seating.assignments.count, unseated.count)
            case .undoAuto:
                let event = try store.run(.seating(.undoAutoAssign), by: actor, at: now).event
                state.notice = state.strings.dayOf.seatingAutoUndone(event?.seating.assignments.count ?? 0)
            case .standIn(let absentID, let name, let title):
                let result = try store.run(.roster(.standIn(for: absentID, name: name, title: title, unit: "")), by: actor, at: now)
                guard let standIn = result.delegate else { break }
                if feed.hasChanged() { refresh(byOther: false) }
                let absent = state.event.delegates.first { $0.id == absentID }?.name ?? ""
                if let seat = state.seatingDerived.seatOfDelegate[standIn.id] {
                    state.seatingView.cursor = seat
                    let label = state.event.seating.assignment(of: standIn.id)?.seat ?? ""
                    state.notice = state.strings.dayOf.seatingStandInSeated(standIn.name, label, absent)
                } else {
                    state.notice = state.strings.dayOf.seatingStandInUnseated(standIn.name, absent)
                }
            }
        } catch {
            state.notice = state.strings.reliability.notice(for: error) ?? state.strings.errorMessage(error, in: .terminal)
            watchFile(after: error)
        }
        if feed.hasChanged() { refresh(byOther: false) }
    }

    /// True once the file at the event's path is no longer the one opened.
    private var fileLost: Bool {
        if case .fileLost = state.sync { return true }
        return false
    }

    /// Stops every write, for good, once the path no longer names the file this process opened
    /// (deleted, or another file moved or copied over it, even in the middle of a commit), or
    /// once the full integrity check after a failed write found the file damaged, and says so in
    /// the status bar: the old connection would write into a deleted file, mix two events in
    /// one, or spread the damage.
    @discardableResult
    private func watchFile(after error: (any Error)? = nil) -> Bool {
        guard !fileLost else { return false }
        let strings = state.strings.reliability
        // Only the store's own verdict: a `.corrupt` from one row that the full check then
        // found sound does not make the file read-only.
        switch store.stoppedWriting {
        case .corrupt(_, let detail)?:
            guard state.sync != .damaged else { return false }
            state.isReadOnly = true
            // From here the file is why nothing changes, whatever the role.
            state.watchOnly = nil
            state.sync = .damaged
            state.notice = strings.damagedOnWriteNotice(detail)
            return true
        case .movedWhileSaving?:
            state.isReadOnly = true
            state.watchOnly = nil
            state.sync = .fileLost(replaced: true)
            state.notice = strings.movedWhileSavingNotice
            return true
        default: break
        }
        let problem: StoreError?
        switch error as? StoreError {
        case .replaced(let path)?: problem = .replaced(path)
        case .vanished(let path)?: problem = .vanished(path)
        default: problem = store.fileProblem()
        }
        guard let problem else { return false }
        let replaced = if case .replaced = problem { true } else { false }
        state.isReadOnly = true
        state.watchOnly = nil
        state.sync = .fileLost(replaced: replaced)
        state.notice = replaced ? strings.replacedNotice : strings.vanishedNotice
        return true
    }

    private func draw() -> Frame {
        let size = terminal.size
        let frame = Screen.render(state, theme: theme, width: size.width, height: size.height)
        state.scrollOffset = frame.scrollOffsets
        terminal.draw(frame.buffer)
        return frame
    }
}
