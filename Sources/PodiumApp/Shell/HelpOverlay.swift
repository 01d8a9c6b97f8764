import TermCore

/// The `?` overlay, generated from `KeyMap.bindings` so it always matches the keys.
enum HelpOverlay {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, bounds: Rect) {
        let strings = state.strings
        var rows: [(String, String, String?)] = KeyMap.bindings.filter { $0.applies(in: state.pane) }.map {
            ($0.label, $0.describe(strings), $0.disabledReason(state).map(strings.helpDisabled))
        }
        rows.append((strings.keyMouse, strings.actionMouse, nil))
        let keyWidth = rows.map { TextWidth.width(of: $0.0) }.max() ?? 0
        let width = min(bounds.width - 4, 72)
        let height = min(bounds.height - 2, rows.count + 4)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style("ui.text"))
        let inner = canvas.buffer.drawBox(in: rect, title: strings.helpTitle, style: canvas.theme.style("ui.border"), titleStyle: canvas.theme.style("ui.title"))
        for (index, row) in rows.prefix(max(0, inner.height - 1)).enumerated() {
            let y = inner.y + index
            canvas.text(row.0, x: inner.x + 1, y: y, maxWidth: keyWidth, style: "ui.help.key")
            let description = row.2.map { "\(row.1) (\($0))" } ?? row.1
            let x = inner.x + keyWidth + 3
            canvas.text(description, x: x, y: y, maxWidth: inner.maxX - x,
                        style: row.2 == nil ? "ui.text" : "ui.dim")
        }
        canvas.text(strings.helpFooter, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: "ui.dim")
    }
}

/// A one-question box in the middle of the screen.
enum ConfirmOverlay {
    static func render(_ question: String, into canvas: inout PaneCanvas, bounds: Rect) {
        let width = min(bounds.width - 4, max(30, TextWidth.width(of: question) + 6))
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + bounds.height / 2 - 2, width: width, height: 3)
        canvas.buffer.fill(rect, style: canvas.theme.style("ui.text"))
        let inner = canvas.buffer.drawBox(in: rect, style: canvas.theme.style("ui.border"))
        canvas.buffer.drawParagraph(question, in: inner, style: canvas.theme.style("ui.notice"), alignment: .center)
    }
}
