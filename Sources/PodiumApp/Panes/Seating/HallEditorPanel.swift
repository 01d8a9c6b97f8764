import PodiumCore
import TermCore

/// The seating pane's side panel while the hall editor is open: the presidium, every section's
/// size and the seat under the cursor, so each key's effect can be read off at once.
enum HallEditorPanel {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let hall = state.event.hall
        var lines: [(String, ThemeKey)] = [(strings.hallPanelPresidium(hall.presidiumSeats), ThemeKey.uiTitle)]
        for section in hall.sections {
            lines.append((strings.hallPanelSection(section.name, section.rows, section.seatsPerRow, section.usableSeatCount), ThemeKey.uiText))
        }
        lines.append(("", ThemeKey.uiText))
        lines.append((strings.hallPanelTotal(hall.seatCount, state.event.delegates.count), ThemeKey.uiDim))
        let layout = state.seatingDerived.layout
        if let seat = layout.seats[safe: min(state.seatingView.cursor, layout.seats.count - 1)] {
            lines.append(("", ThemeKey.uiText))
            lines.append((strings.seatingSeatLine(seat.label, seat.rowFromStage, seat.isAisle), ThemeKey.uiTitle))
            if !seat.isUsable { lines.append((strings.seatingUnusableSeat, ThemeKey.uiDim)) }
        }
        SeatingPaneView.draw(lines, into: &canvas, rect: rect)
    }
}
