extension Buffer {
    /// Word-wraps `text` into `rect`, lines aligned as asked; lines beyond the rect are
    /// dropped, the last visible one ending in "…" when text was cut. Returns rows used.
    @discardableResult
    public mutating func drawParagraph(_ text: String, in rect: Rect, style: Style = .plain,
                                       alignment: Alignment = .left) -> Int {
        guard !rect.isEmpty else { return 0 }
        var lines = TextWidth.wrap(text, width: rect.width)
        if lines.count > rect.height {
            lines = Array(lines.prefix(rect.height))
            let last = lines[lines.count - 1]
            lines[lines.count - 1] = TextWidth.width(of: last) < rect.width
                ? last + "…" : TextWidth.truncate(last + "…", toWidth: rect.width)
        }
        for (i, line) in lines.enumerated() {
            put(TextWidth.pad(line, toWidth: rect.width, alignment: alignment),
                x: rect.x, y: rect.y + i, maxWidth: rect.width, style: style)
        }
        return lines.count
    }
}
