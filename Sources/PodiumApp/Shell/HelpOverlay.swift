import TermCore

/// The `?` overlay, generated from the key table for the current pane, so it always matches
/// the keys; it scrolls when the table is longer than the screen.
enum HelpOverlay {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, bounds: Rect) {
        let strings = state.strings
        var rows: [(String, String, String?)] = KeyMap.bindings(on: state.pane).map {
            ($0.label, $0.describe(strings), $0.disabledReason(state).map(strings.helpDisabled))
        }
        rows.append((strings.keyMouse, strings.actionMouse, nil))
        let keyWidth = rows.map { TextWidth.width(of: $0.0) }.max() ?? 0
        let width = min(bounds.width - 4, 110)
        // A description, with why its key is disabled, wraps under itself rather than losing
        // the reason at the box's edge on a narrow screen; the key shows on its first line.
        let textWidth = max(1, width - 2 - keyWidth - 4)
        var lines: [(key: String, text: String, disabled: Bool)] = []
        for row in rows {
            let description = row.2.map { "\(row.1) (\($0))" } ?? row.1
            for (index, line) in TextWidth.wrap(description, width: textWidth).enumerated() {
                lines.append((index == 0 ? row.0 : "", line, row.2 != nil))
            }
        }
        let height = min(bounds.height - 2, lines.count + 4)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: strings.helpTitle, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        let visible = max(0, inner.height - 1)
        let offset = min(state.helpOffset, max(0, lines.count - visible))
        for (index, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            let y = inner.y + index
            canvas.text(line.key, x: inner.x + 1, y: y, maxWidth: keyWidth, style: .uiHelpKey)
            let x = inner.x + keyWidth + 3
            canvas.text(line.text, x: x, y: y, maxWidth: inner.maxX - x, style: line.disabled ? ThemeKey.uiDim : ThemeKey.uiText)
        }
        let more = lines.count > visible ? " · ↑↓ \(offset + 1)–\(min(lines.count, offset + visible))/\(lines.count)" : ""
        canvas.text(strings.helpFooter + more, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: .uiDim)
    }
}

/// A one-question box in the middle of the screen.
enum ConfirmOverlay {
    static func render(_ question: String, into canvas: inout PaneCanvas, bounds: Rect) {
        let width = min(bounds.width - 4, max(30, TextWidth.width(of: question) + 6), 90)
        let lines = TextWidth.wrap(question, width: width - 4).count
        let height = min(bounds.height - 2, lines + 2)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, style: canvas.theme.style(.uiBorder))
        canvas.buffer.drawParagraph(question, in: inner.inset(by: 0), style: canvas.theme.style(.uiNotice), alignment: lines > 1 ? .left : .center)
    }
}
