import Foundation
import TermCore

/// One line of text being typed, with a cursor. Keys arrive one code point at a time from some
/// input methods (a base letter, then its combining marks, or the parts of a ZWJ emoji), so a
/// key may merge into the character before the cursor instead of adding one: the text is kept
/// in NFC and the cursor is recomputed from what the text became, never just advanced.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// Position in characters, 0…text.count (clamped whenever it is set).
    public var cursor: Int {
        didSet { cursor = max(0, min(cursor, text.count)) }
    }

    public init(_ text: String = "") {
        let normal = Self.normalised(text)
        self.text = normal
        self.cursor = normal.count
    }

    /// Applies an editing key; false when the key is not an editing key (Enter, Tab, Esc, arrows up/down…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            guard !character.isNewline else { return false }
            insert(String(character))
        case .backspace:
            guard cursor > 0 else { return true }
            replace(head: String(text[..<index(cursor - 1)]), tail: String(text[index(cursor)...]))
        case .delete:
            guard cursor < text.count else { return true }
            replace(head: String(text[..<index(cursor)]), tail: String(text[index(cursor + 1)...]))
        case .left: cursor -= 1
        case .right: cursor += 1
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            replace(head: "", tail: "")
        default:
            return false
        }
        return true
    }

    /// Inserts typed text at the cursor (one key, or a paste), dropping control characters and
    /// escape sequences so that nothing typed can later reach the terminal as a command.
    public mutating func insert(_ typed: some StringProtocol) {
        let clean = TextWidth.sanitize(String(typed))
        guard !clean.isEmpty else { return }
        replace(head: String(text[..<index(cursor)]) + clean, tail: String(text[index(cursor)...]))
    }

    /// Sets the text to `head + tail` in NFC with the cursor between them. Normalising may
    /// merge characters at the join, so the cursor is the length of the normalised head,
    /// kept within the text.
    private mutating func replace(head: String, tail: String) {
        let normalHead = Self.normalised(head)
        text = Self.normalised(normalHead + tail)
        cursor = normalHead.count
    }

    private static func normalised(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: max(0, min(offset, text.count)))
    }
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
    /// Lines shown above the fields, for what the form changes (the role table as it is).
    public var notes: [String] = []
    /// For a form editing a record: what it was opened on (see `FormBasis`).
    public var basis: FormBasis?

    public init(title: String, fields: [Field], purpose: FormPurpose, notes: [String] = [], basis: FormBasis? = nil) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        self.notes = notes
        self.basis = basis
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
    case eventDetails
    case roleTable
    case hallPresidium
    case hallAddSection
    // Preparing the day (see `AppState+Setup`).
    case groupEdit
    case rankTitle
    case rankOverride
    case seatingSettings
    case awardDecision
    case awardSettings
    case recipientAdd
    case recipientEdit(id: Int64)
    case recipientMove(id: Int64)
    case batchPresenter(batch: Int)
}

/// Draws a form in a box in the middle of the screen; the focused field shows its cursor.
enum FormOverlay {
    static func render(_ form: Form, strings: UIStrings, into canvas: inout PaneCanvas, bounds: Rect) {
        let width = min(bounds.width - 4, 76)
        // A refusal (a conflict says who changed what, when, and what to do) grows the box by
        // the lines it needs, so its advice is never cut off.
        let errorLines = form.error.map { TextWidth.wrap($0, width: max(1, width - 4)).count } ?? 1
        let height = min(bounds.height - 2, form.notes.count + form.fields.count + 3 + errorLines)
        let rect = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width, height: height)
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: form.title, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        let labelWidth = min(inner.width / 3, form.fields.map { TextWidth.width(of: $0.label) }.max() ?? 0)
        let notes = form.notes.prefix(max(0, inner.height - 2 - form.fields.count))
        for (index, note) in notes.enumerated() {
            canvas.text(note, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 2, style: .uiDim)
        }
        for (index, field) in form.fields.prefix(max(0, inner.height - 2)).enumerated() {
            let focused = index == form.focus
            FieldLine.draw(
                label: field.label, field: field.value, focused: focused, x: inner.x + 1, y: inner.y + notes.count + index,
                width: inner.width - 2, labelWidth: labelWidth, gap: 2,
                labelStyle: focused ? ThemeKey.uiFocus : ThemeKey.uiDim, valueStyle: ThemeKey.uiText, canvas: &canvas
            )
        }
        let footerY = inner.maxY - 1
        if let error = form.error {
            // On a short screen it may take the blank row above the footer too.
            let rows = max(1, min(errorLines, inner.height - notes.count - form.fields.count - 1, inner.height - 1))
            _ = canvas.buffer.drawParagraph(error, in: Rect(x: inner.x + 1, y: footerY - rows + 1, width: inner.width - 2, height: rows),
                                            style: canvas.theme.style(.uiError))
        } else {
            canvas.text(strings.formHint, x: inner.x + 1, y: footerY, maxWidth: inner.width - 2, style: .uiDim)
        }
    }
}
