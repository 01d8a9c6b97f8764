/// The one CSV writer of every export (RFC 4180): each cell sanitised and NFC, quoted when it
/// holds a comma, a quote or a line break, and a leading = + - @ or CR neutralised with an
/// apostrophe so that a spreadsheet never runs it as a formula. Rows end in CRLF, as Excel
/// writes them itself.
public enum CSVWriter {
    public static func cell(_ text: String) -> String {
        var value = Sanitizer.clean(text, keepNewlines: true)
        if let first = value.unicodeScalars.first, "=+-@\r".unicodeScalars.contains(first) { value = "'" + value }
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",")
    }

    /// A whole file: every row followed by CRLF, led by a UTF-8 byte order mark when
    /// `byteOrderMark` is set, as Excel reads UTF-8 (and so Vietnamese) only with one.
    public static func document(_ rows: [[String]], byteOrderMark: Bool) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for row in rows { out += line(row) + "\r\n" }
        return out
    }
}
