import PodiumApp
import PodiumCore
import TermCore
import Testing

@Suite struct AgendaEditingTests {
    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
    }

    func type(_ text: String, _ state: inout AppState) {
        press(text.map { Key.char($0) }, &state)
    }

    @Test func organiserAddsASegmentThroughTheForm() throws {
        var state = try Fixtures.state()
        state.role = .organizer
        press([.char("a")], &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "agenda-add-form-80x24-vi")
        type("Giao lưu", &state)
        press([.tab, .ctrl("u")], &state)
        type("giai lao", &state)
        press([.tab, .ctrl("u")], &state)
        type("0", &state)
        press([.enter], &state)
        // Zero minutes: the form stays open with the reason and nothing is queued.
        guard case .form(let form)? = state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.error?.contains("Số phút \"0\" không hợp lệ") == true)
        #expect(state.effects.isEmpty)
        press([.ctrl("u")], &state)
        type("15", &state)
        press([.enter], &state)
        guard case .upsertSegment(let segment)? = state.effects.first else {
            Issue.record("nothing queued")
            return
        }
        #expect(segment.title == "Giao lưu" && segment.kind == .break && segment.plannedSeconds == 900 && segment.position == 9)
    }

    @Test func theMCIsLockedOutWhileTheShowRuns() throws {
        var state = try Fixtures.state()
        state.role = .mc
        #expect(state.command(for: .key(.char("a")), frame: nil) == .agenda(.add))
        let start = JournalEntry(id: 1, time: Fixtures.morning, operatorName: "minh", role: .mc, fact: .show(.start))
        state.show = ShowState(journal: [start], segments: state.event.segments)
        #expect(state.command(for: .key(.char("a")), frame: nil) == .notice("chương trình đang diễn ra: MC không sửa được cấu trúc"))
        state.role = .organizer
        // An organiser may, but changing the running segment asks first.
        press([.char("J")], &state)
        guard case .confirm(let confirmation)? = state.overlay else {
            Issue.record("expected a confirmation")
            return
        }
        #expect(confirmation.effects == [.moveSegment(id: 1, toPosition: 2)])
        #expect(state.effects.isEmpty)
    }

    @Test func viewersCannotEdit() throws {
        var state = try Fixtures.state()
        state.role = .viewer
        press([.char("d")], &state)
        #expect(state.overlay == nil && state.effects.isEmpty)
    }
}
