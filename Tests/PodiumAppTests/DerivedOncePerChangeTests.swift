import Foundation
import PodiumCore
import TermCore
import Testing
@testable import PodiumApp

/// A frame reads what the state derived when the event (or a pane's own view) last changed;
/// these check that what is kept is always what a fresh derivation would give, after every
/// kind of change that should rebuild it, so a render never has to walk the whole event.
@Suite struct DerivedOncePerChangeTests {
    private func expectChecklistCurrent(_ state: AppState, _ comment: Comment) {
        let derived = state.checklistDerived
        #expect(derived.rows == ChecklistDerived.rows(state.event.checklist, view: state.checklistView), comment)
        #expect(derived.done == state.event.checklist.filter { $0.status == .done }.count, comment)
        #expect(derived.segmentTitles == Dictionary(uniqueKeysWithValues: state.event.segments.map { ($0.id, $0.title) }), comment)
    }

    @Test func theChecklistRowsFollowTheItemsTheProgrammeTheGroupingAndTheFilter() throws {
        var state = try Fixtures.state(pane: .checklist)
        expectChecklistCurrent(state, "as opened")
        state.checklistView.grouping = state.checklistView.grouping.next
        expectChecklistCurrent(state, "grouped by due time")
        state.checklistView.grouping = state.checklistView.grouping.next
        expectChecklistCurrent(state, "grouped by status")
        state.event.checklist[0].status = .done
        expectChecklistCurrent(state, "an item done")
        state.checklistView.filter = "bang khen"
        expectChecklistCurrent(state, "filtered")
        #expect(state.checklistDerived.rows.count < ChecklistDerived.rows(state.event.checklist, view: ChecklistViewState()).count)
        state.event.checklist.removeLast()
        expectChecklistCurrent(state, "an item removed")
        state.event.segments[0].title = "Khai mạc (đã đổi)"
        expectChecklistCurrent(state, "a segment renamed")
        state.checklistView = ChecklistViewState()
        expectChecklistCurrent(state, "back to the default view")
    }

    /// The overdue count is a binary search over the due moments kept when the list changed;
    /// it must count exactly the items `isOverdue(at:)` calls late, at any moment.
    @Test func theOverdueCountMatchesEveryItemAskedOneByOne() throws {
        var state = try Fixtures.state(pane: .checklist)
        state.event.checklist[1].status = .blocked
        state.event.checklist[2].status = .done
        let items = state.event.checklist
        let dues = items.compactMap(\.dueMoment)
        let probes = dues.flatMap { due in
            [-1, 0, 1].map { step in
                LocalMoment(date: due.date, time: ClockTime(secondsSinceMidnight: min(86_399, max(0, due.time.secondsSinceMidnight + step))))
            }
        } + [
            LocalMoment(date: CivilDate(year: 2000, month: 1, day: 1), time: ClockTime(hour: 0, minute: 0)),
            LocalMoment(date: CivilDate(year: 2100, month: 1, day: 1), time: ClockTime(hour: 0, minute: 0)),
        ]
        #expect(probes.contains { moment in items.contains { $0.isOverdue(at: moment) } })
        for moment in probes {
            #expect(state.checklistDerived.overdue(at: moment) == items.filter { $0.isOverdue(at: moment) }.count)
        }
    }

    @Test func theHallGridsPerSeatFactsFollowCheckInsAndGroups() throws {
        var state = try Fixtures.state(pane: .seating)
        func expectCurrent(_ comment: Comment) {
            let derived = state.seatingDerived
            let groups = state.event.groups.map(\.key)
            for (index, occupant) in derived.occupant.enumerated() {
                let group = occupant.map { groups.firstIndex(of: $0.groupKey) ?? -1 } ?? -2
                #expect(derived.occupantGroup[index] == group, comment)
                #expect(derived.occupantCheckedIn[index] == (occupant?.checkedIn ?? false), comment)
            }
            #expect(derived.absentLeaderNames == state.event.absentLeaders.map(\.name), comment)
        }
        expectCurrent("as opened")
        let leaderGroups = Set(state.event.seating.settings.leaderGroups)
        let leader = try #require(state.event.delegates.firstIndex { leaderGroups.contains($0.groupKey) && !$0.checkedIn })
        state.event.delegates[leader].checkedIn = true
        expectCurrent("a leader checked in")
        #expect(!state.seatingDerived.absentLeaderNames.contains(state.event.delegates[leader].name))
        state.event.groups.removeFirst()
        expectCurrent("a group no longer listed")
    }

    @Test func theSpeakerBudgetReadsTheContributionsAsPresentedKeptByTheState() throws {
        var state = try Fixtures.state(pane: .speakers)
        #expect(state.presentedContributions == state.event.presentedContributions)
        let contribution = try #require(state.event.contributions.first { state.event.speaker(of: $0) != nil })
        let speaker = try #require(state.event.speaker(of: contribution))
        state.event.delegates.append(Delegate(
            id: (state.event.delegates.map(\.id).max() ?? 0) + 1, name: "Lò Văn Thay", title: "Phó Giám đốc Sở Nội vụ",
            unit: speaker.unit, groupKey: speaker.groupKey, standInFor: speaker.name, flags: speaker.flags, checkedIn: true
        ))
        #expect(state.presentedContributions == state.event.presentedContributions)
        #expect(state.presentedContributions.contains { $0.speakerName == "Lò Văn Thay" })
        let fresh = SpeakerBudget.make(event: state.event, state: state.show, now: state.now, timeZone: state.timeZone)
        #expect(state.speakerBudget == fresh)
    }

    /// Table cells are no longer padded with spaces before they are written (the row is blank
    /// in its style already): what is drawn must be what the padded cells drew, whatever the
    /// alignment, with text that is cut, wide characters, and a table clipped on the right.
    @Test(arguments: [40, 23, 9]) func aTableRowDrawsAsItsPaddedCellsDid(width: Int) {
        let columns = [
            TableColumn("#", width: 3, alignment: .right), TableColumn("Tên", width: 8),
            TableColumn("Giữa", width: 7, alignment: .center), TableColumn("Ghi chú"),
        ]
        let rows = [
            ["7", "Nguyễn Văn An", "ab", "đủ"], ["1234", "漢字漢字漢", "漢字", ""], ["", "", "trung tâm dài", "x"],
        ]
        let table = TableView(columns: columns, rows: rows, selected: 1, offset: 0)
        let rect = Rect(x: 1, y: 0, width: width, height: 5)
        var drawn = Buffer(width: 42, height: 5)
        _ = table.render(into: &drawn, rect: rect)

        var padded = Buffer(width: 42, height: 5)
        let widths = table.columnWidths(total: rect.width)
        for (line, cells) in ([columns.map(\.title)] + rows).enumerated() {
            var style = line == 0 ? table.headerStyle : table.rowStyle
            if line - 1 == table.selected { style = style.patched(with: table.selectedStyle) }
            padded.fill(Rect(x: rect.x, y: line, width: rect.width, height: 1), style: style)
            var x = rect.x
            for (column, w) in widths.enumerated() where x < rect.maxX {
                let cell = TextWidth.pad(TextWidth.sanitize(cells[column]), toWidth: w, alignment: columns[column].alignment)
                padded.put(cell, x: x, y: line, maxWidth: min(w, rect.maxX - x), style: style)
                x += w + 1
            }
        }
        #expect(drawn == padded)
    }
}
