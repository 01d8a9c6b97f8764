import TermCore

/// Pane 6: index results. Events do not hold index results yet, so it says so plainly.
enum IndexPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        canvas.text(state.strings.indexEmpty, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: "ui.dim")
        return 0
    }
}
