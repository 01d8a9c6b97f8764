import Foundation
import PodiumApp
import PodiumCore
import Testing

/// A blank event's panes say what is missing and which key adds it, in both languages.
@Suite struct BlankEventGuideTests {
    func blank(_ language: Language, role: Role = .organizer) -> AppState {
        AppState(
            event: EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26)), role: role,
            operatorName: "lan", language: language, now: Fixtures.morning, isReadOnly: false, timeZone: Fixtures.timeZone
        )
    }

    @Test(arguments: [Language.vi, .en], [Pane.agenda, .seating, .speakers, .awards, .checklist, .index])
    func blankPaneAt80x24(language: Language, pane: Pane) throws {
        var state = blank(language)
        state.pane = pane
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "blank-\(pane)-80x24-\(language.rawValue)")
    }

    @Test func eachGuideNamesTheKeyThatAddsWhatIsMissing() throws {
        var state = blank(.vi)
        let expected: [Pane: [String]] = [
            .agenda: ["bấm a để thêm mục", "Bấm D"],
            .seating: ["Chưa có đại biểu — bấm I để nhập danh sách", "bấm H để dựng"],
            .speakers: ["bấm a để thêm"],
            .awards: ["bấm Q để nhập", "bấm I để nhập danh sách, hoặc a"],
            .checklist: ["bấm a để thêm việc"],
        ]
        for (pane, phrases) in expected {
            state.pane = pane
            let text = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
            for phrase in phrases { #expect(text.contains(phrase), "\(pane): \(phrase)") }
        }
    }

    /// A step this role cannot take says which role can.
    @Test func aStepForAnotherRoleSaysWhichRole() throws {
        var state = blank(.vi, role: .mc)
        state.pane = .seating
        let seating = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        #expect(seating.contains("--role protocol"))
        state.pane = .awards
        let awards = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        #expect(awards.contains("--role organizer"))
    }

    /// Once the roster is in but no group sits on the presidium, the seating pane says so.
    @Test func rosterWithoutLeadersAsksForTheLeadersBlock() throws {
        var state = blank(.vi, role: .protocol)
        var event = state.event
        event.groups = [ParticipantGroup(id: 1, key: "so-nganh", name: "Sở, ngành", order: 1, level: .province)]
        event.delegates = [Delegate(id: 1, name: "Nguyễn Văn A", title: "Giám đốc", unit: "Sở Nội vụ", groupKey: "so-nganh")]
        state.event = event
        state.pane = .seating
        let text = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        #expect(text.contains("bấm N") && !text.contains("Chưa có đại biểu"))
    }
}
