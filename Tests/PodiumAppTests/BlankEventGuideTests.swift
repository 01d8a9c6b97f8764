import Foundation
import PodiumApp
import PodiumCore
import Testing

/// A blank event's panes say what is missing and which key adds it.
@Suite struct BlankEventGuideTests {
    @Test func emptyProgrammeAndHallNameTheirKeys() throws {
        var state = AppState(
            event: EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26)), role: .organizer,
            operatorName: "lan", language: .vi, now: Fixtures.morning, isReadOnly: false, timeZone: Fixtures.timeZone
        )
        let agenda = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(agenda.contains("bấm a để thêm mục"))
        state.pane = .seating
        let seating = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        #expect(seating.contains("bấm H để dựng hội trường") && seating.contains("bấm I để nhập danh sách"))
    }
}
