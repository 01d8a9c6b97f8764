import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The demo opened months after its date: a rehearsal, said plainly, with no lateness against today.
@Suite struct RehearsalSnapshotTests {
    /// 2 December 2026, 21:13 UTC: long after the demo's date.
    let december = Date(timeIntervalSince1970: 1_796_169_600 + 21 * 3600 + 13 * 60)

    func entry(_ id: Int64, _ action: ShowAction, _ time: Date) -> JournalEntry {
        JournalEntry(id: id, time: time, operatorName: "minh", role: .mc, fact: .show(action))
    }

    func state(view: AppState.View = .main, started: Bool) throws -> AppState {
        var state = try Fixtures.state()
        state.view = view
        state.now = december
        if started {
            let start = december.addingTimeInterval(-300)
            state.show = ShowState(journal: [entry(1, .rehearse(planStart: nil), start), entry(2, .start, start)],
                                   segments: state.event.segments)
        }
        return state
    }

    @Test func beforeTheStartNothingIsLate() throws {
        let lines = try Fixtures.render(try state(started: false)).buffer.plainLines()
        #expect(lines.last?.contains("TẬP DƯỢT") == true)
        #expect(!lines.joined().contains("chậm"))
        // What starting now would give, told apart from the plan's own end in the programme's total.
        #expect(lines.contains { $0.contains("nếu bắt đầu ngay: kết thúc") })
        #expect(lines.contains { $0.contains("kết thúc 11:25") })
        // No countdown to an opening that is not today: what to press instead.
        #expect(!lines.joined().contains("đến giờ khai mạc"))
        let wide = try Fixtures.render(try state(started: false), width: 200, height: 60).buffer.plainLines().joined()
        #expect(wide.contains("hôm nay không phải ngày hội nghị (26/03/2026): bấm s để tập dượt"))
    }

    @Test func runningRehearsalAt80x24() throws {
        let state = try state(started: true)
        #expect(state.showStatus.showOverUnderSeconds == 0)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "rehearsal-running-80x24-vi")
    }

    /// The programme's total, its planned column and the live panel read the same rehearsal-laid
    /// plan: on time, the planned end is the projected end, and the first segment is planned
    /// for when the rehearsal began.
    @Test func everyPlaceGivesTheSameEnd() throws {
        let state = try state(started: true)
        let clock = EventClock.show(state: state.show, info: state.event.info, now: state.now, timeZone: state.timeZone)
        let end = clock.clockTime(state.showStatus.projectedEnd).hhmm
        let lines = try Fixtures.render(state).buffer.plainLines()
        #expect(lines.contains { $0.contains("dự kiến kết thúc \(end)") })
        #expect(lines.contains { $0.contains("kết thúc \(end) · khung 21:08") })
        #expect(lines.contains { $0.contains(" 1 21:08  21:08") })
        #expect(!lines.contains { $0.contains("11:25") })
    }

    @Test func stageViewSaysRehearsal() throws {
        let lines = try Fixtures.render(try state(view: .stage, started: true)).buffer.plainLines()
        #expect(lines.first?.contains("TẬP DƯỢT") == true)
    }

    @Test func checklistIsNotMonthsLate() throws {
        var state = try state(started: true)
        state.pane = .checklist
        let lines = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        // Items due a week before the event are 6 days late on the event's date, not 256 today.
        #expect(lines.contains("trễ 6 ngày"))
        #expect(!lines.contains("trễ 25"))
    }
}

/// T asks for a rehearsal's start time; R asks before setting a rehearsal aside.
@Suite struct RehearsalKeyTests {
    func key(_ key: Key, _ state: inout AppState) {
        state.apply(state.command(for: .key(key), frame: nil) ?? .redraw)
    }

    @Test func tAsksForTheStartTimeAndRAsksFirst() throws {
        var state = try Fixtures.state()
        key(.char("T"), &state)
        for character in "25:00" { key(.char(character), &state) }
        key(.enter, &state)
        guard case .form(let refused)? = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.error?.contains("25:00") == true && state.effects.isEmpty)
        key(.ctrl("u"), &state)
        for character in "14:00" { key(.char(character), &state) }
        key(.enter, &state)
        // 14:00 on the fixture's day in the hall's zone (UTC in tests).
        // The first segment waits for checklist items: the start asks before overriding them.
        guard case .confirm(let gate)? = state.overlay else { Issue.record("no gate question"); return }
        #expect(state.effects.isEmpty)
        #expect(gate.effects == [.startRehearsal(planStart: Date(timeIntervalSince1970: 1_774_483_200 + 14 * 3600), overrideGate: true)])
        state.overlay = nil

        state.effects = []
        key(.char("R"), &state)
        #expect(state.overlay == nil && state.notice == state.strings.rehearsal.nothingToReset)
        let start = Fixtures.morning
        state.show = ShowState(journal: [
            JournalEntry(id: 1, time: start, operatorName: "minh", role: .mc, fact: .show(.rehearse(planStart: nil))),
            JournalEntry(id: 2, time: start, operatorName: "minh", role: .mc, fact: .show(.start)),
        ], segments: state.event.segments)
        key(.char("R"), &state)
        guard case .confirm(let question)? = state.overlay else { Issue.record("R did not ask"); return }
        #expect(question.effects == [.perform(.reset)])
        #expect(state.effects.isEmpty)
    }
}
