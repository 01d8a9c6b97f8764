import Foundation
import PodiumCore
import Testing

/// Text that tries to command the terminal, reorder a line or pass for another person. Every
/// input path normalises through `VietnameseText.normalize`; every output through `Sanitizer`.
@Suite struct HostileTextTests {
    static let attacks = [
        "A\u{1B}]52;c;cHduZWQ=\u{07}B",            // OSC 52: writes the clipboard
        "A\u{1B}]0;owned\u{07}B",                  // OSC 0: window title
        "A\u{1B}]8;;https://x.example\u{1B}\\B",  // OSC 8: hyperlink
        "A\u{1B}[2JB", "A\u{1B}[6nB", "A\u{1B}[cB", // clear screen, cursor and device queries
        "A\u{1B}P+q544e\u{1B}\\B",                 // DCS query
        "A\u{9B}2JB", "A\u{9D}0;x\u{9C}B",         // the same through C1 controls
        "A\u{85}\u{8D}B",
        "A\u{202E}B", "A\u{2066}\u{2069}B", "A\u{200F}\u{061C}B",
    ]

    @Test(arguments: attacks)
    func escapeSequencesInANameAreRemovedOnTheWayIn(attack: String) {
        let name = VietnameseText.normalize(attack)
        #expect(name == "AB")
        #expect(!name.unicodeScalars.contains { Sanitizer.isSuspect($0) })
    }

    @Test func zeroWidthCharactersNeverMakeASecondLookAlikePerson() {
        let plain = "Hà Thu Hoa"
        for hidden in ["Hà Thu\u{200B} Hoa", "Hà\u{FEFF} Thu Hoa", "H\u{200D}à Thu Hoa", "Hà Th\u{00AD}u Hoa", "Hà Thu\u{2060} Hoa"] {
            #expect(VietnameseText.normalize(hidden) == plain)
            #expect(VietnameseText.folded(hidden) == VietnameseText.folded(plain))
        }
    }

    @Test func linesKeepTheirBreaksButNotTheirEscapes() {
        #expect(VietnameseText.normalizeLines("  Dòng 1\u{1B}[31m\nDòng 2\u{202E}  ") == "Dòng 1\nDòng 2")
    }

    @Test func jsonForATerminalEscapesC1BidiAndZeroWidth() throws {
        let data = try JSONEncoder().encode(["name": "A\u{9B}2J\u{202E}B\u{200B}C"])
        let json = Sanitizer.escapedForJSON(String(decoding: data, as: UTF8.self))
        #expect(!json.unicodeScalars.contains { Sanitizer.isSuspect($0) || Sanitizer.isZeroWidth($0) })
        #expect(json.contains("\\u009b") && json.contains("\\u202e") && json.contains("\\u200b"))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(decoded["name"] == "A\u{9B}2J\u{202E}B\u{200B}C")
    }
}
