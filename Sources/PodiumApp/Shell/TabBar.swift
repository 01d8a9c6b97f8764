import TermCore

/// The pane names with their number keys; the current one highlighted, each one clickable.
enum TabBar {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let labels = Pane.allCases.map { " \($0.rawValue) \(strings.paneTitle($0)) " }
        let full = labels.reduce(0) { $0 + TextWidth.width(of: $1) }
        // When the names do not fit, every tab but the current one shrinks to its number.
        let compact = full > rect.width
        var x = rect.x
        for (pane, label) in zip(Pane.allCases, labels) {
            let shown = compact && pane != state.pane ? " \(pane.rawValue) " : label
            let style = canvas.theme.style(pane == state.pane ? ThemeKey.uiTabActive : ThemeKey.uiTab)
            let written = canvas.buffer.put(shown, x: x, y: rect.y, maxWidth: rect.maxX - x, style: style)
            canvas.hits.append(HitRegion(rect: Rect(x: x, y: rect.y, width: written, height: 1), command: .showPane(pane)))
            x += written
            if x >= rect.maxX { break }
        }
    }
}
