import PodiumCore

/// Where each seat of a hall is drawn at a zoom level, in content coordinates (before
/// scrolling): line 0 is the stage, line 1 the presidium, line 2 a gap, hall row r on line r + 2.
struct SeatingGrid {
    let cellWidth: Int
    let seatGap: Int
    let aisleWidth: Int
    static let rowLabelWidth = 3
    /// Left column of each seat, by layout index.
    let column: [Int]
    let width: Int
    let height: Int

    init(layout: HallLayout, zoom: SeatingViewState.Zoom) {
        switch zoom {
        case .dots: (cellWidth, seatGap, aisleWidth) = (1, 0, 2)
        case .initials: (cellWidth, seatGap, aisleWidth) = (3, 1, 3)
        case .labels: (cellWidth, seatGap, aisleWidth) = (6, 1, 3)
        }
        let hall = layout.hall
        let pitch = cellWidth + seatGap
        var sectionLeft: [Int] = []
        var x = Self.rowLabelWidth
        for section in hall.sections {
            sectionLeft.append(x)
            x += section.seatsPerRow * pitch - seatGap + aisleWidth
        }
        let hallRight = hall.sections.isEmpty ? Self.rowLabelWidth : x - aisleWidth
        let presidiumWidth = max(0, hall.presidiumSeats * pitch - seatGap)
        let hallWidth = hallRight - Self.rowLabelWidth
        let presidiumLeft = Self.rowLabelWidth + max(0, (hallWidth - presidiumWidth) / 2)
        column = layout.seats.map { seat in
            seat.isPresidium
                ? presidiumLeft + (seat.number - 1) * pitch
                : sectionLeft[seat.sectionIndex] + (seat.number - 1) * pitch
        }
        width = max(hallRight, presidiumLeft + presidiumWidth)
        height = hall.rowCount + 3
    }

    /// The seats of `row` (left to right, so their columns rise) whose column lies in
    /// `from..<to`, found by halving rather than by looking at every seat of the row.
    func seats(of row: [Int], from: Int, to: Int) -> ArraySlice<Int> {
        func firstAtOrAfter(_ limit: Int) -> Int {
            var low = 0, high = row.count
            while low < high {
                let middle = (low + high) / 2
                if column[row[middle]] < limit { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let start = firstAtOrAfter(from)
        return row[start..<max(start, firstAtOrAfter(to))]
    }

    static func line(of seat: Seat) -> Int { seat.rowFromStage == 0 ? 1 : seat.rowFromStage + 2 }

    /// The seat a step away from `index`: left/right along the row, up/down to the nearest
    /// seat of the neighbouring row (the presidium is above the first row).
    func neighbour(of index: Int, dx: Int, dy: Int, in layout: HallLayout) -> Int {
        guard layout.seats.indices.contains(index) else { return layout.seats.isEmpty ? 0 : 0 }
        let seat = layout.seats[index]
        if dx != 0, let row = layout.rows[safe: seat.rowFromStage], let at = row.firstIndex(of: index) {
            return row[max(0, min(row.count - 1, at + dx))]
        }
        var target = seat.rowFromStage + dy
        while let row = layout.rows[safe: target], row.isEmpty { target += dy }
        guard let row = layout.rows[safe: target], !row.isEmpty else { return index }
        let x = column[index]
        return row.min { abs(column[$0] - x) < abs(column[$1] - x) } ?? index
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
