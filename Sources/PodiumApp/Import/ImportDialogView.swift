import PodiumCore
import TermCore

/// Draws the import dialog over the screen: the kind and path, then the reading progress,
/// the preview table of matched columns and first rows, or the problems that refused the file.
enum ImportDialogView {
    static func render(_ dialog: ImportDialog, strings: UIStrings, into canvas: inout PaneCanvas, bounds: Rect) {
        let width = min(bounds.width - 2, 100)
        let height = min(bounds.height - 2, 20)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style("ui.text"))
        let inner = canvas.buffer.drawBox(in: rect, title: strings.importTitle, style: canvas.theme.style("ui.border"), titleStyle: canvas.theme.style("ui.title"))
        let x = inner.x + 1
        let lineWidth = inner.width - 2
        canvas.text("◂ \(strings.importKindNames(dialog.kind.rawValue)) ▸", x: x, y: inner.y, maxWidth: lineWidth, style: "ui.title")
        // The field scrolls to keep the cursor in sight, so the end of a long path shows.
        FieldLine.draw(
            label: strings.importPathLabel, field: dialog.path, focused: dialog.stage == .choosing, x: x, y: inner.y + 1,
            width: lineWidth, labelStyle: "ui.dim", valueStyle: "ui.selected", canvas: &canvas
        )
        let bodyY = inner.y + 3
        let bottom = inner.maxY - 1
        switch dialog.stage {
        case .choosing:
            canvas.text(strings.importChooseHint, x: x, y: bottom, maxWidth: lineWidth, style: "ui.dim")
        case .reading(let done, let total):
            canvas.text(strings.importReading(done, total), x: x, y: bodyY, maxWidth: lineWidth, style: "ui.notice")
            if total > 0 {
                let filled = lineWidth * min(done, total) / total
                canvas.text(String(repeating: "█", count: filled) + String(repeating: "·", count: lineWidth - filled), x: x, y: bodyY + 1, maxWidth: lineWidth, style: "ui.text")
            }
        case .preview(let preview):
            canvas.text(preview.source, x: x, y: bodyY - 1, maxWidth: lineWidth, style: "ui.dim")
            canvas.text(preview.columns.joined(separator: " · "), x: x, y: bodyY, maxWidth: lineWidth, style: "ui.text")
            let columnWidth = max(4, lineWidth / max(1, preview.rows.first?.count ?? 1))
            for (column, title) in preview.titles.enumerated() {
                canvas.text(title, x: x + column * columnWidth, y: bodyY + 1, maxWidth: columnWidth - 1, style: "ui.title")
            }
            for (index, row) in preview.rows.enumerated() where bodyY + 2 + index < bottom - 2 {
                for (column, cell) in row.enumerated() {
                    canvas.text(cell, x: x + column * columnWidth, y: bodyY + 2 + index, maxWidth: columnWidth - 1, style: "ui.text")
                }
            }
            canvas.text(strings.importCounts(preview.added, preview.merged, preview.skipped) + (preview.warnings.isEmpty ? "" : " · \(preview.warnings.count) ⚠ " + (preview.warnings.first ?? "")), x: x, y: bottom - 1, maxWidth: lineWidth, style: "ui.notice")
            canvas.text(strings.importConfirmHint, x: x, y: bottom, maxWidth: lineWidth, style: "ui.dim")
        case .refused(let problems):
            for (index, line) in problems.prefix(max(0, bottom - bodyY - 1)).enumerated() {
                canvas.text(line, x: x, y: bodyY + index, maxWidth: lineWidth, style: "ui.error")
            }
            canvas.text(strings.importRefusedHint, x: x, y: bottom, maxWidth: lineWidth, style: "ui.dim")
        }
    }
}
