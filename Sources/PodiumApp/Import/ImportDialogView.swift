import PodiumCore
import PodiumDocuments
import TermCore

/// Draws the import dialog over the screen: the kind and path, then the reading progress,
/// the preview table of matched columns and first rows, or the problems that refused the file.
enum ImportDialogView {
    static func render(_ dialog: ImportDialog, strings: UIStrings, into canvas: inout PaneCanvas, bounds: Rect) {
        let width = min(bounds.width - 2, 100)
        let height = min(bounds.height - 2, 20)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: strings.importTitle, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        let x = inner.x + 1
        let lineWidth = inner.width - 2
        canvas.text("◂ \(strings.importKindNames(dialog.kind.rawValue)) ▸", x: x, y: inner.y, maxWidth: lineWidth, style: .uiTitle)
        // The field scrolls to keep the cursor in sight, so the end of a long path shows.
        FieldLine.draw(
            label: strings.importPathLabel, field: dialog.path, focused: dialog.stage == .choosing, x: x, y: inner.y + 1,
            width: lineWidth, labelStyle: ThemeKey.uiDim, valueStyle: ThemeKey.uiSelected, canvas: &canvas
        )
        let bodyY = inner.y + 3
        let bottom = inner.maxY - 1
        switch dialog.stage {
        case .choosing:
            canvas.text(strings.importChooseHint, x: x, y: bottom, maxWidth: lineWidth, style: .uiDim)
        case .reading(let done, let total):
            canvas.text(strings.importReading(done, total), x: x, y: bodyY, maxWidth: lineWidth, style: .uiNotice)
            if total > 0 {
                let filled = lineWidth * min(done, total) / total
                canvas.text(String(repeating: "█", count: filled) + String(repeating: "·", count: lineWidth - filled), x: x, y: bodyY + 1, maxWidth: lineWidth, style: .uiText)
            }
        case .preview(let preview) where preview.revision != nil || !preview.groups.isEmpty:
            renderChoices(preview, dialog: dialog, strings: strings, into: &canvas, x: x, top: bodyY - 1, bottom: bottom, width: lineWidth)
        case .preview(let preview):
            canvas.text(preview.source, x: x, y: bodyY - 1, maxWidth: lineWidth, style: .uiDim)
            canvas.text(preview.columns.joined(separator: " · "), x: x, y: bodyY, maxWidth: lineWidth, style: .uiText)
            let columnWidth = max(4, lineWidth / max(1, preview.rows.first?.count ?? 1))
            for (column, title) in preview.titles.enumerated() {
                canvas.text(title, x: x + column * columnWidth, y: bodyY + 1, maxWidth: columnWidth - 1, style: .uiTitle)
            }
            for (index, row) in preview.rows.enumerated() where bodyY + 2 + index < bottom - 2 {
                for (column, cell) in row.enumerated() {
                    canvas.text(cell, x: x + column * columnWidth, y: bodyY + 2 + index, maxWidth: columnWidth - 1, style: .uiText)
                }
            }
            if preview.enrolled.new + preview.enrolled.linked > 0 {
                canvas.text(strings.dressRehearsal.importEnrolment(preview.enrolled.new, preview.enrolled.linked), x: x, y: bottom - 2, maxWidth: lineWidth, style: .uiNotice)
            }
            canvas.text(strings.importCounts(preview.added, preview.merged, preview.skipped) + (preview.warnings.isEmpty ? "" : " · \(preview.warnings.count) ⚠ " + (preview.warnings.first ?? "")), x: x, y: bottom - 1, maxWidth: lineWidth, style: .uiNotice)
            canvas.text(strings.importConfirmHint, x: x, y: bottom, maxWidth: lineWidth, style: .uiDim)
        case .refused(let problems):
            let choices = remedyLines(dialog.remedies, strings.importChoices)
            let room = max(0, bottom - bodyY - 1 - choices.count)
            // Each problem wraps, so its remedy (the end of the sentence) shows on a narrow screen.
            let wrapped = problems.map { TextWidth.wrap($0, width: max(1, lineWidth)) }
            var lines = wrapped.flatMap { $0 }
            if lines.count > room, room > 0 {
                // Whole problems up to the last row, which says how many did not fit.
                var shown: [String] = []
                var count = 0
                for problem in wrapped where shown.count + problem.count <= room - 1 {
                    shown += problem
                    count += 1
                }
                let path = dialog.path.text.contains(" ") ? "\"\(dialog.path.text)\"" : dialog.path.text
                let command = "podium import \(dialog.kind.rawValue) \(path) --dry-run"
                lines = shown + [strings.importChoices.moreProblems(problems.count - count, command)]
            }
            for (index, line) in lines.prefix(room).enumerated() {
                canvas.text(line, x: x, y: bodyY + index, maxWidth: lineWidth, style: .uiError)
            }
            for (index, line) in choices.enumerated() {
                canvas.text(line, x: x, y: bottom - choices.count + index, maxWidth: lineWidth, style: .uiNotice)
            }
            if choices.isEmpty {
                canvas.text(strings.importRefusedHint, x: x, y: bottom, maxWidth: lineWidth, style: .uiDim)
            }
        }
    }

    /// One line per choice a refusal offers, then how to go back.
    private static func remedyLines(_ remedies: [ImportRemedy], _ strings: ImportChoiceStrings) -> [String] {
        guard !remedies.isEmpty else { return [] }
        return remedies.flatMap { remedy -> [String] in
            switch remedy {
            case .createGroups(let count): [strings.createGroups(count)]
            case .skipOrMergeDuplicates: [strings.skipDuplicates, strings.mergeDuplicates]
            case .compareAsRevision: [strings.compareRevision]
            }
        } + [strings.otherKey]
    }

    /// The preview of new groups (with the cursor for K/J) or of a revised list's categories.
    private static func renderChoices(
        _ preview: ImportPreview, dialog: ImportDialog, strings: UIStrings, into canvas: inout PaneCanvas,
        x: Int, top: Int, bottom: Int, width: Int
    ) {
        let words = strings.importChoices
        canvas.text(preview.source, x: x, y: top, maxWidth: width, style: .uiDim)
        var y = top + 1
        if let revision = preview.revision, let choices = dialog.revision {
            let lines = [
                words.revisionLine("1", words.revisionNew, revision.new, words.choiceName(choices.new.rawValue)),
                words.revisionLine("2", words.revisionChanged, revision.changed, words.choiceName(choices.changed.rawValue)),
                words.revisionLine("3", words.revisionGone, revision.gone, words.choiceName(choices.gone.rawValue)),
                words.revisionUnchanged(revision.unchanged),
            ]
            for line in lines where y < bottom - 1 {
                canvas.text(line, x: x, y: y, maxWidth: width, style: .uiText)
                y += 1
            }
        }
        if !preview.groups.isEmpty {
            canvas.text(words.newGroupsTitle, x: x, y: y, maxWidth: width, style: .uiTitle)
            y += 1
            for (index, group) in preview.groups.enumerated() where y < bottom - 1 {
                let style = index == dialog.groupCursor && preview.revision == nil ? ThemeKey.uiSelected : ThemeKey.uiText
                canvas.text(words.newGroup(index + 1, group.name, group.rows), x: x, y: y, maxWidth: width, style: style)
                y += 1
            }
        }
        if preview.revision == nil {
            canvas.text(strings.importCounts(preview.added, preview.merged, preview.skipped), x: x, y: bottom - 1, maxWidth: width, style: .uiNotice)
        }
        canvas.text(preview.revision == nil ? words.moveHint : words.revisionHint, x: x, y: bottom, maxWidth: width, style: .uiDim)
    }
}
