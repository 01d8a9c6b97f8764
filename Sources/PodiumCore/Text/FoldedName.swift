/// `VietnameseText.foldedByFoundation`'s result, computed letter by letter from a table of
/// Vietnamese letters, with Foundation's folding only for letters outside it. It is what
/// `VietnameseText.folded` does: a 5,000-delegate roster is folded often, and Foundation alone
/// made that slow.
public enum FoldedName {
    /// Every Vietnamese letter (both cases, all tones, precomposed) mapped to its folded form;
    /// read once, into `letters`.
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

    /// The same letters by scalar value, as the one ASCII letter each folds to (0 where the
    /// table has none): a load per letter where the dictionary hashed every scalar.
    private static let letters: [UInt8] = {
        var flat = [UInt8](repeating: 0, count: 0x1F00)
        for (scalar, folded) in table where Int(scalar.value) < flat.count && folded.utf8.count == 1 {
            flat[Int(scalar.value)] = folded.utf8.first ?? 0
        }
        return flat
    }()

    public static func fold(_ text: String) -> String {
        // Built as UTF-8 bytes: appending scalar by scalar to a String cost more than folding.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // Escape sequences and invisible characters go first, as `VietnameseText.normalize` drops them.
        let composed = VietnameseText.isPlainlyComposed(text) ? text : Sanitizer.cleanLine(text)
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            let folded: String?
            if value < 0x80 {
                // ASCII white space is tab to carriage return and the space; nothing to look up.
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                folded = nil
            } else if Int(value) < letters.count, letters[Int(value)] != 0 {
                // Vietnamese letters, none of them white space, each folding to one ASCII letter.
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(letters[Int(value)])
                continue
            } else if scalar.properties.isWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            } else {
                folded = VietnameseText.foldedByFoundation(String(scalar))
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if let folded {
                bytes.append(contentsOf: folded.utf8)
            } else {
                bytes.append(UInt8(truncatingIfNeeded: value).lowercasedASCII)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

private extension UInt8 {
    var lowercasedASCII: UInt8 { (65...90).contains(self) ? self + 32 : self }
}
