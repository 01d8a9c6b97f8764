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
        // Row 3 of the agenda table is on screen line 2 (header) + 1 + 3.
        let row = state.command(for: .mouse(MouseEvent(x: 10, y: 6, button: .left)), frame: frame)
        #expect(row == .selectRow(3))
        state.apply(row!)
        #expect(state.selectedRow(in: .agenda) == 3)
    }

    @Test func everyKeyHasOneBindingAndHelpListsThemAll() throws {
        // A pane's own bindings may shadow a general key in that pane, never each other.
        for scope in Set(KeyMap.bindings.map(\.panes)) {
            let keys = KeyMap.bindings.filter { $0.panes == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
        for pane in [Pane.agenda, .seating] {
            var state = try Fixtures.state(pane: pane)
            state.apply(.toggleHelp)
            let screen = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
            for binding in KeyMap.bindings where binding.applies(in: pane) {
                #expect(screen.contains(binding.label))
                #expect(screen.contains(binding.describe(state.strings)))
            }
        }
    }
}
