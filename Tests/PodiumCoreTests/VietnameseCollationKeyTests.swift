import Foundation
import Testing
@testable import PodiumCore

@Suite struct VietnameseCollationKeyTests {
    /// The key must give the locale's order wherever it exists, or a ranking's ties would read
    /// in another order than every other list of the event.
    @Test func agreesWithTheLocaleOnRandomNames() {
        let letters = Array("aăâbcdđeêghiklmnoôơpqrstuưvxy")
        let tones = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]
        var seed: UInt64 = 26_03_2026
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        func word() -> String {
            (0..<(1 + next(3))).map { _ in
                let base = letters[next(letters.count)]
                // Tones sit on vowels only: a consonant with a tone has no single letter in NFC.
                var letter = String(base) + ("aăâeêioôơuưy".contains(base) ? tones[next(tones.count)] : "")
                if next(4) == 0 { letter = letter.uppercased() }
                if next(6) == 0 { letter = String(next(10)) }
                return letter
            }.joined().precomposedStringWithCanonicalMapping
        }
        var names: [String] = []
        for _ in 0..<400 { names.append((0..<(1 + next(3))).map { _ in word() }.joined(separator: " ")) }
        var disagreements: [String] = []
        for (lhs, rhs) in zip(names, names.shuffled()) {
            guard let left = VietnameseCollationKey(lhs), let right = VietnameseCollationKey(rhs) else {
                Issue.record("no key for \(lhs) or \(rhs)")
                continue
            }
            let byKey: ComparisonResult = left < right ? .orderedAscending : (right < left ? .orderedDescending : .orderedSame)
            if byKey != VietnameseText.compare(lhs, rhs) { disagreements.append("\(lhs) | \(rhs)") }
            // The comparison without keys, used within a tie, must give the keys' order.
            if VietnameseCollationKey.compare(lhs, rhs) != byKey { disagreements.append("pairwise: \(lhs) | \(rhs)") }
            let prefix = String(lhs.prefix(max(1, lhs.count / 2)))
            if let short = VietnameseCollationKey(prefix), VietnameseCollationKey.compare(prefix, lhs) != (short < left ? .orderedAscending : .orderedSame) {
                disagreements.append("prefix: \(prefix) | \(lhs)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func ordersLettersThenTonesThenCase() throws {
        let names = ["Ơn", "ơn", "Ôn", "On", "Ăn", "An", "Án", "Àn", "Đa", "Da", "Sở 10", "Sở 2", "Sở"]
        let order = VietnameseText.alphabeticalOrder(of: names).map { names[$0] }
        #expect(order == ["An", "Àn", "Án", "Ăn", "Da", "Đa", "On", "Ôn", "ơn", "Ơn", "Sở", "Sở 10", "Sở 2"])
    }

    @Test func textOutsideTheAlphabetFallsBackToTheLocale() {
        #expect(VietnameseCollationKey("UBND (xã)") == nil)
        #expect(VietnameseCollationKey.compare("UBND (xã)", "A") == nil)
        #expect(VietnameseCollationKey.compare("A", "B (xã)") == nil)
        let names = ["Phường B", "UBND (xã)", "Phường A"]
        #expect(VietnameseText.alphabeticalOrder(of: names).map { names[$0] } == ["Phường A", "Phường B", "UBND (xã)"])
    }

    @Test func equalNamesKeepTheirOrder() {
        #expect(VietnameseText.alphabeticalOrder(of: ["Xã A", "Xã A", "Xã A"]) == [0, 1, 2])
    }
}
