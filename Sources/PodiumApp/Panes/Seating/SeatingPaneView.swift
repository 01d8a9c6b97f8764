import Foundation
import PodiumCore
import TermCore

/// Pane 2: the hall with the stage at the top, as the protocol plan is drawn and as the
/// audience sees it (the audience's left on the left); a side panel with the seat under the
/// cursor or the conflicts; a legend with arrivals per group.
enum SeatingPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let derived = state.seatingDerived
        let event = state.event
        let seated = derived.seatOfDelegate.count
        var summary = [
            event.hall.name,
            strings.seatingSummary(seated, event.delegates.count, derived.checkedIn, derived.layout.usableSeatCount),
        ].filter { !$0.isEmpty }.joined(separator: " · ")
        if derived.absentLeaders > 0 { summary += "  " }
        let used = min(rect.width - 2, TextWidth.width(of: summary))
        if state.seatingView.editingHall {
            canvas.text(strings.hallEditorBanner, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: .uiFocus)
        } else {
            canvas.text(summary, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: .uiDim)
        }
        if derived.absentLeaders > 0, !state.seatingView.editingHall {
            canvas.text(strings.seatingAbsentLeaders(derived.absentLeaders), x: rect.x + 1 + used, y: rect.y,
                        maxWidth: rect.width - 2 - used, style: .agendaFlag)
        }
        let panelWidth = rect.width >= 120 ? 48 : min(34, rect.width / 2)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let split = body.splitHorizontally(rightWidth: panelWidth)
        guard !derived.layout.seats.isEmpty else {
            BlankGuide.draw(BlankGuide.lines(for: .seating, state), into: &canvas, rect: Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: body.height - 1))
            return 0
        }
        let gridRect = Rect(x: split.left.x + 1, y: split.left.y, width: split.left.width - 2, height: max(1, split.left.height - 2))
        drawGrid(state, into: &canvas, rect: gridRect)
        drawLegend(state, into: &canvas, y: gridRect.maxY, x: gridRect.x, width: gridRect.width)
        drawInputOrSymbols(state, into: &canvas, y: gridRect.maxY + 1, x: gridRect.x, width: gridRect.width)
        for y in split.right.y..<split.right.maxY {
            canvas.text("│", x: split.right.x, y: y, maxWidth: 1, style: .uiBorder)
        }
        let panel = Rect(x: split.right.x + 2, y: split.right.y, width: split.right.width - 3, height: split.right.height)
        if state.seatingView.editingHall {
            HallEditorPanel.render(state, into: &canvas, rect: panel)
            return 0
        }
        switch state.seatingView.panel {
        case .detail: drawDetail(state, into: &canvas, rect: panel)
        case .conflicts: drawConflicts(state, into: &canvas, rect: panel)
        }
        return 0
    }

    /// Scrolls so the cursor stays in view; a hall that fits is centred across, or kept at the top.
    static func offset(content: Int, view: Int, focus: Int, centre: Bool) -> Int {
        if content <= view { return centre ? -(view - content) / 2 : 0 }
        return max(0, min(content - view, focus - view / 2))
    }

    static func drawGrid(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) {
        let derived = state.seatingDerived
        let layout = derived.layout
        let grid = derived.grid(state.seatingView.zoom)
        let cursor = min(state.seatingView.cursor, layout.seats.count - 1)
        let cursorSeat = layout.seats[cursor]
        let offsetX = offset(content: grid.width, view: rect.width, focus: grid.column[cursor], centre: true)
        let offsetY = offset(content: grid.height, view: rect.height, focus: SeatingGrid.line(of: cursorSeat), centre: false)
        let theme = canvas.theme
        // By position in the event's groups, as `occupantGroup` names them.
        let groupStyles: [Style] = state.event.groups.map { group in
            let key = ThemeKey.group(group.key)
            return theme.style(theme.ownStyle(key) != nil ? key : .groupOther)
        }
        let empty = theme.style(.seatEmpty), unusable = theme.style(.seatUnusable)
        let lockedPatch = theme.ownStyle(.seatLocked) ?? Style(modifiers: .underline)
        let selected = theme.ownStyle(.seatSelected) ?? Style(modifiers: .reverse)
        let pickedPatch = Style(modifiers: [.bold, .underline])
        let presidium = theme.style(.seatPresidium)
        let other = theme.style(.groupOther)

        // Stage and row numbers.
        let stageY = rect.y - offsetY
        if stageY >= rect.y && stageY < rect.maxY {
            let stageWidth = max(0, grid.width - SeatingGrid.rowLabelWidth)
            let label = " " + state.strings.seatingStage + " "
            let fill = max(0, stageWidth - TextWidth.width(of: label))
            let stage = String(repeating: "═", count: fill / 2) + label + String(repeating: "═", count: fill - fill / 2)
            put(stage, x: rect.x + SeatingGrid.rowLabelWidth - offsetX, y: stageY, rect: rect, style: theme.style(.uiTitle), canvas: &canvas)
        }
        let firstLine = max(0, offsetY), lastLine = min(grid.height, offsetY + rect.height)
        for line in firstLine..<max(firstLine, lastLine) where line >= 3 {
            put(String(format: "%2d", line - 2), x: rect.x - offsetX, y: rect.y + line - offsetY, rect: rect, style: theme.style(.uiDim), canvas: &canvas)
        }
        let picked = state.seatingView.picked.flatMap(layout.index(of:))
        let zoom = state.seatingView.zoom
        for line in firstLine..<max(firstLine, lastLine) {
            let row = line == 1 ? 0 : line - 2
            guard line != 0, line != 2, let seats = layout.rows[safe: row] else { continue }
            let y = rect.y + line - offsetY
            // A row's seats run left to right: only those inside the view are drawn.
            for index in grid.seats(of: seats, from: offsetX - grid.cellWidth + 1, to: offsetX + rect.width) {
                let x = rect.x + grid.column[index] - offsetX
                guard x + grid.cellWidth > rect.x, x < rect.maxX else { continue }
                let usable = layout.seats[index].isUsable
                let group = derived.occupantGroup[index]
                var style: Style
                if !usable {
                    style = unusable
                } else if group >= 0 {
                    style = groupStyles[group]
                } else if group == -1 {
                    style = other
                } else {
                    style = layout.seats[index].isPresidium ? presidium : empty
                }
                let cell: String = switch zoom {
                case .dots: !usable ? "×" : group == -2 ? "·" : derived.occupantCheckedIn[index] ? "●" : "○"
                case .initials: derived.initialsCell[index]
                case .labels: derived.labelCell[index]
                }
                if derived.locked[index] { style = style.patched(with: lockedPatch) }
                if index == picked { style = style.patched(with: pickedPatch) }
                if index == cursor { style = style.patched(with: selected) }
                put(cell, x: x, y: y, rect: rect, style: style, canvas: &canvas)
                canvas.hits.append(HitRegion(
                    rect: Rect(x: max(x, rect.x), y: y, width: grid.cellWidth, height: 1), command: .seating(.clickSeat(index))
                ))
            }
        }
    }

    /// Writes `text` clipped to `rect` on the left and right.
    private static func put(_ text: String, x: Int, y: Int, rect: Rect, style: Style, canvas: inout PaneCanvas) {
        guard y >= rect.y, y < rect.maxY else { return }
        var text = text
        var x = x
        if x < rect.x {
            let skip = rect.x - x
            guard skip < text.count else { return }
            text = String(text.dropFirst(skip))
            x = rect.x
        }
        canvas.buffer.put(text, x: x, y: y, maxWidth: rect.maxX - x, style: style)
    }

    static func drawLegend(_ state: AppState, into canvas: inout PaneCanvas, y: Int, x: Int, width: Int) {
        var column = x
        let counts = state.seatingDerived.groupCounts
        for group in state.event.groups.sorted(by: { $0.order < $1.order }) {
            guard let members = counts[group.key], members.total > 0 else { continue }
            let name = group.label
            let item = "● \(name) \(members.checkedIn)/\(members.total)  "
            let itemWidth = TextWidth.width(of: item)
            guard column + itemWidth - 2 <= x + width else { break }
            let key = canvas.theme.ownStyle(.group(group.key)) != nil ? ThemeKey.group(group.key) : .groupOther
            canvas.text("●", x: column, y: y, maxWidth: 1, style: key)
            canvas.text(String(item.dropFirst()), x: column + 1, y: y, maxWidth: x + width - column - 1, style: .uiDim)
            column += itemWidth
        }
    }

    static func drawInputOrSymbols(_ state: AppState, into canvas: inout PaneCanvas, y: Int, x: Int, width: Int) {
        let strings = state.strings
        switch state.seatingView.input {
        case .search(let text)?:
            FieldLine.draw(
                label: strings.seatingSearchPrompt, field: TextField(text), focused: true, x: x, y: y, width: width,
                gap: 0, labelStyle: ThemeKey.uiFocus, valueStyle: ThemeKey.uiFocus, canvas: &canvas
            )
        case .standIn(let id, let text)?:
            let absent = state.seatingDerived.delegatesByID[id]?.name ?? ""
            FieldLine.draw(
                label: strings.seatingStandInPrompt(absent), field: TextField(text), focused: true, x: x, y: y, width: width,
                gap: 0, labelStyle: ThemeKey.uiFocus, valueStyle: ThemeKey.uiFocus, canvas: &canvas
            )
        case nil:
            canvas.text(strings.seatingLegendSymbols, x: x, y: y, maxWidth: width, style: .uiDim)
        }
    }

    static func drawDetail(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let derived = state.seatingDerived
        let cursor = min(state.seatingView.cursor, derived.layout.seats.count - 1)
        let seat = derived.layout.seats[cursor]
        var lines: [(String, ThemeKey)] = [(strings.seatingSeatLine(seat.label, seat.rowFromStage, seat.isAisle), ThemeKey.uiTitle)]
        guard seat.isUsable else {
            lines.append((strings.seatingUnusableSeat, ThemeKey.uiDim))
            draw(lines, into: &canvas, rect: rect)
            return
        }
        guard let delegate = derived.occupant[cursor] else {
            lines.append((strings.seatingEmptySeat, ThemeKey.uiDim))
            draw(lines, into: &canvas, rect: rect)
            return
        }
        let groupKey = canvas.theme.ownStyle(.group(delegate.groupKey)) != nil ? ThemeKey.group(delegate.groupKey) : .groupOther
        lines.append((delegate.name, groupKey))
        for part in [delegate.title, delegate.unit] where !part.isEmpty {
            lines += TextWidth.wrap(part, width: rect.width).map { ($0, ThemeKey.uiText) }
        }
        if let group = state.event.group(forKey: delegate.groupKey) {
            lines += TextWidth.wrap(group.name, width: rect.width).map { ($0, ThemeKey.uiDim) }
        }
        var facts = [
            derived.precedence.position(of: delegate.id).map(strings.seatingPrecedenceLine) ?? "",
            delegate.checkedIn ? strings.seatingPresent : strings.seatingAbsent,
        ]
        if derived.locked[cursor] { facts.append(strings.seatingLockedMark) }
        lines.append((facts.filter { !$0.isEmpty }.joined(separator: " · "), delegate.checkedIn ? ThemeKey.uiNotice : ThemeKey.uiText))
        if let absent = delegate.standInFor, !absent.isEmpty {
            lines.append((strings.seatingStandInFor(absent), ThemeKey.agendaFlag))
        }
        if let assignment = state.event.seating.assignment(of: delegate.id) {
            let reason = assignment.reason
            let groupName = state.event.group(forKey: reason.groupKey).map(\.label) ?? reason.groupKey
            lines.append(("", ThemeKey.uiText))
            lines += TextWidth.wrap(strings.seatingReason(reason.kind, reason.order, groupName), width: rect.width).map { ($0, ThemeKey.uiDim) }
        }
        draw(lines, into: &canvas, rect: rect)
    }

    static func drawConflicts(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let derived = state.seatingDerived
        let conflicts = derived.conflicts
        canvas.text(strings.seatingConflictsTitle(conflicts.count), x: rect.x, y: rect.y, maxWidth: rect.width, style: .uiTitle)
        guard !conflicts.isEmpty else {
            canvas.text(strings.seatingNoConflicts, x: rect.x, y: rect.y + 1, maxWidth: rect.width, style: .uiNotice)
            return
        }
        let cursorLabel = derived.layout.seats[safe: state.seatingView.cursor]?.label
        // Each conflict wraps under its bullet: the seat and what to do come last in the
        // sentence, and the panel is narrow.
        var y = rect.y + 1
        for conflict in conflicts where y < rect.maxY {
            let style = conflict.seat?.uppercased() == cursorLabel?.uppercased() ? ThemeKey.uiSelected : ThemeKey.phase(.warning)
            for (index, line) in TextWidth.wrap(describe(conflict, state), width: max(1, rect.width - 2)).enumerated() where y < rect.maxY {
                canvas.text((index == 0 ? "• " : "  ") + line, x: rect.x, y: y, maxWidth: rect.width, style: style)
                y += 1
            }
        }
    }

    static func describe(_ conflict: SeatingConflict, _ state: AppState) -> String {
        let names = state.seatingDerived.delegatesByID
        func name(_ id: Int64) -> String { names[id]?.name ?? "#\(id)" }
        let text = state.strings.seatingConflict
        switch conflict {
        case .unseated(let id): return text(.unseated, name(id), "", 0, 0)
        case .doubleBooked(let seat, let ids): return text(.doubleBooked, ids.map(name).joined(separator: ", "), seat, 0, 0)
        case .missingSeat(let id, let seat): return text(.missingSeat, name(id), seat, 0, 0)
        case .leaderOutsideFrontRows(let id, let seat): return text(.leaderOutsideFrontRows, name(id), seat, 0, 0)
        case .notOnAisle(let id, let seat): return text(.notOnAisle, name(id), seat, 0, 0)
        case .overCapacity(let delegates, let seats): return text(.overCapacity, "", "", delegates, seats)
        case .duplicate(let ids): return text(.duplicate, ids.map(name).joined(separator: ", "), "", 0, 0)
        case .presenterNotHere(let id): return text(.presenterNotHere, name(id), "", 0, 0)
        }
    }

    static func draw(_ lines: [(String, ThemeKey)], into canvas: inout PaneCanvas, rect: Rect) {
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            canvas.text(line.0, x: rect.x, y: rect.y + offset, maxWidth: rect.width, style: line.1)
        }
    }
}
