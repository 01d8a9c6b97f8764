/// Escaping for text that user data reaches in generated documents.
public enum MarkupText {
    /// For XML and HTML text and attribute values: every user string passes through here.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in VietnameseText.normalize(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters are not allowed in XML 1.0; drop them.
                if scalar.value < 0x20 && scalar != "\t" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A CSV cell: quoted when needed, and a leading = + - @ neutralised with an apostrophe so
    /// a spreadsheet shows the text instead of running it as a formula.
    public static func csvCell(_ text: String) -> String {
        var value = VietnameseText.normalize(text)
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        if value.contains(where: { ",\"\n\r".contains($0) }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
