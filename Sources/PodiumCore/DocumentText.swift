/// Escaping for the documents Podium writes: every user string passes through these.
public enum DocumentText {
    /// Safe inside HTML text and attribute values.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in printable(text).unicodeScalars {
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

    /// One CSV cell: quoted when needed, and a leading = + - @ neutralised with an apostrophe
    /// so a spreadsheet never runs it as a formula.
    public static func csvCell(_ text: String) -> String {
        var value = printable(text, keepNewlines: true)
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
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

    /// Drops control characters and escape sequences' introducers (C0, DEL, C1) so nothing
    /// a file carried can act on a terminal or a viewer; tabs and newlines become spaces.
    public static func printable(_ text: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines: out.append(scalar)
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
