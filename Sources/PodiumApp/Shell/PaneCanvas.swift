import TermCore

/// What a pane draws into: the buffer, its rectangle, the theme, and the frame's click map.
struct PaneCanvas {
    var buffer: Buffer
    var theme: Theme
    var hits: [HitRegion] = []

    init(buffer: Buffer, theme: Theme) {
        self.buffer = buffer
        self.theme = theme
    }

    /// Draws a selectable table and registers a click region for every visible row.
    /// Returns the scroll offset used.
    /// `firstIndex` is the index of the table's first row in the whole list, when `table`
    /// holds only the rows in view.
    mutating func table(_ table: TableView, in rect: Rect, firstIndex: Int = 0) -> Int {
        var table = table
        table.headerStyle = theme.style(.uiTitle)
        table.rowStyle = theme.style(.uiText)
        table.selectedStyle = theme.style(.uiSelected)
        let offset = table.render(into: &buffer, rect: rect)
        let firstRowY = rect.y + (table.showHeader ? 1 : 0)
        for (index, y) in zip(offset..<table.rows.count, firstRowY..<rect.maxY) {
            hits.append(HitRegion(rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), command: .selectRow(firstIndex + index)))
        }
        return firstIndex + offset
    }

    /// Draws a table of `count` rows of which only those in view are built: `row(i)` gives the
    /// cells of row `i` and its style (patched over the row style). Draws and returns the same
    /// as `table` would with every row built, at the cost of one screenful.
    mutating func table(_ table: TableView, count: Int, in rect: Rect, row: (Int) -> (cells: [String], style: Style?)) -> Int {
        guard !rect.isEmpty else { return table.offset }
        let visible = rect.height - (table.showHeader ? 1 : 0)
        let first = TableView.scrollOffset(selected: table.selected, offset: table.offset, visibleRows: visible, count: count)
        var page = table
        page.rows = []
        page.rowStyles = [:]
        for index in first..<min(count, first + max(0, visible)) {
            let built = row(index)
            if let style = built.style { page.rowStyles[index - first] = style }
            page.rows.append(built.cells)
        }
        page.selected = table.selected.map { $0 - first }
        page.offset = 0
        return self.table(page, in: rect, firstIndex: first)
    }

    /// Writes one line, cut with "…" when it is wider than `maxWidth`.
    mutating func text(_ text: String, x: Int, y: Int, maxWidth: Int, style key: ThemeKey) {
        let fitted = TextWidth.truncate(TextWidth.sanitize(text), toWidth: max(0, maxWidth))
        buffer.put(fitted, x: x, y: y, maxWidth: maxWidth, style: theme.style(key))
    }
}
