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
        // Nothing for the sanitizer or NFC to change and single spaces only: already normal.
        if isPlainlyComposed(text), hasSingleSpacesOnly(text) { return text }
        return Sanitizer.cleanLine(text)
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// True when NFC leaves every letter of `text` as it is: it holds only ASCII, Latin-1 and
    /// Latin Extended-A/B, the precomposed Vietnamese letters and common punctuation (no
    /// combining mark, nothing NFC replaces). Names typed or exported in NFC almost always
    /// are, and checking costs far less than Foundation's normalisation.
    public static func isPlainlyComposed(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0x1EA0...0x1EF9).contains(value) || (0x2010...0x2027).contains(value)
        }
    }

    /// No white space but single ASCII spaces between words.
    private static func hasSingleSpacesOnly(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                // Tabs, line breaks and the other ASCII and Latin-1 spaces take the slow path.
                if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return false }
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Text that may span lines (notes, MC lines): NFC, escape sequences and control characters
    /// removed, line breaks kept, outer white space trimmed.
    public static func normalizeLines(_ text: String) -> String {
        Sanitizer.clean(text, keepNewlines: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A search key: lower case, tones and marks removed, đ → d ("Ngô Hạnh Phúc" → "ngo hanh phuc").
    /// Computed letter by letter (`FoldedName`): search, precedence and award matching fold
    /// thousands of names, and Foundation's folding made them slow.
    public static func folded(_ text: String) -> String {
        FoldedName.fold(text)
    }

    /// What `folded` means, by Foundation: NFC with white space collapsed, đ → d, then case
    /// and diacritic folding. `FoldedName` falls back to it for letters outside its table.
    public static func foldedByFoundation(_ text: String) -> String {
        normalize(text)
            .replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
    }

    /// Vietnamese alphabetical order (a < ă < â, d < đ …), which a code-point sort gets wrong.
    public static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        lhs.compare(rhs, options: [], range: nil, locale: vietnamese)
    }

    /// Made once: building a locale for every comparison was most of the cost of a sort.
    private static let vietnamese = Locale(identifier: "vi_VN")

    /// Names sort by given name (the last word), then by the whole name.
    public static func compareNames(_ lhs: String, _ rhs: String) -> ComparisonResult {
        let given = compare(givenName(lhs), givenName(rhs))
        return given == .orderedSame ? compare(lhs, rhs) : given
    }

    public static func givenName(_ name: String) -> String {
        normalize(name).split(separator: " ").last.map(String.init) ?? ""
    }
}
