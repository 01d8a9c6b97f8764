import PodiumCore

extension AppState {
    /// `u` in the journal overlay: reverses the operator's own newest entry where a command
    /// reverses it (a live step, a tick, a check-in, a swap, a lock, an auto-seating, a
    /// withdrawal, a reveal step), through the same effects the panes' keys queue, so the same
    /// rules apply. Anything else is left to the form it came from, and the notice says so.
    mutating func undoOwnLast() {
        let names = JournalNames(event, journal: journal)
        guard let entry = journal.last(where: { $0.operatorName == operatorName }) else {
            notice = strings.journal.nothingToUndo
            return
        }
        let effect: StoreEffect? = switch entry.fact {
        case .show(.undo): nil
        case .show where show.undoableEntryID == entry.id: .perform(.undo(entryID: entry.id))
        case .awards(.step(.tick(let id), _, _)): .performAward(.untick(recipientID: id))
        case .awards(.step(.untick(let id), _, _)): .performAward(.tick(recipientID: id))
        case .awards(.step(.nextBatch, _, _)): .performAward(.previousBatch)
        case .awards(.step(.previousBatch, _, _)): .performAward(.nextBatch)
        case .roster(.checkedIn(let id, _, let checkedIn)): .seating(.checkIn(delegateID: id, !checkedIn))
        case .seating(.swapped(let first, let second)): .seating(.edit(.swap(first, second)))
        case .seating(.locked(let seat)): .seating(.edit(.setLocked(false, seat: seat)))
        case .seating(.unlocked(let seat)): .seating(.edit(.setLocked(true, seat: seat)))
        case .seating(.autoAssigned): .seating(.undoAuto)
        case .speakers(.withdrawn(let id, _, _)): .restoreContribution(id: id)
        case .speakers(.restored(let id, _)): .withdrawContribution(id: id, force: false)
        case .indexReveal(let fact): .performIndexReveal(fact.action == .next ? .back : .next, seen: indexReveal.revealed)
        default: nil
        }
        let what = strings.journal.sentence(entry.fact, names)
        guard let effect, !isReadOnly else {
            notice = isReadOnly ? readOnlyNotice : strings.journal.cannotUndo(what)
            return
        }
        effects.append(effect)
        notice = strings.journal.undone(what)
    }
}
