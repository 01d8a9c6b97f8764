import Foundation
import PodiumText
import Testing
@testable import TermCore

@Suite struct TextWidthTests {
    @Test func vietnameseNFCAndNFD() {
        let nfc = "Ngô Hạnh Phúc"
        #expect(TextWidth.width(of: nfc) == 13)
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        let clean = TextWidth.sanitize(nfd)
        #expect(Array(clean.unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(TextWidth.width(of: clean) == 13)
        #expect(TextWidth.width(of: nfd) == 13)
    }

    @Test func combiningMarksAreZeroWide() {
        #expect(TextWidth.width(of: "\u{0301}") == 0)
        #expect(TextWidth.width(of: "e\u{0301}\u{0323}") == 1)
        #expect(TextWidth.width(of: "\u{200D}") == 0)
    }

    @Test func cjkAndEmojiAreTwoWide() {
        #expect(TextWidth.width(of: "中文") == 4)
        #expect(TextWidth.width(of: "한") == 2)
        #expect(TextWidth.width(of: "👍") == 2)
        #expect(TextWidth.width(of: "👨‍👩‍👧") == 2)
        #expect(TextWidth.width(of: "🇻🇳") == 2)
        #expect(TextWidth.width(of: "❤️") == 2)
        #expect(TextWidth.width(of: "❤") == 1)
        #expect(TextWidth.width(of: "a👍b") == 4)
    }

    @Test func sanitizeStripsEscapeSequences() {
        #expect(TextWidth.sanitize("\u{1B}[1;31mred\u{1B}[0m") == "red")
        #expect(TextWidth.sanitize("a\u{1B}]0;title\u{07}b") == "ab")
        #expect(TextWidth.sanitize("a\u{1B}]2;title\u{1B}\\b") == "ab")
        #expect(TextWidth.sanitize("\u{1B}]8;;https://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
        #expect(TextWidth.sanitize("a\u{1B}Pq#0;1\u{1B}\\b") == "ab")
        #expect(TextWidth.sanitize("a\u{1B}(Bb\u{1B}7c") == "abc")
        #expect(TextWidth.sanitize("x\u{9B}2Jy") == "xy")
        #expect(TextWidth.sanitize("x\u{85}\u{9C}y") == "xy")
        #expect(TextWidth.sanitize("a\tb\nc\rd") == "a b c d")
        #expect(TextWidth.sanitize("a\u{07}\u{00}\u{08}b\u{7F}c") == "abc")
        #expect(TextWidth.sanitize("abc\u{202E}def\u{2066}") == "abcdef")
        #expect(TextWidth.sanitize("trailing\u{1B}") == "trailing")
        #expect(TextWidth.sanitize("Hà Nội 👍") == "Hà Nội 👍")
    }

    /// The screen shows what a document prints: the terminal's rules are the shared ones, and
    /// a typed emoji sequence keeps its joiners.
    @Test func sanitizeIsTheSharedLineRule() {
        let samples = [
            "Hà Nội", "a\u{1B}[2Jb", "x\u{9B}2Jy", "exe\u{202E}gpj", "Hà\u{200B} Nội", "Th\u{00AD}u", "a\tb\nc",
            "Ngô Hạnh Phúc".decomposedStringWithCanonicalMapping, "👨\u{200D}👩", "a\u{1B}]0;t\u{07}b", "\u{FEFF}BOM",
        ]
        for sample in samples {
            #expect(TextWidth.sanitize(sample) == Sanitizer.clean(sample, keepNewlines: false))
        }
    }

    @Test func truncateAndPad() {
        #expect(TextWidth.truncate("Hello world", toWidth: 8) == "Hello w…")
        #expect(TextWidth.truncate("short", toWidth: 8) == "short")
        #expect(TextWidth.truncate("中文字", toWidth: 4) == "中…")
        #expect(TextWidth.truncate("abc", toWidth: 0) == "")
        #expect(TextWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(TextWidth.pad("ab", toWidth: 5, alignment: .right) == "   ab")
        #expect(TextWidth.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(TextWidth.pad("中", toWidth: 4, alignment: .center) == " 中 ")
        #expect(TextWidth.width(of: TextWidth.pad("toolongtext", toWidth: 5)) == 5)
    }

    @Test func wrapByDisplayWidth() {
        #expect(TextWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWidth.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
        #expect(TextWidth.wrap("中文中文中", width: 4) == ["中文", "中文", "中"])
        #expect(TextWidth.wrap("one\ntwo", width: 10) == ["one", "two"])
        for line in TextWidth.wrap("Đại hội đại biểu Đảng bộ xã lần thứ XV nhiệm kỳ 2025–2030", width: 12) {
            #expect(TextWidth.width(of: line) <= 12)
        }
    }
}
