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
        let height = min(bounds.height - 2, rows.count + 4)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: strings.helpTitle, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        let visible = max(0, inner.height - 1)
        let offset = min(state.helpOffset, max(0, rows.count - visible))
        for (index, row) in rows.dropFirst(offset).prefix(visible).enumerated() {
            let y = inner.y + index
            canvas.text(row.0, x: inner.x + 1, y: y, maxWidth: keyWidth, style: .uiHelpKey)
            let description = row.2.map { "\(row.1) (\($0))" } ?? row.1
            let x = inner.x + keyWidth + 3
            canvas.text(description, x: x, y: y, maxWidth: inner.maxX - x, style: row.2 == nil ? ThemeKey.uiText : ThemeKey.uiDim)
        }
        let more = rows.count > visible ? " · ↑↓ \(offset + 1)–\(min(rows.count, offset + visible))/\(rows.count)" : ""
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
