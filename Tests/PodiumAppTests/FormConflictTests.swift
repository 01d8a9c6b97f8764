import PodiumApp
import PodiumCore
import TermCore
import Testing

/// An edit form remembers what it was opened on: the save carries that version and only the
/// fields typed over, and a save refused because someone else changed the record puts the
/// form back as typed, over the record as the screen now shows it.
@Suite struct FormConflictTests {
    func press(_ keys: Key..., into state: inout AppState) {
        for key in keys {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text { press(.char(character), into: &state) }
    }

    /// The store refused the queued edit: the form as it comes back, with the reason.
    func refusedAndReopened(_ state: inout AppState) throws -> Form {
        state.effects = []
        let reopened = state.reopenRefusedEdit("Đã có người sửa")
        #expect(reopened)
        guard case .form(let form)? = state.overlay else { throw FormDidNotComeBack() }
        #expect(form.error == "Đã có người sửa")
        return form
    }

    struct FormDidNotComeBack: Error {}

    @Test func aChecklistEditCarriesItsBasisAndComesBackAsTypedWhenRefused() throws {
        var state = try Fixtures.state(pane: .checklist)
        state.role = .organizer
        state.apply(.selectRow(1))
        state.journal = [JournalEntry(id: 7, time: Fixtures.morning, operatorName: "lan", role: .organizer, fact: .show(.start))]
        let opened = try #require(state.selectedChecklistItem)
        press(.char("e"), into: &state)
        type(" (đã thử)", into: &state)
        // Meanwhile another terminal changes the notes; the screen reads it.
        state.event.checklist[0].notes = "Đã có micro dự phòng"
        state.journal.append(JournalEntry(id: 8, time: Fixtures.morning, operatorName: "lan", role: .organizer, fact: .show(.next)))
        press(.enter, into: &state)
        guard case .editChecklistItem(let item, let basis)? = state.effects.first else {
            Issue.record("no edit queued: \(state.effects)")
            return
        }
        #expect(item.title == opened.title + " (đã thử)")
        #expect(basis == EditBasis(version: 7, fields: ["title"]))
        // The store refused it: the form is back with what was typed and the reason.
        let form = try refusedAndReopened(&state)
        #expect(form.value(0) == opened.title + " (đã thử)")
        // The whole refusal shows, its advice included, even at 80×24.
        let said = "Lan (Ban tổ chức) đã thay đổi công việc “\(opened.title)” lúc 08:05:12, sau khi nội dung này được mở để sửa; "
            + "thay đổi vừa nhập chưa được lưu. Màn hình đã hiện nội dung mới, biểu mẫu vẫn giữ những gì đã nhập: "
            + "xem lại rồi bấm Enter để lưu, hoặc Esc để bỏ."
        var shown = state
        var refused = form
        refused.error = said
        shown.overlay = .form(refused)
        try Golden.check(try Fixtures.render(shown).buffer.plainLines(), named: "form-conflict-80x24-vi")
        #expect(form.basis == FormBasis(version: 8, original: .checklistItem(state.event.checklist[0])))
    }

    @Test func aGroupEditCarriesItsBasisAndComesBackAsTypedWhenRefused() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        state.journal = [JournalEntry(id: 7, time: Fixtures.morning, operatorName: "lan", role: .organizer, fact: .show(.start))]
        press(.char("N"), into: &state)
        let first = try #require(state.event.groups.min { $0.order < $1.order })
        press(.tab, .tab, into: &state)
        type("-1", into: &state)
        // Meanwhile another terminal renames a group; the screen reads it.
        state.event.groups[state.event.groups.count - 1].name = "Khách mời đặc biệt"
        state.journal.append(JournalEntry(id: 8, time: Fixtures.morning, operatorName: "lan", role: .organizer, fact: .show(.next)))
        press(.enter, into: &state)
        guard case .groupEdit(let edit)? = state.effects.first else {
            Issue.record("no edit queued: \(state.effects)")
            return
        }
        #expect(edit == GroupEdit(groupKey: first.key, shortLabel: first.shortLabel + "-1", basedOn: 7))
        let form = try refusedAndReopened(&state)
        #expect(form.value(2) == first.shortLabel + "-1")
        let block = GroupEdit.block(of: first.key, state.event.seating.settings)
        #expect(form.basis == FormBasis(version: 8, original: .group(first, block)))
    }

    @Test func aSpeakerLinesEditCarriesItsBasisAndComesBackAsTypedWhenRefused() throws {
        var state = try Fixtures.state(pane: .speakers)
        state.role = .organizer
        state.journal = [JournalEntry(id: 5, time: Fixtures.morning, operatorName: "lan", role: .organizer, fact: .show(.start))]
        press(.char("e"), into: &state)
        guard case .form(let form)? = state.overlay, case .contribution(let opened)? = form.basis?.original else {
            Issue.record("no speaker form with its basis: \(String(describing: state.overlay))")
            return
        }
        #expect(form.basis?.version == 5)
        type(" (đọc chậm)", into: &state)
        press(.enter, into: &state)
        guard case .editContribution(let edited, let basis)? = state.effects.first else {
            Issue.record("no edit queued: \(state.effects)")
            return
        }
        #expect(edited.id == opened.id && edited.mcInvitation.hasSuffix(" (đọc chậm)"))
        #expect(basis == EditBasis(version: 5, fields: ["mc_invitation"]))
        #expect(try refusedAndReopened(&state).value(0).hasSuffix(" (đọc chậm)"))
    }

    @Test func aSegmentEditCarriesOnlyTheFieldsTyped() throws {
        var state = try Fixtures.state()
        state.role = .organizer
        state.journal = [JournalEntry(id: 3, time: Fixtures.morning, operatorName: "lan", role: .organizer, fact: .show(.start))]
        press(.char("r"), into: &state)
        guard case .form(let form)? = state.overlay, case .segment(let opened)? = form.basis?.original else {
            Issue.record("no edit form with its basis")
            return
        }
        type(" mở rộng", into: &state)
        press(.enter, into: &state)
        let queued = state.effects + (state.overlay.flatMap { if case .confirm(let c) = $0 { c.effects } else { nil } } ?? [])
        guard case .editSegment(let segment, let basis)? = queued.first else {
            Issue.record("no edit queued: \(queued)")
            return
        }
        #expect(segment.title == opened.title + " mở rộng" && basis == EditBasis(version: 3, fields: ["title"]))
    }
}
