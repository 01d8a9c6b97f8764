/// Line characters for box borders.
public struct BorderChars: Sendable {
    public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String

    public static let single = BorderChars(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                           horizontal: "─", vertical: "│")
    public static let rounded = BorderChars(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                            horizontal: "─", vertical: "│")
    public static let double = BorderChars(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
                                           horizontal: "═", vertical: "║")
    public static let ascii = BorderChars(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                          horizontal: "-", vertical: "|")
}

extension Buffer {
    /// Draws a border around `rect` with an optional title on the top edge
    /// (" Title ", truncated to fit). Returns the inner rect.
    @discardableResult
    public mutating func drawBox(in rect: Rect, title: String? = nil, style: Style = .plain,
                                 titleStyle: Style? = nil, chars: BorderChars = .single) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let inner = String(repeating: chars.horizontal, count: rect.width - 2)
        put(chars.topLeft + inner + chars.topRight, x: rect.x, y: rect.y, style: style)
        put(chars.bottomLeft + inner + chars.bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(chars.vertical, x: rect.x, y: y, style: style)
            put(chars.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        if let title, rect.width >= 5 {
            let text = TextWidth.truncate(TextWidth.sanitize(title), toWidth: rect.width - 4)
            if !text.isEmpty {
                put(" " + text + " ", x: rect.x + 1, y: rect.y, style: titleStyle ?? style)
            }
        }
        return rect.inset(by: 1)
    }
}
