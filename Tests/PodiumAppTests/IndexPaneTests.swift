import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// Pane 6 with the demo's results: the table, the chart and the heat map at both reference
/// sizes and without colour; the keys that filter, sort and search; the reveal's routing.
@Suite struct IndexPaneTests {
    func state(language: Language = .vi) throws -> AppState {
        var state = try Fixtures.state(language: language, pane: .index)
        state.indexReveal = IndexRevealProgress(revealed: 2)
        return state
    }

    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
    }

    @Test func rankingWithBarsAt80x24() throws {
        try Golden.check(try Fixtures.render(try state()).buffer.plainLines(), named: "index-80x24-vi")
    }

    @Test func heatMapAndCardAt80x24() throws {
        var state = try state()
        press([.char("v")], &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "index-heat-80x24-vi")
        press([.down, .enter], &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "index-card-80x24-vi")
    }

    @Test func everythingAt200x60() throws {
        var state = try state()
        press([.char("f")], &state)
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "index-200x60-vi")
        var english = try self.state(language: .en)
        english.selection[.index] = 3
        try Golden.check(try Fixtures.render(english, width: 200, height: 60).buffer.plainLines(), named: "index-200x60-en")
    }

    @Test func withoutColourTheShadesCarryTheTiers() throws {
        var state = try state()
        press([.char("v")], &state)
        let frame = try Fixtures.render(state, theme: try Fixtures.theme().withoutColor())
        try Golden.check(frame.buffer.plainLines(), named: "index-heat-80x24-nocolor")
        #expect(frame.buffer.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
        // Every tier's shade appears in the demo's heat map.
        let text = frame.buffer.plainLines().joined()
        for shade in ["█", "▓", "▒", "░"] { #expect(text.contains(shade + shade)) }
        let mono = try Fixtures.render(state, theme: try Fixtures.theme("mono"))
        #expect(mono.buffer.plainLines() == frame.buffer.plainLines())
    }

    @Test func filtersSortAndSearchWithoutAccents() throws {
        var state = try state()
        let units = { (s: AppState) in s.indexRows.map { s.indexDerived.ranking.units[$0].unit } }
        #expect(units(state).first == "Văn phòng UBND tỉnh" && units(state).count == 16)
        press([.char("f")], &state)
        #expect(units(state).count == 99)
        press([.char("/")] + "cam duong".map { Key.char($0) } + [.enter], &state)
        #expect(units(state) == ["Phường Cam Đường"])
        press([.char("/"), .escape], &state)
        press([.char("t")], &state)
        #expect(state.indexRows.allSatisfy { state.indexDerived.ranking.units[$0].tier == 0 })
        press([.char("t"), .char("t"), .char("t"), .char("t")], &state)
        #expect(state.indexView.tier == nil)
        press([.char("s")], &state)
        #expect(state.indexView.sort == .unit)
        #expect(units(state).first == "Phường Âu Lâu" || units(state).first?.hasPrefix("Phường") == true)
        press([.char("S")], &state)
        #expect(units(state).first?.hasPrefix("Xã") == true)
    }

    @Test func searchLooksThroughEveryGroupAndEscapeShowsTheFoundUnitsGroup() throws {
        var state = try state()
        let units = { (s: AppState) in s.indexRows.map { s.indexDerived.ranking.units[$0].unit } }
        #expect(state.indexGroup?.key == state.indexDerived.ranking.scheme.groups[0].key)
        // From the departments, a commune found without its accents.
        press([.char("/")] + "cam duong".map { Key.char($0) } + [.enter], &state)
        #expect(units(state) == ["Phường Cam Đường"])
        let lines = try Fixtures.render(state).buffer.plainLines()
        #expect(lines[2].contains("mọi khối") && lines[3].contains("1 đơn vị khớp"))
        #expect(lines.contains { $0.contains("Phường Cam Đường") })
        // A query both groups answer lists each group's matches, departments first, each row naming its group.
        press([.char("/")], &state)
        state.indexView.search = TextField()
        press("hoa".map { Key.char($0) } + [.enter], &state)
        #expect(Set(units(state)) == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Xã Khánh Hòa", "Xã Xuân Hòa"])
        #expect(units(state).prefix(2).allSatisfy { $0.hasPrefix("Sở") } && units(state).suffix(2).allSatisfy { $0.hasPrefix("Xã") })
        let wide = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines()
        #expect(wide.contains { $0.contains("Xã Xuân Hòa · Xã, phường") })
        // Escape leaves the search on the selected unit's own group, still selected.
        press([.down, .down, .down], &state)
        let chosen = try #require(state.indexSelectedUnit)
        press([.char("/"), .escape], &state)
        #expect(state.indexView.search.text.isEmpty)
        #expect(state.indexGroup?.key == chosen.groupKey)
        #expect(state.indexSelectedUnit?.unit == chosen.unit)
        #expect(units(state).count == 99)
    }

    @Test func theKeysAreInTheOneTableSoHelpAndFooterListThem() throws {
        let labels = KeyMap.bindings(on: .index).map(\.label)
        for label in ["f", "t", "s", "S", "/", "v", "Enter", "n", "p"] { #expect(labels.contains(label)) }
        let frame = try Fixtures.render(try state())
        #expect(frame.buffer.plainLines()[22].contains("f khối"))
    }

    @Test func revealKeysNeedTheMCAndTheAnnouncementTakesNext() throws {
        var state = try state()
        state.role = .protocol
        press([.char("n")], &state)
        #expect(state.effects.isEmpty && state.notice != nil)
        state.role = .mc
        press([.char("n")], &state)
        #expect(state.effects == [.performIndexReveal(.next, seen: state.indexReveal.revealed)])
        // On the agenda, next during the announcement segment steps the reveal.
        state.effects = []
        state.pane = .agenda
        let announcement = try #require(state.event.segments.first { $0.kind == .announcement })
        let start = JournalEntry(id: 1, time: Fixtures.morning.addingTimeInterval(-60), operatorName: "minh", role: .mc,
                                 fact: .show(ShowAction.jump(segmentID: announcement.id)))
        state.show = ShowState(journal: [start], segments: state.event.segments)
        state.event.checklist = []
        press([.char("n")], &state)
        #expect(state.effects == [.performIndexReveal(.next, seen: state.indexReveal.revealed)])
        state.effects = []
        state.indexReveal = IndexRevealProgress(revealed: state.indexDerived.steps.count)
        press([.char("n")], &state)
        #expect(state.effects.first != .performIndexReveal(.next, seen: state.indexReveal.revealed))
    }
}
