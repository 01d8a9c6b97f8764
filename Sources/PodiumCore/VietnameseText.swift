import Foundation

/// Rules for Vietnamese text that every input path applies (DOMAIN.md §6).
public enum VietnameseText {
    /// NFC, trimmed, runs of white space collapsed to one space; escape sequences, control,
    /// bidirectional and zero-width characters removed (`Sanitizer.cleanLine`). Decomposed input
    /// from Windows' built-in keyboard and cp1258 exports looks identical but compares unequal,
    /// and so does a name carrying an invisible zero-width space: both would pass for a second
    /// person. Every single-line text that enters the event (from a file, a form or the command
    /// line) passes through here.
    public static func normalize(_ text: String) -> String {
        Sanitizer.cleanLine(text)
            .precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// Text that may span lines (notes, MC lines): NFC, escape sequences and control characters
    /// removed, line breaks kept, outer white space trimmed.
    public static func normalizeLines(_ text: String) -> String {
        Sanitizer.clean(text, keepNewlines: true)
            .precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A search key: lower case, tones and marks removed, đ → d ("Ngô Hạnh Phúc" → "ngo hanh phuc").
    public static func folded(_ text: String) -> String {
        normalize(text)
            .replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
    }

    /// Vietnamese alphabetical order (a < ă < â, d < đ …), which a code-point sort gets wrong.
    public static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        lhs.compare(rhs, options: [], range: nil, locale: Locale(identifier: "vi_VN"))
    }

    /// Names sort by given name (the last word), then by the whole name.
    public static func compareNames(_ lhs: String, _ rhs: String) -> ComparisonResult {
        let given = compare(givenName(lhs), givenName(rhs))
        return given == .orderedSame ? compare(lhs, rhs) : given
    }

    public static func givenName(_ name: String) -> String {
        normalize(name).split(separator: " ").last.map(String.init) ?? ""
    }
}
