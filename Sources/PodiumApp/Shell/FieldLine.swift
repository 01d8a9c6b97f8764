import TermCore

/// Draws a text field on one line: its label, then the part of the value around the cursor.
/// However long the label, the value keeps at least half the line, so what is typed stays in
/// sight at 80 columns; the label is cut with "…" instead.
enum FieldLine {
    /// Draws `label` and `field` from `x` within `width` columns. The label is at most
    /// `labelWidth` columns when given (a form aligns its labels), else as wide as it is; `gap`
    /// columns separate it from the value.
    static func draw(
        label: String, field: TextField, focused: Bool, x: Int, y: Int, width: Int, labelWidth: Int? = nil,
        gap: Int = 1, labelStyle: ThemeKey, valueStyle: ThemeKey, canvas: inout PaneCanvas
    ) {
        guard width > 0 else { return }
        let natural = labelWidth ?? TextWidth.width(of: TextWidth.sanitize(label))
        let shownLabel = min(natural, max(0, width - valueWidth(in: width) - gap))
        if shownLabel > 0 { canvas.text(label, x: x, y: y, maxWidth: shownLabel, style: labelStyle) }
        let valueX = x + shownLabel + (shownLabel > 0 ? gap : 0)
        drawValue(field, focused: focused, x: valueX, y: y, width: x + width - valueX, style: valueStyle, canvas: &canvas)
    }

    /// The columns the value is guaranteed on a line of `width`: half of it, at least 12
    /// (when there are 12).
    static func valueWidth(in width: Int) -> Int { min(width, max(12, width / 2)) }

    /// Shows the part of the value around the cursor, the cursor as a reversed cell.
    static func drawValue(_ field: TextField, focused: Bool, x: Int, y: Int, width: Int, style: ThemeKey, canvas: inout PaneCanvas) {
        guard width > 1 else { return }
        // One shown string per character, so that the cursor (counted in characters) stays
        // aligned even where sanitising turns a line break into a space.
        let characters = field.text.map { TextWidth.sanitize(String($0)) }
        let cursor = min(field.cursor, characters.count)
        func columns(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + TextWidth.width(of: $1) } }
        var start = 0
        // The focused field scrolls until the text up to the cursor (and the cursor cell) fits.
        while focused, start < cursor, columns(start..<cursor) + 1 > width { start += 1 }
        let visible = characters[start...].joined()
        canvas.buffer.put(TextWidth.truncate(visible, toWidth: width), x: x, y: y, maxWidth: width, style: canvas.theme.style(style))
        guard focused else { return }
        let cursorX = x + columns(start..<cursor)
        let under = cursor < characters.count && !characters[cursor].isEmpty ? characters[cursor] : " "
        canvas.buffer.put(under, x: cursorX, y: y, maxWidth: 2, style: canvas.theme.style(.uiSelected))
    }
}
