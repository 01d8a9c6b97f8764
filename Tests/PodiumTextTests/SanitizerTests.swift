import Foundation
import PodiumText
import Testing

/// The rules every interface and document shares: what `Sanitizer` removes, keeps and composes.
@Suite struct SanitizerTests {
    @Test func controlCharactersAndDeleteAreRemoved() {
        #expect(Sanitizer.cleanLine("a\u{07}\u{00}\u{08}b\u{7F}c\u{85}d") == "abcd")
        #expect(Sanitizer.clean("a\u{01}b\u{9C}c", keepNewlines: true) == "abc")
    }

    @Test func escapeSequencesAreRemovedWhole() {
        #expect(Sanitizer.cleanLine("\u{1B}[1;31mred\u{1B}[0m") == "red")
        #expect(Sanitizer.cleanLine("a\u{1B}]0;title\u{07}b") == "ab")
        #expect(Sanitizer.cleanLine("a\u{1B}]52;c;cHduZWQ=\u{1B}\\b") == "ab")
        #expect(Sanitizer.cleanLine("a\u{1B}P+q544e\u{1B}\\b") == "ab")
        // nF (ESC ( B) and two-character (ESC 7) sequences take their final byte with them.
        #expect(Sanitizer.cleanLine("a\u{1B}(Bb\u{1B}7c") == "abc")
        #expect(Sanitizer.cleanLine("x\u{9B}2Jy\u{9D}0;t\u{9C}z") == "xyz")
        #expect(Sanitizer.cleanLine("trailing\u{1B}") == "trailing")
        // A broken CSI ends at the first character that cannot belong to it, which is kept.
        #expect(Sanitizer.cleanLine("a\u{1B}[12Đb") == "aĐb")
    }

    @Test func bidiControlsAreRemoved() {
        for control in ["\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{206A}", "\u{FFF9}"] {
            #expect(Sanitizer.cleanLine("exe\(control)gpj") == "exegpj")
            #expect(Sanitizer.clean("exe\(control)gpj", keepNewlines: true) == "exegpj")
        }
    }

    @Test func zeroWidthCharactersLeaveLinesButStayInLongerText() {
        for hidden in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"] {
            #expect(Sanitizer.cleanLine("Hà\(hidden) Nội") == "Hà Nội")
        }
        // A note or a script keeps them: only in a name do they make a second look-alike.
        #expect(Sanitizer.clean("a\u{200D}b", keepNewlines: true) == "a\u{200D}b")
        #expect(Sanitizer.clean("👨\u{200D}👩", keepNewlines: false) == "👨\u{200D}👩")
    }

    @Test func tabsAndLineBreaksBecomeSpacesUnlessKept() {
        #expect(Sanitizer.cleanLine("a\tb\nc\rd\u{2028}e") == "a b c d e")
        #expect(Sanitizer.clean("a\tb\nc\r\nd", keepNewlines: true) == "a b\nc\r\nd")
        #expect(Sanitizer.clean("a\u{2029}b", keepNewlines: true) == "a\nb")
    }

    @Test func combiningMarksAreKeptAndVietnameseIsComposed() {
        let nfc = "Ngô Hạnh Phúc, Đặng Thị Ánh"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(Array(Sanitizer.cleanLine(nfd).unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(Array(Sanitizer.clean(nfd, keepNewlines: true).unicodeScalars) == Array(nfc.unicodeScalars))
        // The same after a control is removed: the slow path composes too.
        #expect(Array(Sanitizer.cleanLine("\u{1B}[0m" + nfd).unicodeScalars) == Array(nfc.unicodeScalars))
        // A mark with no precomposed form stays, on its letter.
        #expect(Array(Sanitizer.cleanLine("x\u{0301}").unicodeScalars) == ["x", "\u{0301}"])
        #expect(Sanitizer.cleanLine("Hà Nội 👍 中文") == "Hà Nội 👍 中文")
    }

    @Test func needsCleaningSeesWhatCleanRemoves() {
        #expect(Sanitizer.needsCleaning("a\u{1B}[2Jb"))
        #expect(Sanitizer.needsCleaning("a\u{202E}b"))
        #expect(!Sanitizer.needsCleaning("Hà Nội\tvà\nHuế"))
    }
}
