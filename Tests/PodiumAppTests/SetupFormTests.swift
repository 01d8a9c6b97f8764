import Foundation
import PodiumCore
import Testing
import TermCore
@testable import PodiumApp

/// The forms that prepare the day: each refuses bad input in the form, saves in one write,
/// and Esc leaves without a change.
@Suite struct SetupFormTests {
    func key(_ key: Key, _ state: inout AppState) {
        state.apply(state.command(for: .key(key), frame: nil) ?? .redraw)
    }

    func type(_ text: String, _ state: inout AppState) {
        for character in text { key(.char(character), &state) }
    }

    func replaceField(with text: String, _ state: inout AppState) {
        key(.ctrl("u"), &state)
        type(text, &state)
    }

    func openForm(_ character: Character, on pane: Pane, role: Role = .organizer) throws -> AppState {
        var state = try Fixtures.state(pane: pane)
        state.role = role
        key(.char(character), &state)
        return state
    }

    var formError: (AppState) -> String? = { state in
        if case .form(let form)? = state.overlay { return form.error }
        return nil
    }

    @Test func noKeyIsBoundTwiceOnAPane() {
        for pane in Pane.allCases {
            let keys = KeyMap.bindings(on: pane).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(pane)")
        }
    }

    @Test func theHelpListsEveryPreparingKey() throws {
        for (pane, labels) in [(Pane.seating, ["N", "T", "O", "S"]), (.awards, ["Q", "B", "a", "e", "x Del", "m", "s", "M", "P", "K", "J"])] {
            let listed = KeyMap.bindings(on: pane).map(\.label)
            for label in labels { #expect(listed.contains(label), "\(pane) \(label)") }
        }
    }

    @Test func escLeavesEveryFormWithoutAChange() throws {
        for (character, pane) in [("N", Pane.seating), ("T", .seating), ("O", .seating), ("S", .seating),
                                  ("Q", .awards), ("B", .awards), ("a", .awards), ("e", .awards), ("m", .awards), ("P", .awards)] {
            var state = try openForm(Character(character), on: pane, role: pane == .seating ? .protocol : .organizer)
            guard case .form? = state.overlay else { Issue.record("\(character) opened no form"); continue }
            type("9", &state)
            key(.escape, &state)
            #expect(state.overlay == nil && state.effects.isEmpty, "\(character)")
        }
    }

    @Test func theGroupFormShowsTheGroupTypedAndSavesGroupsAndBlockInOneWrite() throws {
        var state = try openForm("N", on: .seating, role: .protocol)
        replaceField(with: "3", &state)
        guard case .form(let shown)? = state.overlay else { Issue.record("no form"); return }
        let third = state.event.groups.sorted { $0.order < $1.order }[2]
        #expect(shown.value(1) == third.name)
        for _ in 0..<4 { key(.tab, &state) }
        replaceField(with: "vip", &state)
        key(.enter, &state)
        #expect(formError(state)?.contains("Không có khối “vip”") == true && state.effects.isEmpty)
        replaceField(with: "báo chí", &state)
        key(.enter, &state)
        guard case .groupEdit(let edit)? = state.effects.first else { Issue.record("no write: \(state.effects)"); return }
        // Only what was typed over goes, based on what the screen showed.
        #expect(edit.groupKey == third.key && edit.block == .press && edit.name == nil && edit.order == nil)
        #expect(edit.basedOn == state.journalVersion)
    }

    @Test func aRankChangeThatMovesThePresidiumAsksFirst() throws {
        var state = try openForm("T", on: .seating, role: .protocol)
        type("Phó Chủ tịch UBND tỉnh", &state)
        key(.tab, &state)
        type("abc", &state)
        key(.enter, &state)
        #expect(formError(state)?.contains("“abc” không phải thứ bậc") == true)
        replaceField(with: "1", &state)
        key(.enter, &state)
        guard case .confirm(let confirmation)? = state.overlay else { Issue.record("no question: \(String(describing: state.overlay))"); return }
        #expect(confirmation.question.contains("Đoàn chủ tịch sẽ là") && state.effects.isEmpty)
        guard case .updateRankTable(let table, _)? = confirmation.effects.first else { Issue.record("no rank write"); return }
        #expect(table.rank(ofTitle: "Phó Chủ tịch UBND tỉnh") == 1)
    }

    @Test func aDelegatesOwnRankIsCheckedAndPreviewed() throws {
        var state = try openForm("O", on: .seating, role: .protocol)
        // With a delegate on the cursor's seat the form opens on the rank; the delegate comes first.
        if case .form(let form)? = state.overlay, form.focus == 1 { key(.backTab, &state) }
        replaceField(with: "không có ai", &state)
        key(.enter, &state)
        #expect(formError(state) == "Không có đại biểu nào tên khớp “không có ai”; hãy kiểm tra chính tả (có thể gõ không dấu).")
        let last = try #require(state.event.delegates.last)
        replaceField(with: "#\(last.id)", &state)
        key(.tab, &state)
        replaceField(with: "-3", &state)
        key(.enter, &state)
        #expect(formError(state)?.contains("“-3”") == true && state.effects.isEmpty)
    }

    @Test func aDecisionNumberThatDoesNotParseStaysInTheForm() throws {
        var state = try openForm("Q", on: .awards)
        replaceField(with: "12QD", &state)
        key(.enter, &state)
        #expect(formError(state) == state.strings.setup.badDecisionNumber("12QD") && state.effects.isEmpty)
        replaceField(with: "126/QĐ-UBND", &state)
        key(.enter, &state)
        guard case .upsertDecision(let decision, let version)? = state.effects.first else { Issue.record("no write"); return }
        #expect(decision.number == "126/QĐ-UBND" && decision.id == state.event.decisions.map(\.id).max())
        // Based on what the screen showed when the form opened: a change to the decision since is refused.
        #expect(version == state.journalVersion && state.submittedEdit != nil)
    }

    @Test func aRecipientIsAddedEditedAndRemovedThroughForms() throws {
        var state = try openForm("a", on: .awards)
        key(.enter, &state)
        #expect(formError(state) == state.strings.setup.recipientProblem(.emptyName))
        type("Nguyễn Thị Mới", &state)
        key(.tab, &state)
        replaceField(with: "robot", &state)
        key(.enter, &state)
        #expect(formError(state)?.contains("“robot”") == true)
        replaceField(with: "cá nhân", &state)
        key(.enter, &state)
        guard case .saveRecipient(let added)? = state.effects.first else { Issue.record("no write"); return }
        #expect(added.id == 0 && added.name == "Nguyễn Thị Mới" && !added.form.isEmpty)

        state.effects = []
        key(.char("e"), &state)
        guard case .form(let edit)? = state.overlay, case .recipientEdit(let id) = edit.purpose else { Issue.record("no edit form"); return }
        replaceField(with: "Tên sửa", &state)
        key(.enter, &state)
        // An edit saves on the version its form was opened on, naming only the field typed over.
        guard case .editRecipient(let edited, let basis)? = state.effects.first else { Issue.record("no write: \(state.effects)"); return }
        #expect(edited.id == id && edited.name == "Tên sửa" && basis.fields == ["name"])

        state.effects = []
        key(.char("x"), &state)
        guard case .confirm(let confirmation)? = state.overlay else { Issue.record("no question"); return }
        #expect(confirmation.effects == [.removeRecipient(id: id)])
    }

    @Test func aMoveThatWouldEmptyABatchIsRefusedInTheForm() throws {
        var state = try Fixtures.state(pane: .awards)
        state.role = .organizer
        let batch = try #require(state.awardCeremony.current)
        // Split the first batch so that its last recipient is alone in batch 2.
        var event = state.event
        event.awardPlan = try AwardBatchEdit.split(batch: 1, at: batch.entries.count).applied(to: AwardCeremony.effectivePlan(event), event: event)
        state.event = event
        state.show = ShowState(journal: [], segments: event.segments)
        key(.char("n"), &state)
        state.effects = []
        // Pretend the ceremony has moved on to batch 2 (the store would record it).
        let lonely = try #require(event.awardPlan.batches[1].recipientIDs.first)
        state.overlay = .form(Form(title: "", fields: state.strings.setup.moveFields.map { Form.Field(label: $0) }, purpose: .recipientMove(id: lonely)))
        type("1", &state)
        key(.enter, &state)
        #expect(formError(state) == state.strings.setup.awardProblem(.batchWouldBeEmpty(2)) && state.effects.isEmpty)
    }

    @Test func theFirstBatchCannotMoveEarlierButCanMoveLater() throws {
        var state = try Fixtures.state(pane: .awards)
        state.role = .organizer
        key(.char("K"), &state)
        #expect(state.effects.isEmpty && state.notice?.contains("Không có đợt 0") == true)
        state.notice = nil
        key(.char("J"), &state)
        #expect(state.effects == [.editAwardBatches(.order(batch: 1, to: 2))])
    }

    @Test func seatingSettingsAreCheckedInTheForm() throws {
        var state = try openForm("S", on: .seating, role: .protocol)
        replaceField(with: "ban công", &state)
        key(.enter, &state)
        #expect(formError(state)?.contains("“ban công”") == true && state.effects.isEmpty)
        replaceField(with: "khán giả", &state)
        key(.enter, &state)
        guard case .updateSeatingSettings(let settings, _)? = state.effects.first else { Issue.record("no write"); return }
        #expect(settings.viewpoint == .audience)
    }

    @Test func theMCMayNotOpenThePreparingForms() throws {
        let state = try Fixtures.state(pane: .awards)
        #expect(KeyMap.command(for: .char("Q"), in: state).disabledReason == state.strings.setup.notAwardEditor)
        var seating = try Fixtures.state(pane: .seating)
        seating.role = .viewer
        #expect(KeyMap.command(for: .char("N"), in: seating).disabledReason == seating.strings.setup.notSeatingEditor)
    }
}
