import Foundation
import PodiumCore
import TermCore

/// Pane 2: the hall as seen from the stage down (stage at the top, as the protocol plan
/// is drawn), and the participant groups with their delegate counts.
enum SeatingPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let hall = state.event.hall
        let delegates = state.event.delegates
        let summary = [
            strings.seatingHall(hall.name, hall.seatCount, hall.presidiumSeats),
            strings.seatingDelegates(delegates.count),
            strings.seatingCheckedIn(delegates.filter(\.checkedIn).count, delegates.count),
        ].joined(separator: " · ")
        canvas.text(summary, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: "ui.dim")
        let listWidth = min(rect.width / 2, rect.width >= 120 ? 60 : 38)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let split = body.splitHorizontally(rightWidth: listWidth)
        if hall.sections.isEmpty && hall.presidiumSeats == 0 {
            canvas.text(strings.seatingNoHall, x: split.left.x + 1, y: split.left.y + 1, maxWidth: split.left.width - 2, style: "ui.dim")
        } else {
            drawHall(hall, stageLabel: strings.seatingStage, into: &canvas, rect: split.left)
        }
        return drawGroups(state, into: &canvas, rect: split.right)
    }

    static func drawHall(_ hall: Hall, stageLabel: String, into canvas: inout PaneCanvas, rect: Rect) {
        let rowWidth = hall.sections.reduce(0) { $0 + $1.seatsPerRow } + max(0, hall.sections.count - 1) * 2 + 3
        let left = rect.x + max(1, (rect.width - rowWidth) / 2)
        let stage = TextWidth.pad(stageLabel, toWidth: rowWidth, alignment: .center)
        canvas.text(stage, x: left, y: rect.y, maxWidth: rect.maxX - left, style: "ui.title")
        let presidium = String(repeating: "▪", count: hall.presidiumSeats)
        canvas.text(TextWidth.pad(presidium, toWidth: rowWidth, alignment: .center), x: left, y: rect.y + 1, maxWidth: rect.maxX - left, style: "seat.presidium")
        let rows = hall.sections.map(\.rows).max() ?? 0
        for row in 1...max(1, rows) where rect.y + 2 + row < rect.maxY && rows > 0 {
            let y = rect.y + 2 + row
            canvas.text(String(format: "%2d", row), x: left, y: y, maxWidth: 2, style: "ui.dim")
            var x = left + 3
            for section in hall.sections {
                for seat in 1...max(1, section.seatsPerRow) where section.seatsPerRow > 0 && row <= section.rows {
                    let unusable = section.unusable.contains(SeatPosition(row: row, seat: seat))
                    canvas.text(unusable ? "×" : "·", x: x + seat - 1, y: y, maxWidth: 1, style: unusable ? "seat.unusable" : "seat.empty")
                }
                x += section.seatsPerRow + 2
            }
        }
    }

    static func drawGroups(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let groups = state.event.groups.sorted { $0.order < $1.order }
        let delegates = state.event.delegates
        var table = TableView(
            columns: [TableColumn(strings.seatingGroups), TableColumn("", width: 4, alignment: .right)],
            rows: groups.map { group in [group.name, "\(delegates.filter { $0.groupKey == group.key }.count)"] },
            selected: groups.isEmpty ? nil : min(state.selectedRow(in: .seating), groups.count - 1),
            offset: state.scrollOffset[.seating] ?? 0
        )
        table.rowStyles = Dictionary(uniqueKeysWithValues: groups.enumerated().map { index, group in
            (index, canvas.theme.style("group.\(group.key)"))
        })
        return canvas.table(table, in: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height))
    }
}
