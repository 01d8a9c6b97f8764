import Foundation

/// A sort key in Vietnamese alphabetical order, made once per name so that sorting thousands of
/// names compares bytes instead of asking the locale's collation for every pair (that was half
/// the cost of ranking 2,500 index units).
///
/// The order is the one `VietnameseText.compare` gives, in three levels as the collation has
/// them: letters first (a < ă < â < b … d < đ … o < ô < ơ … u < ư, space before digits before
/// letters), then tones (none < huyền < hỏi < ngã < sắc < nặng), then case (lower before upper).
/// Text with any other character has no key, and callers compare it by the locale instead; a
/// test checks the two orders agree on every text that has a key.
public struct VietnameseCollationKey: Comparable, Hashable, Sendable {
    private let bytes: [UInt8]

    public init?(_ text: String) {
        var primary: [UInt8] = [], secondary: [UInt8] = [], tertiary: [UInt8] = []
        primary.reserveCapacity(text.utf8.count)
        for character in text {
            guard let weight = Self.weights[character] else { return nil }
            primary.append(weight.primary)
            secondary.append(weight.secondary)
            tertiary.append(weight.tertiary)
        }
        bytes = primary + [0] + secondary + [0] + tertiary
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    private struct Weight { var primary, secondary, tertiary: UInt8 }

    /// Every letter of the Vietnamese alphabet (and f, j, w, z) with each of the five tones, in
    /// both cases, the ten digits and the space.
    private static let weights: [Character: Weight] = {
        var table: [Character: Weight] = [" ": Weight(primary: 1, secondary: 1, tertiary: 1)]
        for (offset, digit) in "0123456789".enumerated() {
            table[digit] = Weight(primary: UInt8(2 + offset), secondary: 1, tertiary: 1)
        }
        let letters = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
                       "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
        // No tone, then huyền, hỏi, ngã, sắc, nặng: the order of the Vietnamese collation.
        let tones = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]
        for (letterOffset, letter) in letters.enumerated() {
            for (toneOffset, tone) in tones.enumerated() {
                let lower = (letter + tone).precomposedStringWithCanonicalMapping
                let upper = lower.uppercased().precomposedStringWithCanonicalMapping
                for (caseOffset, form) in [lower, upper].enumerated() where form.count == 1 {
                    table[Character(form)] = Weight(
                        primary: UInt8(12 + letterOffset), secondary: UInt8(1 + toneOffset), tertiary: UInt8(1 + caseOffset)
                    )
                }
            }
        }
        return table
    }()
}

extension VietnameseText {
    /// Indexes of `names` in Vietnamese alphabetical order, equal names in their given order:
    /// one key per name, and the locale asked only for names a key cannot hold.
    public static func alphabeticalOrder(of names: [String]) -> [Int] {
        let keys = names.map(VietnameseCollationKey.init)
        return names.indices.sorted { lhs, rhs in
            let order: ComparisonResult
            if let left = keys[lhs], let right = keys[rhs] {
                order = left < right ? .orderedAscending : (right < left ? .orderedDescending : .orderedSame)
            } else {
                order = compare(names[lhs], names[rhs])
            }
            return order == .orderedSame ? lhs < rhs : order == .orderedAscending
        }
    }
}
