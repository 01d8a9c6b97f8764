import PodiumApp
import PodiumCore
import TermCore
import Testing

@Suite struct HallEditorTests {
    private func editorState() throws -> AppState {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        state.apply(try #require(state.command(for: .key(.char("H")), frame: nil)))
        #expect(state.seatingView.editingHall)
        return state
    }

    private func press(_ keys: [Key], _ state: inout AppState) throws {
        for key in keys { state.apply(try #require(state.command(for: .key(key), frame: nil))) }
    }

    private func type(_ text: String, into state: inout AppState) {
        for character in text { state.apply(.formInput(.char(character))) }
    }

    @Test func editorKeysAreRefusedWithTheReason() throws {
        var state = try Fixtures.state(pane: .seating)
        #expect(state.command(for: .key(.char("H")), frame: nil) == .notice(state.strings.seatingReadOnlyRole))
        state.role = .protocol
        #expect(state.command(for: .key(.char("a")), frame: nil) == .notice(state.strings.hallEditorClosed))
    }

    @Test func addSectionThroughTheFormQueuesTheNewHall() throws {
        var state = try editorState()
        try press([.char("a")], &state)
        type("B", into: &state)
        state.apply(.formInput(.tab))
        type("2", into: &state)
        state.apply(.formInput(.tab))
        type("6", into: &state)
        state.apply(.formInput(.enter))
        guard case .form(let form)? = state.overlay else { Issue.record("the form should stay open"); return }
        #expect(form.error == state.strings.errors.hall(.duplicateSectionName("B"), .terminal))
        state.apply(.formInput(.backTab))
        state.apply(.formInput(.backTab))
        state.apply(.formInput(.backspace))
        type("D", into: &state)
        state.apply(.formInput(.tab))
        state.apply(.formInput(.tab))
        state.apply(.formInput(.tab))
        type("3", into: &state)
        state.apply(.formInput(.enter))
        #expect(state.overlay == nil)
        var expected = state.event.hall
        expected.sections.append(HallSection(name: "D", rows: 2, seatsPerRow: 6, innerAisles: [3]))
        #expect(state.effects == [.updateHall(expected, basedOn: state.journalVersion)])
    }

    @Test func presidiumOutOfRangeIsRefusedInTheForm() throws {
        var state = try editorState()
        try press([.char("p")], &state)
        state.apply(.formInput(.ctrl("u")))
        type("30", into: &state)
        state.apply(.formInput(.enter))
        guard case .form(let form)? = state.overlay else { Issue.record("the form should stay open"); return }
        #expect(form.error?.contains("25") == true)
        #expect(state.effects.isEmpty)
    }

    @Test func removingASectionAsksAndCountsItsSeatedDelegates() throws {
        var state = try editorState()
        let index = try #require(state.seatingDerived.layout.index(of: "B1-06"))
        state.seatingView.cursor = index
        let seatedInB = state.event.seating.assignments.filter { $0.seat.hasPrefix("B") }.count
        #expect(seatedInB > 0)
        try press([.char("D")], &state)
        guard case .confirm(let confirmation)? = state.overlay else { Issue.record("removing should ask first"); return }
        #expect(confirmation.question.contains("\(seatedInB) đại biểu"))
        #expect(state.effects.isEmpty)
        state.apply(.confirmYes)
        var expected = state.event.hall
        expected.sections.remove(at: 1)
        #expect(state.effects == [.updateHall(expected, basedOn: state.journalVersion)])
    }

    @Test func rowsSeatsAndUnusableSeatsUseTheCursor() throws {
        var state = try editorState()
        state.seatingView.cursor = try #require(state.seatingDerived.layout.index(of: "A1-01"))
        try press([.char("r"), .char("e")], &state)
        #expect(state.effects.count == 2)
        guard case .updateHall(let taller, let version)? = state.effects.first else { Issue.record("a hall update"); return }
        #expect(taller.sections[0].rows == state.event.hall.sections[0].rows + 1 && version == state.journalVersion)
        state.effects = []
        try press([.char("u")], &state)
        // A1-01 is occupied in the demo plan, so marking it unusable asks first.
        guard case .confirm(let confirmation)? = state.overlay else { Issue.record("an occupied seat asks first"); return }
        #expect(confirmation.question.contains("1 đại biểu"))
        state.seatingView.cursor = 0
        state.overlay = nil
        try press([.char("R")], &state)
        #expect(state.notice == state.strings.hallNeedsSection)
    }

    @Test func editorAt80x24() throws {
        var state = try editorState()
        state.seatingView.cursor = try #require(state.seatingDerived.layout.index(of: "B3-04"))
        let frame = try Fixtures.render(state, width: 80, height: 24)
        try Golden.check(frame.buffer.plainLines(), named: "hall-editor-80x24-vi")
    }
}
