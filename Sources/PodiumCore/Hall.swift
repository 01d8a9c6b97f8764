/// The room: a presidium table on the stage and sections of seat rows in the hall.
public struct Hall: Hashable, Sendable, Codable {
    public var name: String
    public var presidiumSeats: Int
    /// Sections from the audience's left to right.
    public var sections: [HallSection]

    public init(name: String, presidiumSeats: Int, sections: [HallSection]) {
        self.name = name
        self.presidiumSeats = presidiumSeats
        self.sections = sections
    }

    /// Usable seats in the hall and on the stage.
    public var seatCount: Int {
        presidiumSeats + sections.reduce(0) { $0 + $1.usableSeatCount }
    }

    public static let empty = Hall(name: "", presidiumSeats: 0, sections: [])
}

/// A block of rows between aisles. Row 1 is nearest the stage.
public struct HallSection: Hashable, Sendable, Codable {
    public var name: String
    public var rows: Int
    public var seatsPerRow: Int
    /// Seats that cannot be used, as "row-seat" pairs (a pillar, a camera platform).
    public var unusable: Set<SeatPosition>

    public init(name: String, rows: Int, seatsPerRow: Int, unusable: Set<SeatPosition> = []) {
        self.name = name
        self.rows = rows
        self.seatsPerRow = seatsPerRow
        self.unusable = unusable
    }

    public var usableSeatCount: Int { rows * seatsPerRow - unusable.count }
}

public struct SeatPosition: Hashable, Sendable, Codable {
    public var row: Int
    public var seat: Int
    public init(row: Int, seat: Int) {
        self.row = row
        self.seat = seat
    }
}
