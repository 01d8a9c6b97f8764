/// Who sits where. Keyed by delegate, so a delegate has at most one seat; two delegates on one
/// seat (a double booking) can still be represented and is reported as a conflict.
public struct SeatingPlan: Hashable, Sendable, Codable {
    public var assignments: [SeatAssignment]
    public var settings: SeatingSettings

    public init(assignments: [SeatAssignment] = [], settings: SeatingSettings = SeatingSettings()) {
        self.assignments = assignments
        self.settings = settings
    }

    public func assignment(of delegateID: Int64) -> SeatAssignment? {
        assignments.first { $0.delegateID == delegateID }
    }

    /// Assignments by seat label (upper-cased); a double-booked seat lists several.
    public func bySeat() -> [String: [SeatAssignment]] {
        Dictionary(grouping: assignments, by: { $0.seat.uppercased() })
    }
}

public struct SeatAssignment: Hashable, Sendable, Codable {
    public var delegateID: Int64
    /// The seat's label as `HallLayout` writes it.
    public var seat: String
    /// A locked assignment is kept by auto-assignment and cannot be taken by a move.
    public var locked: Bool
    public var reason: PlacementReason

    public init(delegateID: Int64, seat: String, locked: Bool = false, reason: PlacementReason) {
        self.delegateID = delegateID
        self.seat = seat
        self.locked = locked
        self.reason = reason
    }
}

/// Why a delegate sits where they sit, in terms the views translate.
public struct PlacementReason: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// On the stage; `order` is the precedence among the presidium.
        case presidium
        /// In the front rows kept for provincial leaders; `order` among them.
        case leaderRow
        /// On an aisle near the front; `order` is the calling order.
        case callingOrder
        /// At the side for the press; `order` among the press.
        case press
        /// In their group's block; `order` within the block.
        case block
        /// Placed by hand.
        case manual
    }

    public var kind: Kind
    public var order: Int
    /// The delegate's precedence (1 = most senior) when placed.
    public var precedence: Int
    public var groupKey: String

    public init(kind: Kind, order: Int = 0, precedence: Int = 0, groupKey: String = "") {
        self.kind = kind
        self.order = order
        self.precedence = precedence
        self.groupKey = groupKey
    }
}

/// The knobs of auto-assignment; stored in the event.
public struct SeatingSettings: Hashable, Sendable, Codable {
    /// From where "number 2 on number 1's right" is seen. Vietnamese protocol states it from
    /// the stage, so number 2 appears on the audience's left.
    public enum Viewpoint: String, Hashable, Sendable, Codable, CaseIterable { case stage, audience }

    /// How an even row is centred (no Vietnamese rule was found): number 1 shares the middle
    /// pair with number 2, or with number 3.
    public enum EvenCentring: String, Hashable, Sendable, Codable, CaseIterable { case withNumberTwo, withNumberThree }

    public enum Side: String, Hashable, Sendable, Codable, CaseIterable { case left, right }

    public var viewpoint: Viewpoint
    public var evenCentring: EvenCentring
    /// Groups whose members may sit on the presidium and in the leaders' front rows.
    public var leaderGroups: [String]
    /// Hall rows (from the stage) kept for leaders not on the presidium.
    public var leaderRows: Int
    /// Blocks after the leaders, in hall order; groups not listed follow in their own order.
    public var groupOrder: [String]
    /// Groups seated at the side near the stage.
    public var pressGroups: [String]
    /// The side of the hall, as the audience sees it, where the press sits.
    public var pressSide: Side

    public init(
        viewpoint: Viewpoint = .stage, evenCentring: EvenCentring = .withNumberTwo,
        leaderGroups: [String] = ["leaders"], leaderRows: Int = 1,
        groupOrder: [String] = ["workgroup", "council", "awardees", "departments", "communes"],
        pressGroups: [String] = ["press"], pressSide: Side = .right
    ) {
        self.viewpoint = viewpoint
        self.evenCentring = evenCentring
        self.leaderGroups = leaderGroups
        self.leaderRows = leaderRows
        self.groupOrder = groupOrder
        self.pressGroups = pressGroups
        self.pressSide = pressSide
    }
}
