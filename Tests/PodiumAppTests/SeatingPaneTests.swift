import PodiumApp
import PodiumCore
import TermCore
import Testing

@Suite struct SeatingPaneTests {
    private func protocolState() throws -> AppState {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        return state
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func hallGrid(size: (Int, Int)) throws {
        var state = try protocolState()
        if size.0 >= 200 { state.apply(.seating(.zoom(by: 1))) }
        let frame = try Fixtures.render(state, width: size.0, height: size.1)
        try Golden.check(frame.buffer.plainLines(), named: "seating-\(size.0)x\(size.1)-vi")
    }

    @Test func conflictsPanelAndStatusCount() throws {
        var state = try protocolState()
        state.event.seating.assignments.removeLast()
        state.apply(.seating(.togglePanel))
        let frame = try Fixtures.render(state, width: 200, height: 60)
        try Golden.check(frame.buffer.plainLines(), named: "seating-conflicts-200x60-vi")
        #expect(frame.buffer.plainLines().last?.contains("⚠ 1 xung đột") == true)
    }

    @Test func autoAssignAsksFirstWhenSeatsAreAssigned() throws {
        var state = try protocolState()
        #expect(!state.event.seating.assignments.isEmpty)
        state.apply(.seating(.autoAssign))
        #expect(state.effects.isEmpty)
        guard case .confirm(let confirmation)? = state.overlay else {
            Issue.record("auto-assign over a seated hall must ask first")
            return
        }
        #expect(confirmation.question.contains("Xếp lại cả hội trường"))
        #expect(confirmation.effects == [.seating(.auto)])

        var empty = try protocolState()
        empty.event.seating.assignments = []
        empty.apply(.seating(.autoAssign))
        #expect(empty.overlay == nil)
        #expect(empty.effects == [.seating(.auto)])
    }

    @Test func searchJumpsToTheSeatWithoutAccents() throws {
        var state = try protocolState()
        state.apply(.seating(.startSearch))
        for character in "tan thanh tuan" { state.apply(.seating(.inputKey(.text(character)))) }
        state.apply(.seating(.inputKey(.enter)))
        let seat = state.seatingDerived.layout.seats[state.seatingView.cursor]
        #expect(seat.label == "P3")
        #expect(state.seatingView.input == nil)
    }

    @Test func pickThenDropAsksForASwap() throws {
        var state = try protocolState()
        state.seatingView.cursor = state.seatingDerived.layout.index(of: "P3") ?? 0
        state.apply(.seating(.pickOrDrop))
        state.apply(.seating(.moveCursor(dx: 1, dy: 0)))
        state.apply(.seating(.pickOrDrop))
        #expect(state.effects == [.seating(.edit(.swap("P3", "P4")))])
    }

    @Test func otherRolesReadOnlyWithTheReason() throws {
        var state = try Fixtures.state(pane: .seating)
        let command = state.command(for: .key(.char("A")), frame: nil)
        #expect(command == .notice(state.strings.seatingReadOnlyRole))
        state.apply(command ?? .redraw)
        #expect(state.effects.isEmpty)
        #expect(state.notice == state.strings.seatingReadOnlyRole)
    }

    @Test func cursorWalksFromThePresidiumIntoTheHall() throws {
        var state = try protocolState()
        state.seatingView.cursor = state.seatingDerived.layout.index(of: "P4") ?? 0
        state.apply(.seating(.moveCursor(dx: 0, dy: 1)))
        #expect(state.seatingDerived.layout.seats[state.seatingView.cursor].label == "B1-06")
    }
}

@Suite struct SeatingSearchTests {
    @Test func escapeOrANameThatFindsNobodyPutsTheCursorBack() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        let start = state.seatingView.cursor
        func key(_ k: Key) {
            if let command = state.command(for: .key(k), frame: nil) { state.apply(command) }
        }
        key(.char("/"))
        for c in "vang" { key(.char(c)) }
        #expect(state.seatingView.cursor != start)
        key(.escape)
        #expect(state.seatingView.cursor == start)
        key(.char("/"))
        for c in "qqqqq" { key(.char(c)) }
        key(.enter)
        #expect(state.seatingView.cursor == start)
        #expect(state.notice != nil)
    }
}
