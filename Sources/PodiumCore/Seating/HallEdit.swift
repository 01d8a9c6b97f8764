/// Why a change to the hall was refused; the hall is unchanged when one is thrown.
public enum HallEditError: Error, Hashable, Sendable {
    case presidiumOutOfRange(Int)
    case emptySectionName
    case duplicateSectionName(String)
    case noRows(String)
    case noSeats(String)
    case innerAisleOutside(String, aisle: Int, seatsPerRow: Int)
    case noSuchSection(Int)
    case lastRow(String)
    case lastSeat(String)
    case notAHallSeat
}

/// The hall editor's changes as pure functions: each returns the changed hall or throws.
/// Rows are added and removed at the back of a section, seats at the end of its rows, so every
/// remaining seat keeps its label and the delegates on it stay seated.
public enum HallEdit {
    public static let maxPresidiumSeats = 25

    public static func setPresidium(_ seats: Int, in hall: Hall) throws(HallEditError) -> Hall {
        guard (1...maxPresidiumSeats).contains(seats) else { throw .presidiumOutOfRange(seats) }
        var hall = hall
        hall.presidiumSeats = seats
        return hall
    }

    /// Adds a section on the audience's right; `innerAisles` are seat numbers an aisle follows.
    public static func addSection(
        name: String, rows: Int, seatsPerRow: Int, innerAisles: Set<Int> = [], to hall: Hall
    ) throws(HallEditError) -> Hall {
        let name = VietnameseText.normalize(name)
        guard !name.isEmpty else { throw .emptySectionName }
        // Seat labels are found without spaces, so "Khu A" and "KhuA" would name the same seats.
        let folded = VietnameseText.folded(name).filter { !$0.isWhitespace }
        if hall.sections.contains(where: { VietnameseText.folded($0.name).filter { !$0.isWhitespace } == folded }) { throw .duplicateSectionName(name) }
        guard rows > 0 else { throw .noRows(name) }
        guard seatsPerRow > 0 else { throw .noSeats(name) }
        if let aisle = innerAisles.sorted().first(where: { !(1..<seatsPerRow).contains($0) }) {
            throw .innerAisleOutside(name, aisle: aisle, seatsPerRow: seatsPerRow)
        }
        var hall = hall
        hall.sections.append(HallSection(name: name, rows: rows, seatsPerRow: seatsPerRow, innerAisles: innerAisles))
        return hall
    }

    public static func removeSection(_ index: Int, from hall: Hall) throws(HallEditError) -> Hall {
        guard hall.sections.indices.contains(index) else { throw .noSuchSection(index) }
        var hall = hall
        hall.sections.remove(at: index)
        return hall
    }

    /// Adds (`by: 1`) or removes (`by: -1`) the back row of a section.
    public static func changeRows(ofSection index: Int, by delta: Int, in hall: Hall) throws(HallEditError) -> Hall {
        guard hall.sections.indices.contains(index) else { throw .noSuchSection(index) }
        var hall = hall
        var section = hall.sections[index]
        guard section.rows + delta > 0 else { throw .lastRow(section.name) }
        section.rows += delta
        section.unusable = section.unusable.filter { $0.row <= section.rows }
        hall.sections[index] = section
        return hall
    }

    /// Adds (`by: 1`) or removes (`by: -1`) the last seat of every row of a section.
    public static func changeSeats(ofSection index: Int, by delta: Int, in hall: Hall) throws(HallEditError) -> Hall {
        guard hall.sections.indices.contains(index) else { throw .noSuchSection(index) }
        var hall = hall
        var section = hall.sections[index]
        guard section.seatsPerRow + delta > 0 else { throw .lastSeat(section.name) }
        section.seatsPerRow += delta
        section.unusable = section.unusable.filter { $0.seat <= section.seatsPerRow }
        section.innerAisles = section.innerAisles.filter { $0 < section.seatsPerRow }
        hall.sections[index] = section
        return hall
    }

    /// Marks a hall seat unusable, or usable again.
    public static func toggleUsable(_ seat: Seat, in hall: Hall) throws(HallEditError) -> Hall {
        guard !seat.isPresidium else { throw .notAHallSeat }
        guard hall.sections.indices.contains(seat.sectionIndex) else { throw .noSuchSection(seat.sectionIndex) }
        var hall = hall
        let position = SeatPosition(row: seat.rowFromStage, seat: seat.number)
        if hall.sections[seat.sectionIndex].unusable.remove(position) == nil {
            hall.sections[seat.sectionIndex].unusable.insert(position)
        }
        return hall
    }

    /// The assignments that lose their seat in `hall`: the seat is gone or no longer usable.
    public static func displaced(_ plan: SeatingPlan, in hall: Hall) -> [SeatAssignment] {
        let layout = HallLayout(hall)
        return plan.assignments.filter { assignment in
            layout.seat(assignment.seat)?.isUsable != true
        }
    }

    /// The plan with the displaced assignments removed: those delegates become unseated.
    public static func keepingSeated(_ plan: SeatingPlan, in hall: Hall) -> SeatingPlan {
        let gone = Set(displaced(plan, in: hall))
        var plan = plan
        plan.assignments.removeAll { gone.contains($0) }
        return plan
    }

    /// How many delegates of the roster the hall cannot seat at all (0 when it is big enough).
    public static func shortfall(delegates: Int, in hall: Hall) -> Int {
        max(0, delegates - hall.seatCount)
    }
}
