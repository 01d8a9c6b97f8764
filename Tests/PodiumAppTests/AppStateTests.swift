import PodiumApp
import TermCore
import Testing

@Suite struct AppStateTests {
    func press(_ key: Key, _ state: inout AppState) {
        if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
    }

    @Test func numberKeysAndTabMoveBetweenPanes() throws {
        var state = try Fixtures.state()
        press(.char("4"), &state)
        #expect(state.pane == .awards)
        press(.tab, &state)
        #expect(state.pane == .checklist)
        press(.tab, &state)
        press(.tab, &state)
        #expect(state.pane == .agenda)
        press(.backTab, &state)
        #expect(state.pane == .index)
    }

    @Test func quitAsksFirstAndAnythingElseCancels() throws {
        var state = try Fixtures.state()
        press(.char("q"), &state)
        #expect(state.overlay == .confirmQuit && !state.shouldQuit)
        press(.char("k"), &state)
        #expect(state.overlay == nil && !state.shouldQuit)
        press(.char("q"), &state)
        press(.char("c"), &state)
        #expect(state.shouldQuit)
    }

    @Test func helpSwallowsKeysUntilClosed() throws {
        var state = try Fixtures.state()
        press(.char("?"), &state)
        press(.char("3"), &state)
        #expect(state.overlay == .help && state.pane == .agenda)
        press(.escape, &state)
        #expect(state.overlay == nil)
    }

    @Test func selectionIsClampedToThePane() throws {
        var state = try Fixtures.state()
        press(.char("G"), &state)
        #expect(state.selectedRow(in: .agenda) == 7)
        press(.down, &state)
        #expect(state.selectedRow(in: .agenda) == 7)
        press(.char("g"), &state)
        press(.up, &state)
        #expect(state.selectedRow(in: .agenda) == 0)
    }

    @Test func languageToggles() throws {
        var state = try Fixtures.state()
        press(.char("L"), &state)
        #expect(state.language == .en)
        #expect(try Fixtures.render(state).buffer.plainLines()[0].contains("Agenda"))
    }

    @Test func clicksReachTabsAndRows() throws {
        var state = try Fixtures.state()
        let frame = try Fixtures.render(state)
        let line = frame.buffer.plainLines()[0]
        let column = line.distance(from: line.startIndex, to: line.range(of: "Khen thưởng")!.lowerBound)
        let command = state.command(for: .mouse(MouseEvent(x: column, y: 0, button: .left)), frame: frame)
        #expect(command == .showPane(.awards))
        // Clicking the line where the agenda table shows its fourth row selects it.
        let lines = frame.buffer.plainLines()
        let y = try #require(lines.firstIndex { $0.contains("Tham luận của các sở, ngành, địa phương") && !$0.contains("▶") })
        let row = state.command(for: .mouse(MouseEvent(x: 10, y: y, button: .left)), frame: frame)
        #expect(row == .selectRow(3))
        state.apply(try #require(row))
        #expect(state.selectedRow(in: .agenda) == 3)
    }

    @Test(arguments: Pane.allCases)
    func everyKeyHasOneBindingPerPaneAndHelpListsThemAll(pane: Pane) throws {
        let bindings = KeyMap.bindings(on: pane)
        let keys = bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        var state = try Fixtures.state(pane: pane)
        state.apply(.toggleHelp)
        let screen = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        for binding in bindings {
            #expect(screen.contains(binding.label))
            #expect(screen.contains(binding.describe(state.strings)))
        }
    }
}

/// Seen in a rehearsal: protocol staff killed on the seating pane came back on it, but with the
/// cursor on the first seat instead of the one they were on.
@Suite struct SeatingPlaceTests {
    @Test func theSeatUnderTheCursorIsPartOfThePlaceAndComesBack() throws {
        var state = try Fixtures.state(pane: .seating)
        state.seatingView.cursor = 42
        state.selection[.checklist] = 3
        let place = state.place
        #expect(place[.seating] == 42 && place[.checklist] == 3)
        var restarted = try Fixtures.state()
        restarted.restore(pane: .seating, rows: place)
        #expect(restarted.pane == .seating && restarted.seatingView.cursor == 42 && restarted.selection[.checklist] == 3)
        // A seat the hall no longer has leaves the cursor where it starts.
        var smaller = try Fixtures.state()
        smaller.restore(pane: .seating, rows: [.seating: 1_000_000])
        #expect(smaller.seatingView.cursor == 0)
    }
}
