import Foundation
import PodiumCore
import PodiumStore
import TermCore

extension AppState {
    /// How long "just updated" stays in the status bar after another process's change.
    static let updatedBadgeSeconds: TimeInterval = 3

    /// The one entry point of the app: a message changes the state and asks for effects, which
    /// the runner performs in order and answers with further messages. Nothing here does I/O.
    public mutating func update(_ message: AppMessage) -> [AppEffect] {
        switch message {
        case .input(let event, let frame):
            return handleInput(event, frame: frame)
        case .tick(let date):
            now = date
            if case .updatedByOther(let at) = sync, now.timeIntervalSince(at) > Self.updatedBadgeSeconds { sync = .synced }
            return []
        case .storeChanged(let changes, let byOther, let at):
            take(changes)
            guard byOther else { return [] }
            sync = isReadOnly ? .readOnly : .updatedByOther(at: at)
            let theirs = journal.last { $0.operatorName != operatorName } ?? journal.last
            if let theirs { lastOtherChange = OtherChange(arrived: at, operatorName: theirs.operatorName) }
            return [.redraw]
        case .storeReadFailed(let error, let byOther):
            if byOther { sync = .failed(strings.errorMessage(error, in: .terminal)) }
            notice = strings.errorMessage(error, in: .terminal)
            return [.redraw]
        case .writeFinished(let effect, .success(let outcome)):
            return writeDone(effect, outcome)
        case .writeFinished(_, .failure(let error)):
            let message = strings.reliability.notice(for: error) ?? strings.errorMessage(error, in: .terminal)
            if case .refused(.conflict) = error {
                // Their change is what the form is put back over: read it first.
                return [.readChanges(byOther: true, always: true), .send(.reopenRefusedEdit(message))]
            }
            notice = message
            return [.checkFile(after: error)]
        case .reopenRefusedEdit(let message):
            if reopenRefusedEdit(message) { return [] }
            notice = message
            return [.checkFile(after: nil)]
        case .standInEntered(let standIn, let absentID):
            let absent = event.delegates.first { $0.id == absentID }?.name ?? ""
            if let seat = seatingDerived.seatOfDelegate[standIn.id] {
                seatingView.cursor = seat
                let label = event.seating.assignment(of: standIn.id)?.seat ?? ""
                notice = strings.dayOf.seatingStandInSeated(standIn.name, label, absent)
            } else {
                notice = strings.dayOf.seatingStandInUnseated(standIn.name, absent)
            }
            return []
        case .writesDone:
            submittedEdit = nil
            return []
        case .fileChecked(let watch):
            return watchFile(watch) ? [.redraw] : []
        case .fileTouched(let watch):
            var effects: [AppEffect] = watchFile(watch) ? [.redraw] : []
            if !fileLost { effects.append(.readChanges(byOther: true, always: false)) }
            return effects
        case .importProgress(let done, let total):
            importDialog?.stage = .reading(done: done, total: total)
            return [.drawNow]
        case .importChecked(let stage, let remedies):
            importDialog?.stage = stage
            importDialog?.remedies = remedies
            return [.redraw]
        case .importApplied(.success(let counts)):
            importDialog = nil
            notice = strings.importDone(strings.importCounts(counts.added, counts.merged, counts.skipped))
            return [.readChanges(byOther: false, always: true), .redraw]
        case .importApplied(.failure(let error)):
            let message = strings.reliability.notice(for: error) ?? strings.errorMessage(error, in: .terminal)
            importDialog?.stage = .refused([message])
            return [.checkFile(after: error), .redraw]
        }
    }

    /// A key, click or resize: the command it means, the writes it queued, the place it moved
    /// to, the import it asked for.
    private mutating func handleInput(_ input: InputEvent, frame: Frame?) -> [AppEffect] {
        var effects: [AppEffect] = []
        var fullRedraw = false
        if case .resize = input { fullRedraw = true }
        if let command = command(for: input, frame: frame) {
            if command == .redraw { fullRedraw = true }
            let before = (pane, place)
            apply(command, pageSize: frame?.pageSize ?? 10)
            if !self.effects.isEmpty {
                // Only the first write is checked against the show as drawn: the ones after it follow it.
                effects += [.write(self.effects, by: actor, showSeen: show.lastEntryID), .send(.writesDone)]
                self.effects = []
            }
            if pane != before.0 || place != before.1 { effects.append(.placeChanged(pane, place)) }
            if let request = pendingImport, let dialog = importDialog {
                pendingImport = nil
                switch request {
                case .plan: effects += [.drawNow, .checkImport(dialog, event: event, vietnamese: language == .vi)]
                case .apply: effects.append(.applyImport(dialog, by: actor))
                }
            }
            if shouldQuit { effects.append(.quit) }
        }
        if fullRedraw { effects.insert(.forceFullRedraw, at: 0) }
        effects.append(.redraw)
        return effects
    }

    /// Who this terminal writes as.
    var actor: Actor { Actor(operatorName: operatorName, role: role) }

    /// A write that went through: read back what it changed, then say what it did.
    private mutating func writeDone(_ effect: StoreEffect, _ outcome: WriteOutcome) -> [AppEffect] {
        // Our own commits are already decided; they are not news from another terminal.
        var effects: [AppEffect] = fileLost ? [] : [.readChanges(byOther: false, always: false)]
        switch outcome {
        case .done: break
        case .autoSeated(let seated, let unseated): notice = strings.seatingAutoDone(seated, unseated)
        case .autoUndone(let seated): notice = strings.dayOf.seatingAutoUndone(seated)
        case .standInEntered(let standIn):
            // Where the stand-in sits is known once the plan is read back.
            if case .seating(.standIn(let absentID, _, _)) = effect { effects.append(.send(.standInEntered(standIn, absentID: absentID))) }
        }
        return effects
    }

    /// True once the file at the event's path is no longer the one opened.
    var fileLost: Bool {
        if case .fileLost = sync { return true }
        return false
    }

    /// Stops every write, for good, once the path no longer names the file this process opened
    /// (deleted, or another file moved or copied over it, even in the middle of a commit), or
    /// once the full integrity check after a failed write found the file damaged, and says so in
    /// the status bar: the old connection would write into a deleted file, mix two events in
    /// one, or spread the damage. True when the screen changed.
    private mutating func watchFile(_ watch: FileWatch) -> Bool {
        guard !fileLost else { return false }
        let words = strings.reliability
        // Only the store's own verdict: a `.corrupt` from one row that the full check then
        // found sound does not make the file read-only.
        switch watch.stoppedWriting {
        case .corrupt(_, let detail)?:
            guard sync != .damaged else { return false }
            isReadOnly = true
            // From here the file is why nothing changes, whatever the role.
            watchOnly = nil
            sync = .damaged
            notice = words.damagedOnWriteNotice(detail)
            return true
        case .movedWhileSaving?:
            isReadOnly = true
            watchOnly = nil
            sync = .fileLost(replaced: true)
            notice = words.movedWhileSavingNotice
            return true
        default: break
        }
        guard let problem = watch.problem else { return false }
        let replaced = if case .replaced = problem { true } else { false }
        isReadOnly = true
        watchOnly = nil
        sync = .fileLost(replaced: replaced)
        notice = replaced ? words.replacedNotice : words.vanishedNotice
        return true
    }

    /// Takes in the parts of the event a read found changed.
    private mutating func take(_ changes: StoreChanges) {
        if let changed = changes.event { event = changed }
        if let changed = changes.show { show = changed }
        if let changed = changes.awards { awards = changed }
        if let changed = changes.indexReveal { indexReveal = changed }
        if let changed = changes.roleGrants { adopt(changed) }
        if let changed = changes.journal { journal = changed }
    }
}
