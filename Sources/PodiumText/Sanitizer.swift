import Foundation

/// The one set of rules for text that reaches a person, on the terminal or in a document, and
/// for text that comes in from a file: escape sequences (CSI, OSC and the rest, introduced by
/// ESC or by their C1 forms), other C0 and C1 control characters, DEL and the bidirectional
/// controls that can make a name display as something else are removed; tabs become spaces;
/// line breaks are kept only where a field may span lines; the result is NFC, so a name typed
/// with combining marks and the same name precomposed are one name.
///
/// The terminal (`TextWidth.sanitize`), the documents (`DocumentText`), the importers and the
/// CLI all call this type, so what one of them shows the others show too.
public enum Sanitizer {
    /// Text that may span lines (a note, a script, a CLI message) or, without them, one line
    /// on the terminal. Zero-width characters stay: they join emoji and shape scripts.
    public static func clean(_ text: String, keepNewlines: Bool) -> String {
        filter(text, keepNewlines: keepNewlines, dropZeroWidth: false)
    }

    /// One line of text that names something (a name, a title, a reason): `clean` without line
    /// breaks, and the zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen)
    /// removed too: in a name they only ever make two identical-looking names differ.
    public static func cleanLine(_ text: String) -> String {
        filter(text, keepNewlines: false, dropZeroWidth: true)
    }

    private static func filter(_ text: String, keepNewlines: Bool, dropZeroWidth: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isSuspect($0) || isLineSeparator($0) || (dropZeroWidth && isZeroWidth($0)) })
        else { return composed(text) }
        var output = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x0A where keepNewlines, 0x0D where keepNewlines:
                output.append(scalar)
            case 0x2028 where keepNewlines, 0x2029 where keepNewlines:
                output.append("\n")
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
                output.append(" ")
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipCSI(&scalars)
            case 0x9D:
                skipString(&scalars, bellEnds: true)
            case 0x90, 0x98, 0x9E, 0x9F:
                skipString(&scalars, bellEnds: false)
            default:
                if !isSuspect(scalar) && !(dropZeroWidth && isZeroWidth(scalar)) { output.append(scalar) }
            }
        }
        return composed(String(output))
    }

    /// NFC of `text`. Text holding only scalars NFC never changes (ASCII, Latin-1, Latin
    /// Extended-A/B, the precomposed Vietnamese letters, general punctuation: no combining
    /// mark, nothing NFC replaces) is returned as it is: names typed or exported in NFC almost
    /// always are, and Foundation's normalisation (through NSString) was most of the cost of
    /// reading a 5,000-row roster or an event file.
    public static func composed(_ text: String) -> String {
        let unchanged = text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0x1EA0...0x1EF9).contains(value) || (0x2010...0x2027).contains(value)
        }
        return unchanged ? text : text.precomposedStringWithCanonicalMapping
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

    /// True when `text` holds anything `clean` would remove (tabs and line breaks aside).
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

    /// U+2028 and U+2029 break a line like a newline does, on screens that honour them.
    private static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// After ESC: "[" starts a CSI, "]" "P" "X" "^" "_" start strings, intermediates
    /// 0x20–0x2F then one final byte make an nF sequence (ESC ( B), anything else is a
    /// two-character sequence (ESC 7).
    private static func skipEscape(_ s: inout ArraySlice<Unicode.Scalar>) {
        guard let next = s.popFirst() else { return }
        switch next {
        case "[": skipCSI(&s)
        case "]": skipString(&s, bellEnds: true)
        case "P", "X", "^", "_": skipString(&s, bellEnds: false)
        default:
            if (0x20...0x2F).contains(next.value) {
                while let c = s.first, (0x20...0x2F).contains(c.value) { s.removeFirst() }
                if !s.isEmpty { s.removeFirst() }
            }
        }
    }

    /// Parameters and intermediates up to and including the final byte 0x40–0x7E.
    private static func skipCSI(_ s: inout ArraySlice<Unicode.Scalar>) {
        while let c = s.first {
            // A stray character ends a broken sequence without being eaten: a control is then
            // removed by the caller, visible text is kept.
            if c.value < 0x20 || c.value > 0x7E { return }
            s.removeFirst()
            if (0x40...0x7E).contains(c.value) { return }
        }
    }

    /// OSC/DCS/SOS/PM/APC payload up to ST (`ESC \` or U+009C), or BEL for OSC. An
    /// unterminated one swallows the rest, which is what a terminal would have done with it too.
    private static func skipString(_ s: inout ArraySlice<Unicode.Scalar>, bellEnds: Bool) {
        while let c = s.popFirst() {
            switch c.value {
            case 0x07 where bellEnds: return
            case 0x9C: return
            case 0x1B:
                if s.first == "\\" { s.removeFirst() }
                return
            default: continue
            }
        }
    }
}
