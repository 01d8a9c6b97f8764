/// Why a seating change was refused; nothing is changed when one is thrown.
public enum SeatingEditError: Error, Hashable, Sendable {
    case noSuchSeat(String)
    case unusableSeat(String)
    case emptySeat(String)
    case lockedSeat(String, occupant: String)
    case seatTaken(String, occupant: String)
    case noSuchDelegate(String)
    case ambiguousDelegate(String, count: Int, candidates: [String])
    case notSeated(String)
    case hallTooSmall(delegates: Int, seats: Int)
}

/// The manual changes protocol staff make, as pure functions on the plan. Each either
/// returns the changed plan or throws, leaving the plan as it was.
public enum SeatingEdit {
    /// Seats `delegate` on the empty seat `label`, giving up any seat they had.
    public static func move(
        _ delegate: Delegate, to label: String, in event: EventData, layout: HallLayout
    ) throws(SeatingEditError) -> SeatingPlan {
        let seat = try usableSeat(label, layout)
        var plan = event.seating
        if let occupant = plan.assignments.first(where: { $0.seat.uppercased() == seat.label.uppercased() }) {
            let name = name(of: occupant.delegateID, in: event)
            if occupant.delegateID == delegate.id { return plan }
            throw occupant.locked ? .lockedSeat(seat.label, occupant: name) : .seatTaken(seat.label, occupant: name)
        }
        if let current = plan.assignment(of: delegate.id), current.locked {
            throw .lockedSeat(current.seat, occupant: delegate.name)
        }
        plan.assignments.removeAll { $0.delegateID == delegate.id }
        plan.assignments.append(SeatAssignment(delegateID: delegate.id, seat: seat.label, reason: manualReason(delegate, event)))
        return plan
    }

    /// Exchanges the occupants of two seats (either may be empty, not both).
    public static func swap(_ first: String, _ second: String, in event: EventData, layout: HallLayout) throws(SeatingEditError) -> SeatingPlan {
        let a = try usableSeat(first, layout), b = try usableSeat(second, layout)
        var plan = event.seating
        let occupantsA = plan.assignments.indices.filter { plan.assignments[$0].seat.uppercased() == a.label.uppercased() }
        let occupantsB = plan.assignments.indices.filter { plan.assignments[$0].seat.uppercased() == b.label.uppercased() }
        if occupantsA.isEmpty && occupantsB.isEmpty { throw .emptySeat(a.label) }
        for (index, label) in occupantsA.map({ ($0, a.label) }) + occupantsB.map({ ($0, b.label) }) where plan.assignments[index].locked {
            throw .lockedSeat(label, occupant: name(of: plan.assignments[index].delegateID, in: event))
        }
        let byID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in occupantsA { plan.assignments[index].seat = b.label }
        for index in occupantsB { plan.assignments[index].seat = a.label }
        for index in occupantsA + occupantsB {
            if let delegate = byID[plan.assignments[index].delegateID] {
                plan.assignments[index].reason = manualReason(delegate, event)
            }
        }
        return plan
    }

    /// Leaves the seat empty; its occupant becomes unseated.
    public static func unassign(_ label: String, in event: EventData, layout: HallLayout) throws(SeatingEditError) -> SeatingPlan {
        let seat = try existingSeat(label, layout)
        var plan = event.seating
        let occupants = plan.assignments.filter { $0.seat.uppercased() == seat.label.uppercased() }
        guard !occupants.isEmpty else { throw .emptySeat(seat.label) }
        if let locked = occupants.first(where: \.locked) {
            throw .lockedSeat(seat.label, occupant: name(of: locked.delegateID, in: event))
        }
        plan.assignments.removeAll { $0.seat.uppercased() == seat.label.uppercased() }
        return plan
    }

    public static func setLocked(_ locked: Bool, seat label: String, in event: EventData, layout: HallLayout) throws(SeatingEditError) -> SeatingPlan {
        let seat = try existingSeat(label, layout)
        var plan = event.seating
        var found = false
        for index in plan.assignments.indices where plan.assignments[index].seat.uppercased() == seat.label.uppercased() {
            plan.assignments[index].locked = locked
            found = true
        }
        guard found else { throw .emptySeat(seat.label) }
        return plan
    }

    /// Removes every assignment that is not locked.
    public static func clear(_ event: EventData) -> SeatingPlan {
        var plan = event.seating
        plan.assignments.removeAll { !$0.locked }
        return plan
    }

    /// Seats `standIn` where the delegate `absentID` sat, with the same lock, and unseats the
    /// absent delegate. Place cards are already on the seats, so nobody else moves; when the
    /// absent delegate had no seat the stand-in stays unseated until protocol places them.
    public static func standIn(_ standIn: Delegate, for absentID: Int64, in event: EventData) -> SeatingPlan {
        var plan = event.seating
        guard let index = plan.assignments.firstIndex(where: { $0.delegateID == absentID }) else { return plan }
        var seat = plan.assignments[index]
        plan.assignments.remove(at: index)
        plan.assignments.removeAll { $0.delegateID == standIn.id }
        seat.delegateID = standIn.id
        seat.reason.groupKey = standIn.groupKey
        plan.assignments.append(seat)
        return plan
    }

    /// The plan auto-assignment makes, with the unseated delegates it could not place.
    public static func auto(_ event: EventData) -> (SeatingPlan, unseated: [Int64]) {
        let result = SeatingAssigner.assign(event)
        var plan = event.seating
        plan.assignments = result.assignments
        return (plan, result.unseated)
    }

    private static func existingSeat(_ label: String, _ layout: HallLayout) throws(SeatingEditError) -> Seat {
        guard let seat = layout.seat(label) else { throw .noSuchSeat(label) }
        return seat
    }

    private static func usableSeat(_ label: String, _ layout: HallLayout) throws(SeatingEditError) -> Seat {
        let seat = try existingSeat(label, layout)
        guard seat.isUsable else { throw .unusableSeat(seat.label) }
        return seat
    }

    private static func name(of id: Int64, in event: EventData) -> String {
        event.delegates.first { $0.id == id }?.name ?? "#\(id)"
    }

    private static func manualReason(_ delegate: Delegate, _ event: EventData) -> PlacementReason {
        PlacementReason(
            kind: .manual, precedence: Precedence(event).position(of: delegate.id) ?? 0, groupKey: delegate.groupKey
        )
    }
}
