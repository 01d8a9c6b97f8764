import Foundation
import PodiumCore
import Testing
import TermCore
@testable import PodiumApp

/// An organiser revokes a role while its terminal is open: the open screen stops changing the
/// event at once and says why, in both languages; granting it again lets it change the event.
@Suite struct RoleRevokedTests {
    func mc(_ language: Language = .vi) throws -> AppState {
        var state = try Fixtures.state(language: language)
        state.role = .mc
        state.fileOwner = "hoa"
        state.account = OSAccount(user: "minh", groups: ["mc"])
        state.roleGrants = RoleGrants([RoleGrant(.user("minh"), .mc)])
        return state
    }

    @Test func aRevokedRoleWatchesAndAGrantGivenBackWritesAgain() throws {
        var state = try mc()
        state.adopt(RoleGrants([RoleGrant(.user("minh"), .protocol)]))
        #expect(state.isReadOnly && state.watchOnly == .roleRevoked(.mc) && state.sync == .readOnly)
        #expect(state.notice?.hasPrefix("Bảng phân vai không còn cho tài khoản này nhận vai MC") == true)
        state.notice = nil
        state.apply(state.command(for: .key(.char("s")), frame: nil) ?? .redraw)
        #expect(state.effects.isEmpty && state.overlay == nil, "a revoked MC still started the show")

        state.adopt(RoleGrants([RoleGrant(.user("minh"), .protocol), RoleGrant(.group("mc"), .mc)]))
        #expect(!state.isReadOnly && state.watchOnly == nil && state.sync == .synced)
        #expect(state.notice == "Vai MC đã được cấp lại: cửa sổ này lại thay đổi được sự kiện.")
        state.apply(state.command(for: .key(.char("s")), frame: nil) ?? .redraw)
        #expect(!state.effects.isEmpty || state.overlay != nil, "the MC, granted again, still cannot start the show")
    }

    @Test func theReasonReadsInEnglishToo() throws {
        var state = try mc(.en)
        state.adopt(RoleGrants([RoleGrant(.user("lan"), .mc)]))
        #expect(state.notice?.hasPrefix("The role table no longer lets this account take the mc role") == true)
        #expect(state.readOnlyReason == "the role table took this account's mc role back")
    }

    @Test func aTableThatStillGrantsTheRoleChangesNothing() throws {
        var state = try mc()
        state.adopt(RoleGrants([RoleGrant(.user("minh"), .mc), RoleGrant(.user("lan"), .protocol)]))
        #expect(!state.isReadOnly && state.notice == nil)
        // An emptied table grants every role to everyone.
        state.adopt(RoleGrants())
        #expect(!state.isReadOnly)
        // The file's owner keeps organizer whatever the rows say.
        state.role = .organizer
        state.account = OSAccount(user: "hoa")
        state.adopt(RoleGrants([RoleGrant(.user("minh"), .mc)]))
        #expect(!state.isReadOnly)
    }
}
