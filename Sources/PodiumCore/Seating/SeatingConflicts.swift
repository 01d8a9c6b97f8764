/// Something wrong with the seating plan, as the conflicts panel lists it.
public enum SeatingConflict: Hashable, Sendable {
    case unseated(delegateID: Int64)
    case doubleBooked(seat: String, delegateIDs: [Int64])
    /// The plan names a seat the hall no longer has, or one marked unusable.
    case missingSeat(delegateID: Int64, seat: String)
    case leaderOutsideFrontRows(delegateID: Int64, seat: String)
    case notOnAisle(delegateID: Int64, seat: String)
    case overCapacity(delegates: Int, seats: Int)
    /// Delegates with the same name and unit once case, accents and spacing are ignored.
    case duplicate(delegateIDs: [Int64])
    /// A speaker or presenter the programme calls up who has not checked in, with nobody standing in.
    case presenterNotHere(delegateID: Int64)

    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case unseated, doubleBooked, missingSeat, leaderOutsideFrontRows, notOnAisle, overCapacity, duplicate, presenterNotHere
    }

    public var kind: Kind {
        switch self {
        case .unseated: .unseated
        case .doubleBooked: .doubleBooked
        case .missingSeat: .missingSeat
        case .leaderOutsideFrontRows: .leaderOutsideFrontRows
        case .notOnAisle: .notOnAisle
        case .overCapacity: .overCapacity
        case .duplicate: .duplicate
        case .presenterNotHere: .presenterNotHere
        }
    }

    /// The seat to jump to from the conflicts panel, if there is one.
    public var seat: String? {
        switch self {
        case .doubleBooked(let seat, _), .missingSeat(_, let seat), .leaderOutsideFrontRows(_, let seat),
             .notOnAisle(_, let seat):
            seat
        case .unseated, .overCapacity, .duplicate, .presenterNotHere: nil
        }
    }
}

public enum SeatingConflicts {
    /// Every conflict of the event's plan: capacity first, then by kind, each in roster order.
    public static func find(_ event: EventData, layout: HallLayout? = nil) -> [SeatingConflict] {
        let layout = layout ?? HallLayout(event.hall)
        let settings = event.seating.settings
        var result: [SeatingConflict] = []
        let usable = layout.usableSeatCount
        if event.delegates.count > usable {
            result.append(.overCapacity(delegates: event.delegates.count, seats: usable))
        }
        let known = Set(event.delegates.map(\.id))
        let assignments = event.seating.assignments.filter { known.contains($0.delegateID) }
        let seatOf = Dictionary(assignments.map { ($0.delegateID, $0.seat) }, uniquingKeysWith: { first, _ in first })

        // Someone whose stand-in took their seat is represented, not unseated.
        let represented = event.representedNames
        for delegate in event.delegates where seatOf[delegate.id] == nil && !represented.contains(VietnameseText.folded(delegate.name)) {
            result.append(.unseated(delegateID: delegate.id))
        }
        var bySeat: [String: [Int64]] = [:]
        for assignment in assignments { bySeat[assignment.seat.uppercased(), default: []].append(assignment.delegateID) }
        for (seat, ids) in bySeat.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            result.append(.doubleBooked(seat: layout.seat(seat)?.label ?? seat, delegateIDs: ids.sorted()))
        }
        var seatsByDelegate: [Int64: Seat] = [:]
        for assignment in assignments {
            if let seat = layout.seat(assignment.seat), seat.isUsable {
                seatsByDelegate[assignment.delegateID] = seat
            } else {
                result.append(.missingSeat(delegateID: assignment.delegateID, seat: assignment.seat))
            }
        }
        let leaderGroups = Set(settings.leaderGroups)
        for delegate in event.delegates where leaderGroups.contains(delegate.groupKey) {
            if let seat = seatsByDelegate[delegate.id], seat.rowFromStage > settings.leaderRows {
                result.append(.leaderOutsideFrontRows(delegateID: delegate.id, seat: seat.label))
            }
        }
        for delegate in SeatingAssigner.callingOrder(event, among: event.delegates) where !leaderGroups.contains(delegate.groupKey) {
            if let seat = seatsByDelegate[delegate.id], !seat.isAisle, !seat.isPresidium {
                result.append(.notOnAisle(delegateID: delegate.id, seat: seat.label))
            }
        }
        var byIdentity: [String: [Int64]] = [:]
        var identities: [String] = []
        for delegate in event.delegates {
            let identity = FoldedName.fold(delegate.name) + "\u{1F}" + FoldedName.fold(delegate.unit)
            if byIdentity[identity] == nil { identities.append(identity) }
            byIdentity[identity, default: []].append(delegate.id)
        }
        for identity in identities {
            if let ids = byIdentity[identity], ids.count > 1 { result.append(.duplicate(delegateIDs: ids)) }
        }
        for delegate in event.missingPresenters { result.append(.presenterNotHere(delegateID: delegate.id)) }
        return result
    }
}
