import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// Text arrives one code point at a time from the terminal: some input methods send a base
/// letter and then its marks, and emoji come as several scalars joined by ZWJ. Each of these
/// once crashed the TUI, because the field's cursor advanced past the end of its text.
@Suite struct TextInputTests {
    /// Types `scalars` one by one, as the terminal delivers them.
    private func typed(_ scalars: [Unicode.Scalar], into field: inout TextField) {
        for scalar in scalars { _ = field.handle(.char(Character(scalar))) }
    }

    @Test(arguments: [
        ("Nguye\u{0302}\u{0303}n", "Nguyễn"),
        ("e\u{0301}x", "éx"),
        ("Ho\u{031B}\u{0300}ng", "Hờng"),
        ("a\u{200D}b\u{200C}c", "a\u{200D}b\u{200C}c"),
        ("👨\u{200D}👩\u{200D}👧\u{200D}👦x", "👨\u{200D}👩\u{200D}👧\u{200D}👦x"),
        ("🇻🇳🇻🇳", "🇻🇳🇻🇳"),
    ])
    func marksTypedOneByOneComposeWithoutCrashing(input: String, expected: String) {
        var field = TextField()
        typed(Array(input.unicodeScalars), into: &field)
        #expect(field.text == expected.precomposedStringWithCanonicalMapping)
        #expect(field.cursor == field.text.count)
        _ = field.handle(.backspace)
        _ = field.handle(.char("!"))
        #expect(field.cursor <= field.text.count)
    }

    @Test func marksTypedInTheMiddleMergeWithTheLetterBeforeTheCursor() {
        var field = TextField("Nguyn")
        _ = field.handle(.left)
        typed(["e", "\u{0302}", "\u{0303}"], into: &field)
        #expect(field.text == "Nguyễn")
        #expect(field.cursor == 5)
        _ = field.handle(.char("x"))
        #expect(field.text == "Nguyễxn")
    }

    @Test func controlCharactersAndEscapesTypedArePutAside() {
        var field = TextField()
        field.insert("A\u{1B}]52;c;cHduZWQ=\u{07}B\u{9B}2J\u{202E}C")
        #expect(field.text == "ABC")
    }

    @Test func cursorSetOutsideTheTextIsClamped() {
        var field = TextField("abc")
        field.cursor = 99
        #expect(field.cursor == 3)
        _ = field.handle(.char("d"))
        #expect(field.text == "abcd")
    }

    @Test func decomposedVietnameseTypedIntoTheChecklistFormDoesNotCrash() throws {
        var state = try Fixtures.state(pane: .checklist)
        state.role = .organizer
        for key in [Key.char("a")] + "Nguye\u{0302}\u{0303}n e\u{0301}x 👨\u{200D}👩\u{200D}👧".unicodeScalars.map({ Key.char(Character($0)) }) {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
        let screen = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(screen.contains("Nguyễn éx"))
    }

    @Test func standInPromptKeepsWhatIsTypedVisibleAt80Columns() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        state.seatingView.cursor = state.seatingDerived.layout.index(of: "P3") ?? 0
        state.apply(.seating(.startStandIn))
        for character in "Lò Văn Thắng, Phó Giám đốc Sở Tài chính" { state.apply(.seating(.inputKey(.text(character)))) }
        let lines = try Fixtures.render(state, width: 80, height: 24).buffer.plainLines()
        #expect(lines.contains { $0.contains("Sở Tài chính") })
    }

    @Test func searchPromptComposesMarksTypedOneByOne() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        state.apply(.seating(.startSearch))
        for scalar in "Nguye\u{0302}\u{0303}n".unicodeScalars { state.apply(.seating(.inputKey(.text(Character(scalar))))) }
        #expect(state.seatingView.input == .search("Nguyễn"))
    }
}
