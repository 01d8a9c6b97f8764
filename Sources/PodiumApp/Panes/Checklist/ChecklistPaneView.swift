import Foundation
import PodiumCore
import TermCore

/// Pane 5: what each agency prepares, grouped by agency, due date or status, with a progress
/// bar per group and overdue items in the warning style with how late they are.
enum ChecklistPaneView {
    /// Rows of the pane: a group heading followed by its items.
    enum Row: Equatable {
        case heading(ChecklistGroup.Key, done: Int, total: Int)
        case item(ChecklistItem)
    }

    /// Derived when the checklist or the pane's grouping or filter changes (`ChecklistDerived`).
    static func rows(for state: AppState) -> [Row] { state.checklistDerived.rows }

    /// The item row nearest `row` going `direction` (+1 down, -1 up), else the nearest the
    /// other way: the cursor rests on tasks, never on a group's heading. `row` itself when the
    /// list has no items.
    static func itemRow(near row: Int, direction: Int, in rows: [Row]) -> Int {
        func isItem(_ index: Int) -> Bool {
            if case .item = rows[index] { return true }
            return false
        }
        let step = direction < 0 ? -1 : 1
        for candidate in stride(from: row, to: step < 0 ? -1 : rows.count, by: step) where isItem(candidate) { return candidate }
        for candidate in stride(from: row, to: step < 0 ? rows.count : -1, by: -step) where isItem(candidate) { return candidate }
        return row
    }

    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let items = state.event.checklist
        guard !items.isEmpty else {
            BlankGuide.draw(BlankGuide.lines(for: .checklist, state), into: &canvas, rect: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1))
            return 0
        }
        let now = state.checklistNow
        let derived = state.checklistDerived
        let done = derived.done
        let gaugeWidth = min(24, rect.width / 3)
        let gaugeRect = Rect(x: rect.x + 1, y: rect.y, width: gaugeWidth, height: 1)
        canvas.buffer.drawGauge(fraction: Double(done) / Double(items.count), label: strings.checklistProgress(done, items.count), in: gaugeRect, style: canvas.theme.style(.checklist(.done)))
        let overdue = derived.overdue(at: now)
        var summary = strings.checklistGroupedBy(state.checklistView.grouping)
        if overdue > 0 { summary += " · " + strings.checklistOverdueCount(overdue) }
        if !state.checklistView.filter.isEmpty { summary += " · " + strings.checklistFilterShown(state.checklistView.filter) }
        canvas.text(summary, x: gaugeRect.maxX + 2, y: rect.y, maxWidth: rect.maxX - gaugeRect.maxX - 3, style: overdue > 0 ? ThemeKey.checklistOverdue : ThemeKey.uiDim)

        let rows = derived.rows
        guard !rows.isEmpty else {
            canvas.text(strings.checklistNoMatch(state.checklistView.filter), x: rect.x + 1, y: rect.y + 2, maxWidth: rect.width - 2, style: .uiDim)
            return 0
        }
        let segmentTitles = derived.segmentTitles
        let wide = rect.width >= 120
        let theme = canvas.theme
        // Cells are built for the rows in view only.
        func row(_ index: Int) -> (cells: [String], style: Style?) {
            switch rows[index] {
            case .heading(let key, let done, let total):
                return (["", headingTitle(key, strings: strings), bar(done: done, total: total, width: 10), "\(done)/\(total)"], theme.style(.uiTitle))
            case .item(let item):
                let late = item.secondsLate(at: now)
                let style = theme.style(late == nil ? ThemeKey.checklist(item.status) : ThemeKey.checklistOverdue)
                var title = item.title
                if wide, let gate = item.gatesSegmentID, let segment = segmentTitles[gate] {
                    title += " [\(strings.checklistGates(segment))]"
                }
                let due = [item.dueDate.map { String($0.vietnamese.prefix(5)) }, item.dueTime?.hhmm].compactMap { $0 }.joined(separator: " ")
                var status = late.map { strings.checklistLate(Lateness(seconds: $0)) } ?? strings.checklistStatus(item.status)
                // A blocked item says what it waits on, so nobody has to open it to find out.
                if item.status == .blocked, !item.blockedReason.isEmpty { status += ": " + item.blockedReason }
                return ([mark(item.status), title, due, status], style)
            }
        }
        let table = TableView(
            columns: [
                TableColumn("", width: 3),
                TableColumn(strings.columnTitle),
                TableColumn(strings.checklistDue, width: 11),
                TableColumn(strings.columnStatus, width: wide ? 40 : 16),
            ],
            rows: [],
            selected: min(state.selectedRow(in: .checklist), rows.count - 1),
            offset: state.scrollOffset[.checklist] ?? 0
        )
        return canvas.table(table, count: rows.count, in: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1), row: row)
    }

    static func headingTitle(_ key: ChecklistGroup.Key, strings: UIStrings) -> String {
        switch key {
        case .agency(let agency): agency
        case .dueDate(let date?): date.vietnamese
        case .dueDate(nil): strings.checklistNoDueDate
        case .status(let status): strings.checklistStatus(status)
        }
    }

    /// A text progress bar, so it sits in a table cell: "██████░░░░".
    static func bar(done: Int, total: Int, width: Int) -> String {
        let filled = total == 0 ? width : Int((Double(width) * Double(done) / Double(total)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    static func mark(_ status: ChecklistItem.Status) -> String {
        switch status {
        case .todo: "[ ]"
        case .doing: "[~]"
        case .done: "[x]"
        case .blocked: "[!]"
        }
    }
}

/// Everything about one item, notes included: what Enter or `n` shows.
enum ChecklistDetailsOverlay {
    static func render(_ state: AppState, id: Int64, into canvas: inout PaneCanvas, bounds: Rect) {
        let strings = state.strings
        guard let item = state.event.checklist.first(where: { $0.id == id }) else { return }
        let width = min(bounds.width - 4, 76)
        let textWidth = width - 4
        var lines: [(String, String)] = [
            (strings.checklistFieldAgency, item.agency),
            (strings.checklistFieldOwner, item.owner),
            (strings.checklistFieldDue, [item.dueDate?.vietnamese, item.dueTime?.hhmm].compactMap { $0 }.joined(separator: " ")),
            (strings.columnStatus, strings.checklistStatus(item.status) + (item.status == .blocked ? ": " + item.blockedReason : "")),
        ]
        if let late = item.secondsLate(at: state.checklistNow) {
            lines.append(("", strings.checklistLate(Lateness(seconds: late))))
        }
        if let gate = item.gatesSegmentID {
            lines.append((strings.checklistFieldGates, state.event.segments.first { $0.id == gate }?.title ?? "#\(gate)"))
        }
        let labelWidth = lines.map { TextWidth.width(of: $0.0) }.max() ?? 0
        let valueWidth = max(10, textWidth - labelWidth - 2)
        // Fields wrap beside their label; the notes follow under their own heading, full width.
        let fieldLines: [(String, String)] = lines.flatMap { label, value in
            TextWidth.wrap(value.isEmpty ? "—" : value, width: valueWidth).enumerated().map { ($0.offset == 0 ? label : "", $0.element) }
        }
        let noteLines = item.notes.isEmpty
            ? [strings.checklistNoNotes]
            : item.notes.split(separator: "\n", omittingEmptySubsequences: false).flatMap { TextWidth.wrap(String($0), width: textWidth) }
        let height = min(bounds.height - 2, fieldLines.count + noteLines.count + 6)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: "\(item.id). \(item.title)", style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        var y = inner.y
        for (label, value) in fieldLines where y < inner.maxY - 1 {
            canvas.text(label, x: inner.x + 1, y: y, maxWidth: labelWidth, style: .uiDim)
            canvas.text(value, x: inner.x + labelWidth + 3, y: y, maxWidth: inner.width - labelWidth - 4, style: .uiText)
            y += 1
        }
        y += 1
        if y < inner.maxY - 1 {
            canvas.text(strings.checklistFieldNotes, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: .uiTitle)
            y += 1
        }
        for line in noteLines where y < inner.maxY - 1 {
            canvas.text(line, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: item.notes.isEmpty ? ThemeKey.uiDim : ThemeKey.uiText)
            y += 1
        }
        canvas.text(strings.checklistDetailsHint, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: .uiDim)
    }
}
