import TermCore

/// One line of text being typed, with a cursor. Keys arrive as whole Characters, so Vietnamese
/// typed with any input method (precomposed or combining marks) edits as the reader sees it.
public struct TextField: Hashable, Sendable {
    public var text: String
    /// Position in characters, 0…text.count.
    public var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies an editing key; false when the key is not an editing key (Enter, Tab, Esc, arrows up/down…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            guard !character.isNewline else { return false }
            text.insert(character, at: index(cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }
}

/// A small dialog of labelled text fields: Tab and the arrows move between fields, Enter submits,
/// Esc cancels. `purpose` says what submitting does; a form with one field is a prompt line.
public struct Form: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public var label: String
        public var value: TextField

        public init(label: String, value: String = "") {
            self.label = label
            self.value = TextField(value)
        }
    }

    public enum Outcome: Hashable, Sendable { case editing, submit, cancel }

    public var title: String
    public var fields: [Field]
    public var focus = 0
    public var purpose: FormPurpose
    /// Why the last submit was refused, shown in the form until the next key.
    public var error: String?

    public init(title: String, fields: [Field], purpose: FormPurpose) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
    }

    public func value(_ index: Int) -> String { fields.indices.contains(index) ? fields[index].value.text : "" }

    public mutating func handle(_ key: Key) -> Outcome {
        error = nil
        switch key {
        case .enter: return .submit
        case .escape: return .cancel
        case .tab, .down: focus = (focus + 1) % max(1, fields.count)
        case .backTab, .up: focus = (focus + max(1, fields.count) - 1) % max(1, fields.count)
        default:
            if fields.indices.contains(focus) { _ = fields[focus].value.handle(key) }
        }
        return .editing
    }
}

/// What submitting a form does. Panes add their own cases.
public enum FormPurpose: Hashable, Sendable {
    case checklistAdd
    case checklistEdit(id: Int64)
    case checklistBlock(id: Int64)
    case checklistFilter
    case segmentAdd
    case segmentEdit(id: Int64)
    case speakerAdd
    case speakerLines(id: Int64)
    case stageMessage
    case rehearsal
    case hallPresidium
    case hallAddSection
}

/// Draws a form in a box in the middle of the screen; the focused field shows its cursor.
enum FormOverlay {
    static func render(_ form: Form, strings: UIStrings, into canvas: inout PaneCanvas, bounds: Rect) {
        let width = min(bounds.width - 4, 76)
        let height = min(bounds.height - 2, form.fields.count + 4)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style("ui.text"))
        let inner = canvas.buffer.drawBox(in: rect, title: form.title, style: canvas.theme.style("ui.border"), titleStyle: canvas.theme.style("ui.title"))
        let labelWidth = min(inner.width / 3, form.fields.map { TextWidth.width(of: $0.label) }.max() ?? 0)
        for (index, field) in form.fields.prefix(max(0, inner.height - 2)).enumerated() {
            let y = inner.y + index
            let focused = index == form.focus
            canvas.text(field.label, x: inner.x + 1, y: y, maxWidth: labelWidth, style: focused ? "ui.focus" : "ui.dim")
            let x = inner.x + labelWidth + 3
            drawValue(field.value, focused: focused, x: x, y: y, width: inner.maxX - x - 1, canvas: &canvas)
        }
        let footerY = inner.maxY - 1
        if let error = form.error {
            canvas.text(error, x: inner.x + 1, y: footerY, maxWidth: inner.width - 2, style: "ui.error")
        } else {
            canvas.text(strings.formHint, x: inner.x + 1, y: footerY, maxWidth: inner.width - 2, style: "ui.dim")
        }
    }

    /// Shows the part of the value around the cursor, the cursor as a reversed cell.
    private static func drawValue(_ field: TextField, focused: Bool, x: Int, y: Int, width: Int, canvas: inout PaneCanvas) {
        guard width > 1 else { return }
        let characters = Array(TextWidth.sanitize(field.text))
        let cursor = min(field.cursor, characters.count)
        var start = 0
        // The focused field scrolls until the text up to the cursor (and the cursor cell) fits.
        while focused, start < cursor, TextWidth.width(of: String(characters[start..<cursor])) + 1 > width { start += 1 }
        let visible = String(characters[start...])
        canvas.buffer.put(TextWidth.truncate(visible, toWidth: width), x: x, y: y, maxWidth: width, style: canvas.theme.style("ui.text"))
        guard focused else { return }
        let cursorX = x + TextWidth.width(of: String(characters[start..<cursor]))
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        canvas.buffer.put(under, x: cursorX, y: y, maxWidth: 2, style: canvas.theme.style("ui.selected"))
    }
}
