import Testing
@testable import TermCore

@Suite struct BigDigitsTests {
    @Test func smallFontGolden() {
        #expect(BigDigits.lines("-01:05", scale: 1) == [
            "    █▀█   █ ▄ █▀█ █▀▀",
            "▀▀▀ █ █   █ ▄ █ █ ▀▀█",
            "    ▀▀▀   ▀   ▀▀▀ ▀▀▀",
        ])
    }

    @Test func fiveRowFontGolden() {
        #expect(BigDigits.lines("12", scale: 2) == [
            "    ██  ██████",
            "    ██      ██",
            "    ██  ██████",
            "    ██  ██    ",
            "    ██  ██████",
        ])
    }

    @Test func rendersLargestScaleCentred() {
        #expect(BigDigits.bestScale(for: "05:00", width: 80, height: 24) == 4)
        #expect(BigDigits.bestScale(for: "05:00", width: 20, height: 3) == 1)
        #expect(BigDigits.bestScale(for: "05:00", width: 10, height: 3) == nil)
        var b = Buffer(width: 25, height: 5)
        BigDigits.render("-01:05", into: &b, rect: b.bounds, style: Style(modifiers: .bold))
        #expect(b.plainLines() == [
            "                         ",
            "      █▀█   █ ▄ █▀█ █▀▀  ",
            "  ▀▀▀ █ █   █ ▄ █ █ ▀▀█  ",
            "      ▀▀▀   ▀   ▀▀▀ ▀▀▀  ",
            "                         ",
        ])
    }

    @Test func fallsBackToTextWhenTooSmall() {
        var b = Buffer(width: 8, height: 1)
        BigDigits.render("05:00", into: &b, rect: b.bounds, style: .plain)
        #expect(b.plainLines() == [" 05:00  "])
    }
}
