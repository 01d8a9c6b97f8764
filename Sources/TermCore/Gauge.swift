extension Buffer {
    /// A one-row progress bar across `rect`'s first row: the filled part in `filledStyle`,
    /// the rest in `emptyStyle`, with `label` centred over both. Fraction is clamped to 0…1.
    public mutating func drawGauge(fraction: Double, label: String? = nil, in rect: Rect,
                                   filledStyle: Style = Style(modifiers: .reverse),
                                   emptyStyle: Style = .plain) {
        guard !rect.isEmpty else { return }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((Double(rect.width) * f).rounded())
        let text = TextWidth.pad(label ?? "", toWidth: rect.width, alignment: .center)
        var column = 0
        for g in text {
            let w = TextWidth.width(of: g)
            // A wide character straddling the boundary takes the style of its left half.
            put(String(g), x: rect.x + column, y: rect.y, maxWidth: rect.width - column,
                style: column < filled ? filledStyle : emptyStyle)
            column += w
        }
        for x in column..<max(column, rect.width) {
            put(" ", x: rect.x + x, y: rect.y, style: x < filled ? filledStyle : emptyStyle)
        }
    }
}

extension Buffer {
    /// A gauge in one style: the filled part is `style` reversed, the rest plain `style`.
    public mutating func drawGauge(fraction: Double, label: String? = nil, in rect: Rect, style: Style) {
        drawGauge(fraction: fraction, label: label, in: rect,
                  filledStyle: style.patched(with: Style(modifiers: .reverse)), emptyStyle: style)
    }
}
