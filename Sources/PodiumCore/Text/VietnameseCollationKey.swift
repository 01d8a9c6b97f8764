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
        // The three levels side by side in one buffer, written in one pass: primary weights,
        // a 0, secondary weights, a 0, tertiary weights.
        let count = text.unicodeScalars.count
        // One access to the table made once, not one per letter (each would check it is made).
        let table = Self.weights
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: 3 * count + 2) { buffer, initialized in
            buffer[count] = 0
            buffer[2 * count + 1] = 0
            // By scalar, not by Character: names are NFC, so each letter with its tone is one
            // scalar, and hashing a Character costs a canonical comparison.
            var offset = 0
            for scalar in text.unicodeScalars {
                let value = Int(scalar.value)
                let weight = value < table.count ? table[value] : 0
                guard weight != 0 else {
                    complete = false
                    break
                }
                buffer[offset] = UInt8(weight >> 16)
                buffer[count + 1 + offset] = UInt8(truncatingIfNeeded: weight >> 8)
                buffer[2 * count + 2 + offset] = UInt8(truncatingIfNeeded: weight)
                offset += 1
            }
            initialized = complete ? 3 * count + 2 : 0
        }
        guard complete else { return nil }
        self.bytes = bytes
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    /// The order the keys of `lhs` and `rhs` would give, read off the two texts without making
    /// the keys: for the few names of one tie, where allocating keys cost more than comparing.
    /// Nil when either text has no key.
    public static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult? {
        let table = weights
        var left = lhs.unicodeScalars.makeIterator(), right = rhs.unicodeScalars.makeIterator()
        // The first difference at each level, kept while the letters still agree.
        var secondary = ComparisonResult.orderedSame, tertiary = ComparisonResult.orderedSame
        while true {
            let a = left.next(), b = right.next()
            guard let a, let b else {
                // Each text must still be one that has a key, to the end.
                while let rest = left.next() { if weight(rest, table) == 0 { return nil } }
                while let rest = right.next() { if weight(rest, table) == 0 { return nil } }
                if a != nil { return .orderedDescending }
                if b != nil { return .orderedAscending }
                return secondary != .orderedSame ? secondary : tertiary
            }
            let x = weight(a, table), y = weight(b, table)
            guard x != 0, y != 0 else { return nil }
            if x >> 16 != y >> 16 {
                // The letters decide; the rest of each text must still have a key.
                while let rest = left.next() { if weight(rest, table) == 0 { return nil } }
                while let rest = right.next() { if weight(rest, table) == 0 { return nil } }
                return x >> 16 < y >> 16 ? .orderedAscending : .orderedDescending
            }
            if secondary == .orderedSame, x >> 8 & 0xFF != y >> 8 & 0xFF {
                secondary = x >> 8 & 0xFF < y >> 8 & 0xFF ? .orderedAscending : .orderedDescending
            }
            if tertiary == .orderedSame, x & 0xFF != y & 0xFF {
                tertiary = x & 0xFF < y & 0xFF ? .orderedAscending : .orderedDescending
            }
        }
    }

    private static func weight(_ scalar: Unicode.Scalar, _ table: [UInt32]) -> UInt32 {
        let value = Int(scalar.value)
        return value < table.count ? table[value] : 0
    }

    /// Every letter of the Vietnamese alphabet (and f, j, w, z) with each of the five tones, in
    /// both cases, the ten digits and the space: primary, secondary and tertiary weight packed
    /// in one number, indexed by scalar (0 for a scalar without a key).
    private static let weights: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x1F00)
        func set(_ form: String, _ primary: Int, _ secondary: Int, _ tertiary: Int) {
            guard form.unicodeScalars.count == 1, let scalar = form.unicodeScalars.first else { return }
            table[Int(scalar.value)] = UInt32(primary << 16 | secondary << 8 | tertiary)
        }
        set(" ", 1, 1, 1)
        for (offset, digit) in "0123456789".enumerated() { set(String(digit), 2 + offset, 1, 1) }
        let letters = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
                       "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
        // No tone, then huyền, hỏi, ngã, sắc, nặng: the order of the Vietnamese collation.
        let tones = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]
        for (letterOffset, letter) in letters.enumerated() {
            for (toneOffset, tone) in tones.enumerated() {
                let lower = (letter + tone).precomposedStringWithCanonicalMapping
                set(lower, 12 + letterOffset, 1 + toneOffset, 1)
                set(lower.uppercased().precomposedStringWithCanonicalMapping, 12 + letterOffset, 1 + toneOffset, 2)
            }
        }
        return table
    }()
}

extension VietnameseText {
    /// Indexes of `names` in Vietnamese alphabetical order, equal names in their given order:
    /// one key per name, and the locale asked only for names a key cannot hold.
    public static func alphabeticalOrder(of names: [String]) -> [Int] {
        // A tie of a few names: compared pair by pair, without making keys.
        if names.count <= 4 {
            return names.indices.sorted { lhs, rhs in
                let order = VietnameseCollationKey.compare(names[lhs], names[rhs]) ?? compare(names[lhs], names[rhs])
                return order == .orderedSame ? lhs < rhs : order == .orderedAscending
            }
        }
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
