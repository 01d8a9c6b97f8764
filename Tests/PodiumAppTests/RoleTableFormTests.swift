import Foundation
import PodiumCore
import Testing
import TermCore
@testable import PodiumApp

/// V on the programme pane: the role table as it is, and one grant or revoke, for organisers.
@Suite struct RoleTableFormTests {
    func key(_ key: Key, _ state: inout AppState) {
        state.apply(state.command(for: .key(key), frame: nil) ?? .redraw)
    }

    func type(_ text: String, _ state: inout AppState) {
        for character in text { key(.char(character), &state) }
    }

    func organiser(_ language: Language = .vi) throws -> AppState {
        var state = try Fixtures.state(language: language)
        state.role = .organizer
        state.fileOwner = "hoa"
        state.roleGrants = RoleGrants([RoleGrant(.user("minh"), .mc), RoleGrant(.user("minh"), .protocol), RoleGrant(.group("bantochuc"), .organizer)])
        return state
    }

    @Test func theFormShowsTheTableAndTheRulesAndGrantsARole() throws {
        var state = try organiser()
        key(.char("V"), &state)
        guard case .form(let form)? = state.overlay else { Issue.record("no form"); return }
        #expect(form.notes == ["minh: MC, Lễ tân", "@bantochuc: Ban tổ chức", "Chủ tệp “hoa” luôn nhận được vai Ban tổ chức; ai cũng xem được."])
        #expect(form.value(2) == "cấp")
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "role-table-form-80x24-vi")
        type("lan", &state)
        key(.tab, &state)
        type("le tan", &state)
        key(.enter, &state)
        #expect(state.overlay == nil)
        #expect(state.effects == [.grantRole(RoleGrant(.user("lan"), .protocol))])
        #expect(state.notice == "Đã cấp vai Lễ tân cho người dùng “lan”.")
    }

    @Test func aRevokeOfARowThereIsIsQueuedAndOfOneThereIsNotIsRefused() throws {
        var state = try organiser(.en)
        key(.char("V"), &state)
        type("@bantochuc", &state)
        key(.tab, &state)
        type("organizer", &state)
        key(.tab, &state)
        key(.ctrl("u"), &state)
        type("revoke", &state)
        key(.enter, &state)
        #expect(state.effects == [.revokeRole(RoleGrant(.group("bantochuc"), .organizer))])

        state.effects = []
        key(.char("V"), &state)
        type("lan", &state)
        key(.tab, &state)
        type("mc", &state)
        key(.tab, &state)
        key(.ctrl("u"), &state)
        type("thu hồi", &state)
        key(.enter, &state)
        guard case .form(let refused)? = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.error == "The table has no row granting the MC role to the user “lan”.")
        #expect(state.effects.isEmpty)
    }

    @Test func whatIsNotAGranteeARoleOrAChangeIsRefusedInTheForm() throws {
        for (grantee, role, change, words) in [
            ("hai từ", "mc", "cấp", "không phải tên người dùng hay nhóm"),
            ("lan", "thư ký", "cấp", "không phải một vai"),
            ("lan", "mc", "có lẽ", "ghi “cấp” hoặc “thu hồi”"),
            ("minh", "mc", "cấp", "Bảng đã cho người dùng “minh” nhận vai MC."),
        ] {
            var state = try organiser()
            key(.char("V"), &state)
            type(grantee, &state)
            key(.tab, &state)
            type(role, &state)
            key(.tab, &state)
            key(.ctrl("u"), &state)
            type(change, &state)
            key(.enter, &state)
            guard case .form(let refused)? = state.overlay else { Issue.record("the form closed for \(grantee) \(role) \(change)"); continue }
            #expect(refused.error?.contains(words) == true, "\(refused.error ?? "")")
            #expect(state.effects.isEmpty)
        }
    }

    @Test func anEmptyTableSaysSo() throws {
        var state = try organiser(.en)
        state.roleGrants = RoleGrants()
        state.fileOwner = nil
        #expect(state.roleTableNotes == ["The table is empty: anyone who can open the file may take any role.",
                                         "The file's owner may always take organizer; everyone may watch."])
    }

    @Test func onlyAnOrganiserOnAWritableFileOpensIt() throws {
        let mc = try Fixtures.state()
        #expect(KeyMap.command(for: .char("V"), in: mc).disabledReason == mc.strings.access.notOrganiser)
        var readOnly = try Fixtures.state(readOnly: true)
        readOnly.role = .organizer
        #expect(KeyMap.command(for: .char("V"), in: readOnly).disabledReason == readOnly.strings.reasonReadOnly)
    }
}
