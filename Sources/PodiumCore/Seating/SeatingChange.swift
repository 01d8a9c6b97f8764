/// A change protocol staff make to the seating plan by hand, the same from the seating pane and
/// from `podium seat`: applied to the event as the file holds it, it gives the new plan and the
/// fact to journal, or the reason it is refused.
public enum SeatingChange: Hashable, Sendable {
    /// Seats the delegate on an empty seat, giving up any seat they had.
    case move(delegateID: Int64, seat: String)
    case swap(String, String)
    case unassign(seat: String)
    case setLocked(Bool, seat: String)
    /// Empties every seat that is not locked.
    case clear

    public func applied(to event: EventData) throws(SeatingEditError) -> (plan: SeatingPlan, fact: SeatingFact) {
        let layout = HallLayout(event.hall)
        switch self {
        case .move(let id, let seat):
            guard let delegate = event.delegates.first(where: { $0.id == id }) else { throw .noSuchDelegate("#\(id)") }
            return (try SeatingEdit.move(delegate, to: seat, in: event, layout: layout), .assigned(delegateID: id, seat: seat.uppercased()))
        case .swap(let first, let second):
            return (try SeatingEdit.swap(first, second, in: event, layout: layout), .swapped(first.uppercased(), second.uppercased()))
        case .unassign(let seat):
            return (try SeatingEdit.unassign(seat, in: event, layout: layout), .unassigned(seat: seat.uppercased()))
        case .setLocked(let locked, let seat):
            let plan = try SeatingEdit.setLocked(locked, seat: seat, in: event, layout: layout)
            return (plan, locked ? .locked(seat: seat.uppercased()) : .unlocked(seat: seat.uppercased()))
        case .clear:
            return (SeatingEdit.clear(event), .cleared)
        }
    }
}
