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
    mutating func table(_ table: TableView, in rect: Rect) -> Int {
        var table = table
        table.headerStyle = theme.style(.uiTitle)
        table.rowStyle = theme.style(.uiText)
        table.selectedStyle = theme.style(.uiSelected)
        let offset = table.render(into: &buffer, rect: rect)
        let firstRowY = rect.y + (table.showHeader ? 1 : 0)
        for (index, y) in zip(offset..<table.rows.count, firstRowY..<rect.maxY) {
            hits.append(HitRegion(rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), command: .selectRow(index)))
        }
        return offset
    }

    /// Writes one line, cut with "…" when it is wider than `maxWidth`.
    mutating func text(_ text: String, x: Int, y: Int, maxWidth: Int, style key: ThemeKey) {
        let fitted = TextWidth.truncate(TextWidth.sanitize(text), toWidth: max(0, maxWidth))
        buffer.put(fitted, x: x, y: y, maxWidth: maxWidth, style: theme.style(key))
    }
}
