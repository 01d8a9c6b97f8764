import PodiumApp
import PodiumCore
import TermCore
import Testing

@Suite struct ChecklistPaneTests {
    func state(role: Role = .organizer, readOnly: Bool = false) throws -> AppState {
        var state = try Fixtures.state(pane: .checklist, readOnly: readOnly)
        state.role = role
        state.apply(.selectRow(1))
        return state
    }

    func press(_ keys: Key..., into state: inout AppState) {
        for key in keys {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text { press(.char(character), into: &state) }
    }

    /// The footer names `n`, the README and the help Enter too: both open the notes.
    @Test func enterAndNBothOpenTheSelectedItemsNotes() throws {
        for key in [Key.enter, .char("n")] {
            var state = try state(role: .viewer)
            let id = try #require(state.selectedChecklistItem?.id)
            press(key, into: &state)
            #expect(state.overlay == .checklistDetails(id: id), "\(key)")
        }
    }

    @Test func spaceTicksTheSelectedItemThroughTheStore() throws {
        var state = try state(role: .protocol)
        #expect(state.selectedChecklistItem?.id == 1)
        press(.char(" "), into: &state)
        #expect(state.effects == [.changeChecklistStatus(id: 1, .done)])
        state.effects = []
        state.event.checklist[0].status = .done
        press(.char(" "), into: &state)
        #expect(state.effects == [.changeChecklistStatus(id: 1, .reopen)])
    }

    @Test func viewersAndReadOnlyFilesSayWhyNothingHappens() throws {
        var viewer = try state(role: .viewer)
        press(.char(" "), into: &viewer)
        #expect(viewer.effects.isEmpty)
        #expect(viewer.notice == viewer.strings.checklistStatusRoleReason)
        var protocolStaff = try state(role: .protocol)
        press(.char("a"), into: &protocolStaff)
        #expect(protocolStaff.overlay == nil && protocolStaff.notice == protocolStaff.strings.checklistEditRoleReason)
        var readOnly = try state(readOnly: true)
        press(.char(" "), into: &readOnly)
        #expect(readOnly.effects.isEmpty && readOnly.notice == readOnly.strings.reasonReadOnly)
    }

    @Test func blockingAsksForAReasonAndRefusesAnEmptyOne() throws {
        var state = try state()
        press(.char("b"), .enter, into: &state)
        guard case .form(let form)? = state.overlay else { Issue.record("the reason form closed"); return }
        #expect(form.error == state.strings.checklistReasonNeeded && state.effects.isEmpty)
        type("Chờ lãnh đạo duyệt", into: &state)
        press(.enter, into: &state)
        #expect(state.overlay == nil)
        #expect(state.effects == [.changeChecklistStatus(id: 1, .block(reason: "Chờ lãnh đạo duyệt"))])
    }

    @Test func addingValidatesDueDateAndGateBeforeAnythingIsSaved() throws {
        var state = try state()
        press(.char("a"), into: &state)
        type("Nước uống cho đoàn chủ tịch", into: &state)
        press(.tab, into: &state)
        type("van phong ubnd", into: &state)
        press(.tab, .tab, into: &state)
        type("sáng mai", into: &state)
        press(.enter, into: &state)
        guard case .form(var form)? = state.overlay else { Issue.record("the form closed on a bad due date"); return }
        #expect(form.error?.contains("sáng mai") == true && state.effects.isEmpty)
        form.fields[3] = Form.Field(label: form.fields[3].label, value: "07:10")
        form.fields[4] = Form.Field(label: form.fields[4].label, value: "lễ bế mạc ở sân")
        state.overlay = .form(form)
        press(.enter, into: &state)
        guard case .form(var again)? = state.overlay else { Issue.record("the form closed on an unknown segment"); return }
        #expect(again.error?.contains("lễ bế mạc ở sân") == true && state.effects.isEmpty)
        again.fields[4] = Form.Field(label: again.fields[4].label, value: "cong bo chi so")
        state.overlay = .form(again)
        press(.enter, into: &state)
        guard case .upsertChecklistItem(let item)? = state.effects.first else { Issue.record("no item queued"); return }
        #expect(item.id == 0 && item.title == "Nước uống cho đoàn chủ tịch")
        #expect(item.agency == "Văn phòng UBND tỉnh" && item.dueTime == ClockTime(hour: 7, minute: 10))
        #expect(item.gatesSegmentID == 3)
    }

    @Test func deletingAsksFirst() throws {
        var state = try state()
        press(.char("d"), into: &state)
        #expect(state.effects.isEmpty)
        press(.char("k"), into: &state)
        #expect(state.overlay == nil && state.effects.isEmpty)
        press(.char("d"), .char("c"), into: &state)
        #expect(state.effects == [.deleteChecklistItem(id: 1)])
    }

    @Test func filterNarrowsAsYouTypeAndEscClearsIt() throws {
        var state = try state()
        press(.char("/"), into: &state)
        type("bang khen", into: &state)
        #expect(state.checklistView.filter == "bang khen")
        let lines = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(lines.contains("Bằng khen in xong"))
        press(.enter, into: &state)
        let titles = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(titles.contains("Bằng khen in xong") && !titles.contains("Mở cửa hội trường"))
        press(.char("/"), .escape, into: &state)
        #expect(state.checklistView.filter.isEmpty)
    }

    @Test func textFieldEditsVietnameseByCharacter() {
        var field = TextField("Hội trưng")
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.char("ờ"))
        #expect(field.text == "Hội trường" && field.cursor == 8)
        _ = field.handle(.backspace)
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "ội trưng")
    }

    @Test func snapshots() throws {
        var state = try state()
        state.event.checklist[0].status = .done
        state.event.checklist[1].status = .doing
        state.event.checklist[2].status = .blocked
        state.event.checklist[2].blockedReason = "Chờ số liệu của 2 xã"
        state.event.checklist[4].notes = "Bản in 3 bộ: MC, Chủ trì, Ban tổ chức.\nBản mềm gửi Sở Nội vụ."
        press(.char("v"), .char("v"), into: &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "checklist-by-status-80x24-vi")
        press(.char("v"), into: &state)
        state.apply(.selectRow(5))
        press(.enter, into: &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "checklist-notes-80x24-vi")
        press(.escape, .char("e"), into: &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "checklist-edit-80x24-vi")
        press(.escape, .char("?"), into: &state)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "checklist-help-80x24-vi")
        press(.escape, .char("v"), into: &state)
        state.language = .en
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "checklist-by-due-80x24-en")
    }
}
