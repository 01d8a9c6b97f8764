/// Removes what must never reach a terminal or a document from imported text: escape
/// sequences (CSI, OSC and the rest, introduced by ESC or by their C1 forms), other C0 and C1
/// control characters, DEL and the bidirectional overrides that can make a name display as
/// something else. Tabs become spaces; line breaks are kept only where a field may span lines.
public enum Sanitizer {
    public static func clean(_ text: String, keepNewlines: Bool) -> String {
        guard text.unicodeScalars.contains(where: isSuspect) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x0A where keepNewlines, 0x0D where keepNewlines:
                output.append(scalar)
            case 0x09, 0x0A, 0x0D:
                output.append(" ")
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipUntilFinalByte(&scalars)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                skipUntilStringTerminator(&scalars)
            default:
                if !isSuspect(scalar) { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// One line of text (a name, a title, a reason): `clean` without line breaks, and the
    /// zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) removed too:
    /// in a name they only ever make two identical-looking names differ.
    public static func cleanLine(_ text: String) -> String {
        let cleaned = clean(text, keepNewlines: false)
        guard cleaned.unicodeScalars.contains(where: isZeroWidth) else { return cleaned }
        var output = String.UnicodeScalarView()
        output.append(contentsOf: cleaned.unicodeScalars.filter { !isZeroWidth($0) })
        return String(output)
    }

    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// JSON text with every character `clean` or `cleanLine` would remove written as a `\uXXXX`
    /// escape. JSON encoders escape C0 controls but pass C1 controls, bidi and zero-width
    /// characters as they are; escaped, the data stays exact for a program and harmless on a
    /// screen. Such characters can only stand inside JSON strings, where the escape is valid.
    public static func escapedForJSON(_ json: String) -> String {
        // Tabs and line breaks can only be the encoder's own layout: inside strings it escapes them.
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            (isSuspect(scalar) && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || isZeroWidth(scalar)
        }
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var output = ""
        output.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// True when `text` holds anything `clean` would change (tabs and line breaks aside).
    public static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { isSuspect($0) && ![0x09, 0x0A, 0x0D].contains($0.value) }
    }

    public static func isSuspect(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional marks, embeddings, overrides and isolates: each can make a line
        // display in another order than it is stored (U+202E turns "gpj.exe" around).
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x206A...0x206F, 0xFFF9...0xFFFB: true
        default: false
        }
    }

    /// After ESC: "[" starts a CSI, "]" "P" "X" "^" "_" start strings, anything else is a
    /// two-character sequence.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipUntilFinalByte(&scalars)
        case "]", "P", "X", "^", "_": skipUntilStringTerminator(&scalars)
        default: return
        }
    }

    private static func skipUntilFinalByte(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
            if !(0x20...0x3F).contains(scalar.value) { return }
        }
    }

    /// Strings end at BEL, ST (ESC \) or the C1 ST; an unterminated one swallows the rest,
    /// which is what a terminal would have done with it too.
    private static func skipUntilStringTerminator(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}
