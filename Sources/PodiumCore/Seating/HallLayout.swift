/// One place a delegate can sit, with its coordinates as the protocol plan needs them.
public struct Seat: Hashable, Sendable {
    /// "P3" on the presidium (third from the audience's left), "B2-05" in the hall.
    public var label: String
    /// The section's name, or nil for the presidium.
    public var section: String?
    public var sectionIndex: Int
    /// 0 is the presidium on the stage, 1 the hall's first row.
    public var rowFromStage: Int
    /// Seat number within its section (or presidium), from the audience's left, from 1.
    public var number: Int
    /// Column among all seats of the row as the audience sees it, from 0.
    public var xFromAudienceLeft: Int
    public var isAisle: Bool
    public var isUsable: Bool

    public var isPresidium: Bool { rowFromStage == 0 }
}

/// Every seat of a hall, in a fixed order (presidium first, then row by row from the stage,
/// each row from the audience's left), with label lookup. Built once per hall.
public struct HallLayout: Sendable {
    public let hall: Hall
    public let seats: [Seat]
    private let indexByLabel: [String: Int]
    /// Indexes of the seats of each row (0 = presidium), from the audience's left.
    public let rows: [[Int]]

    public init(_ hall: Hall) {
        self.hall = hall
        var seats: [Seat] = []
        var rows: [[Int]] = [[]]
        for number in stride(from: 1, through: hall.presidiumSeats, by: 1) {
            rows[0].append(seats.count)
            seats.append(Seat(
                label: "P\(number)", section: nil, sectionIndex: -1, rowFromStage: 0, number: number,
                xFromAudienceLeft: number - 1, isAisle: false, isUsable: true
            ))
        }
        let last = hall.sections.count - 1
        for row in stride(from: 1, through: hall.rowCount, by: 1) {
            var rowSeats: [Int] = []
            var x = 0
            for (sectionIndex, section) in hall.sections.enumerated() where row <= section.rows {
                for number in stride(from: 1, through: section.seatsPerRow, by: 1) {
                    let leftEdge = number == 1 && (sectionIndex > 0 || section.wallAisle)
                    let rightEdge = number == section.seatsPerRow && (sectionIndex < last || section.wallAisle)
                    let inner = section.innerAisles.contains(number) || section.innerAisles.contains(number - 1)
                    rowSeats.append(seats.count)
                    seats.append(Seat(
                        label: Self.label(section: section.name, row: row, seat: number),
                        section: section.name, sectionIndex: sectionIndex, rowFromStage: row, number: number,
                        xFromAudienceLeft: x, isAisle: leftEdge || rightEdge || inner,
                        isUsable: !section.unusable.contains(SeatPosition(row: row, seat: number))
                    ))
                    x += 1
                }
            }
            rows.append(rowSeats)
        }
        self.seats = seats
        self.rows = rows
        var index: [String: Int] = [:]
        for (offset, seat) in seats.enumerated() { index[Self.key(seat.label)] = offset }
        indexByLabel = index
    }

    public static func label(section: String, row: Int, seat: Int) -> String {
        "\(section)\(row)-\(seat < 10 ? "0" : "")\(seat)"
    }

    /// A label as the table keys it: upper case, without spaces. A section named with a space
    /// ("Khu A") keeps it in its labels ("Khu A1-01"), and those must be found as well as "khua1-1".
    static func key(_ label: String) -> String { label.uppercased().filter { !$0.isWhitespace } }

    /// The seat a label names; case, spaces and a missing leading zero are forgiven ("b2-5").
    public func index(of label: String) -> Int? {
        // Labels Podium wrote itself of sections named in capitals are already in the table's form.
        if let found = indexByLabel[label] { return found }
        let cleaned = Self.key(label)
        if let found = indexByLabel[cleaned] { return found }
        guard let dash = cleaned.lastIndex(of: "-"), let number = Int(cleaned[cleaned.index(after: dash)...]) else {
            return nil
        }
        let head = cleaned[..<dash]
        guard let rowStart = head.firstIndex(where: \.isNumber), let row = Int(head[rowStart...]) else { return nil }
        return indexByLabel[Self.key(Self.label(section: String(head[..<rowStart]), row: row, seat: number))]
    }

    public func seat(_ label: String) -> Seat? { index(of: label).map { seats[$0] } }

    public var usableSeatCount: Int { seats.lazy.filter(\.isUsable).count }
}
