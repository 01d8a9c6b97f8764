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
