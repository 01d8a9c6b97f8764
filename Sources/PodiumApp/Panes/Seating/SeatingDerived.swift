import PodiumCore
import TermCore

/// What the seating pane and status bar derive from the event, computed once when the event
/// changes rather than on every frame.
public struct SeatingDerived: Sendable {
    public let layout: HallLayout
    public let precedence: Precedence
    public let conflicts: [SeatingConflict]
    /// The delegate on each seat (by layout index); the first one when double-booked.
    public let occupant: [Delegate?]
    public let locked: [Bool]
    public let seatOfDelegate: [Int64: Int]
    public let delegatesByID: [Int64: Delegate]
    /// The names of the leaders who have not arrived, in roster order (the live panel names
    /// them on every frame; finding them walks the whole roster).
    public let absentLeaderNames: [String]
    public var absentLeaders: Int { absentLeaderNames.count }
    /// Per seat, what a frame of the grid asks of its occupant: the position in `event.groups`
    /// of the occupant's group (-1 for a group the event does not list, -2 for an empty seat)
    /// and whether they checked in. Reading these copies no `Delegate` per drawn cell.
    let occupantGroup: [Int]
    let occupantCheckedIn: [Bool]
    /// What each seat shows at the initials and labels zooms, padded to the cell width, so a
    /// frame only copies text.
    let initialsCell: [String]
    let labelCell: [String]
    /// Where each seat is drawn, one grid per zoom, so neither a frame nor a cursor key lays
    /// the hall out again.
    private let grids: [SeatingGrid]
    /// Delegates who checked in, and per group key the members and those checked in: the
    /// summary line and the legend read these instead of walking the roster every frame.
    public let checkedIn: Int
    let groupCounts: [String: (checkedIn: Int, total: Int)]

    public init(_ event: EventData) {
        layout = HallLayout(event.hall)
        precedence = Precedence(event)
        conflicts = SeatingConflicts.find(event, layout: layout)
        delegatesByID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var occupant = [Delegate?](repeating: nil, count: layout.seats.count)
        var locked = [Bool](repeating: false, count: layout.seats.count)
        var seatOf: [Int64: Int] = [:]
        for assignment in event.seating.assignments {
            guard let index = layout.index(of: assignment.seat), let delegate = delegatesByID[assignment.delegateID] else { continue }
            if occupant[index] == nil { occupant[index] = delegate }
            locked[index] = locked[index] || assignment.locked
            seatOf[delegate.id] = index
        }
        self.occupant = occupant
        self.locked = locked
        seatOfDelegate = seatOf
        absentLeaderNames = event.absentLeaders.map(\.name)
        var groupIndex: [String: Int] = [:]
        for (position, group) in event.groups.enumerated() where groupIndex[group.key] == nil { groupIndex[group.key] = position }
        occupantGroup = occupant.map { $0.map { groupIndex[$0.groupKey] ?? -1 } ?? -2 }
        occupantCheckedIn = occupant.map { $0?.checkedIn ?? false }
        func cell(_ text: String, _ width: Int) -> String {
            TextWidth.pad(TextWidth.truncate(text, toWidth: width, ellipsis: ""), toWidth: width, alignment: .center)
        }
        let layout = layout
        initialsCell = layout.seats.indices.map { index in
            if !layout.seats[index].isUsable { return cell("×", 3) }
            return cell(occupant[index].map { SeatingChart.initials($0.name) } ?? "·", 3)
        }
        labelCell = layout.seats.indices.map { index in
            layout.seats[index].isUsable ? cell(layout.seats[index].label, 6) : cell("×", 6)
        }
        grids = SeatingViewState.Zoom.allCases.map { SeatingGrid(layout: layout, zoom: $0) }
        var counts: [String: (checkedIn: Int, total: Int)] = [:]
        var present = 0
        for delegate in event.delegates {
            counts[delegate.groupKey, default: (0, 0)].total += 1
            if delegate.checkedIn {
                counts[delegate.groupKey, default: (0, 0)].checkedIn += 1
                present += 1
            }
        }
        groupCounts = counts
        checkedIn = present
    }

    func grid(_ zoom: SeatingViewState.Zoom) -> SeatingGrid { grids[zoom.rawValue] }
}
