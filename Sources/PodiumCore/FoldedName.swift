/// `VietnameseText.foldedByFoundation`'s result, computed letter by letter from a table of
/// Vietnamese letters, with Foundation's folding only for letters outside it. It is what
/// `VietnameseText.folded` does: a 5,000-delegate roster is folded often, and Foundation alone
/// made that slow.
public enum FoldedName {
    /// Every Vietnamese letter (both cases, all tones, precomposed) mapped to its folded form.
    private static let table: [Unicode.Scalar: String] = {
        var result: [Unicode.Scalar: String] = [:]
        let bases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "A", "Ă", "Â", "E", "Ê", "I", "O", "Ô", "Ơ", "U", "Ư", "Y"]
        let tones = ["", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
        for base in bases {
            for tone in tones {
                let letter = (base + tone).precomposedStringWithCanonicalMapping
                if letter.unicodeScalars.count == 1, let scalar = letter.unicodeScalars.first {
                    result[scalar] = VietnameseText.foldedByFoundation(letter)
                }
            }
        }
        result["đ"] = "d"
        result["Đ"] = "d"
        return result
    }()

    public static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // Escape sequences and invisible characters go first, as `VietnameseText.normalize` drops them.
        let composed = VietnameseText.isPlainlyComposed(text) ? text : Sanitizer.cleanLine(text).precomposedStringWithCanonicalMapping
        for scalar in composed.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            if scalar.isASCII {
                result.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: scalar).lowercasedASCII))
            } else if let folded = table[scalar] {
                result += folded
            } else {
                result += VietnameseText.foldedByFoundation(String(scalar))
            }
        }
        return result
    }
}

private extension UInt8 {
    init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
    var lowercasedASCII: UInt8 { (65...90).contains(self) ? self + 32 : self }
}
