import Foundation

/// Escaping for the documents Podium writes: every user string passes through these.
public enum DocumentText {
    /// Safe inside HTML text and attribute values.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in printable(text, keepNewlines: true).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One CSV cell, the only CSV escaping of every export: sanitised and NFC, quoted when
    /// needed, and a leading = + - @ or CR neutralised with an apostrophe so a spreadsheet
    /// never runs it as a formula.
    public static func csvCell(_ text: String) -> String {
        var value = printable(text, keepNewlines: true)
        if let first = value.unicodeScalars.first, "=+-@\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func csvLine(_ cells: [String]) -> String {
        cells.map(csvCell).joined(separator: ",")
    }

    /// Markdown table cell: pipes escaped, line breaks flattened.
    public static func markdownCell(_ text: String) -> String {
        printable(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// The shared rules (`Sanitizer.clean`): escape sequences and control characters out,
    /// tabs and, unless kept, line breaks become spaces, NFC.
    public static func printable(_ text: String, keepNewlines: Bool = false) -> String {
        Sanitizer.clean(text, keepNewlines: keepNewlines)
    }
}
