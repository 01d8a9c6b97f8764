/// The room: a presidium table on the stage and sections of seat rows in the hall.
public struct Hall: Hashable, Sendable, Codable {
    public var name: String
    public var presidiumSeats: Int
    /// Sections from the audience's left to right; an aisle runs between neighbouring sections.
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

    /// Rows of the deepest section.
    public var rowCount: Int { sections.map(\.rows).max() ?? 0 }

    public static let empty = Hall(name: "", presidiumSeats: 0, sections: [])
}

/// A block of rows between aisles. Row 1 is nearest the stage; seat 1 is on the audience's left.
public struct HallSection: Hashable, Sendable, Codable {
    public var name: String
    public var rows: Int
    public var seatsPerRow: Int
    /// Seats that cannot be used, as "row-seat" pairs (a pillar, a camera platform).
    public var unusable: Set<SeatPosition>
    /// Seat numbers after which an aisle cuts through the section (a wide centre block).
    public var innerAisles: Set<Int>
    /// Whether a walkway runs along the section's outer edge; the edges facing another
    /// section always border an aisle.
    public var wallAisle: Bool

    public init(
        name: String, rows: Int, seatsPerRow: Int, unusable: Set<SeatPosition> = [],
        innerAisles: Set<Int> = [], wallAisle: Bool = true
    ) {
        self.name = name
        self.rows = rows
        self.seatsPerRow = seatsPerRow
        self.unusable = unusable
        self.innerAisles = innerAisles
        self.wallAisle = wallAisle
    }

    public var usableSeatCount: Int {
        rows * seatsPerRow - unusable.filter { (1...rows).contains($0.row) && (1...seatsPerRow).contains($0.seat) }.count
    }

    private enum CodingKeys: String, CodingKey { case name, rows, seatsPerRow, unusable, innerAisles, wallAisle }

    /// Files written before aisles were described decode with no inner aisles and wall aisles.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        rows = try container.decode(Int.self, forKey: .rows)
        seatsPerRow = try container.decode(Int.self, forKey: .seatsPerRow)
        unusable = try container.decodeIfPresent(Set<SeatPosition>.self, forKey: .unusable) ?? []
        innerAisles = try container.decodeIfPresent(Set<Int>.self, forKey: .innerAisles) ?? []
        wallAisle = try container.decodeIfPresent(Bool.self, forKey: .wallAisle) ?? true
    }
}

public struct SeatPosition: Hashable, Sendable, Codable {
    public var row: Int
    public var seat: Int
    public init(row: Int, seat: Int) {
        self.row = row
        self.seat = seat
    }
}
