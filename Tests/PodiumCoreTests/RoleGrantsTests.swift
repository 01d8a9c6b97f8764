import Testing
@testable import PodiumCore

/// Who may take which role: the role table's one rule, with the two exceptions no row takes away.
@Suite struct RoleGrantsTests {
    static let lan = OSAccount(user: "lan", groups: ["lan", "bantochuc"])
    static let minh = OSAccount(user: "minh", groups: ["minh"])
    static let hoa = OSAccount(user: "hoa", groups: ["hoa"])

    @Test func anEmptyTableLetsEveryoneTakeAnyRole() {
        let table = RoleGrants()
        for role in Role.allCases {
            #expect(table.allows(role, for: Self.minh, fileOwner: "hoa"))
            #expect(table.allows(role, for: Self.minh, fileOwner: nil))
        }
        #expect(table.roles(for: Self.minh, fileOwner: "hoa") == Role.allCases)
    }

    @Test func aUserTakesOnlyTheRolesGrantedToThem() throws {
        let table = RoleGrants([RoleGrant(.user("minh"), .mc)])
        #expect(table.allows(.mc, for: Self.minh, fileOwner: "hoa"))
        #expect(!table.allows(.protocol, for: Self.minh, fileOwner: "hoa"))
        #expect(!table.allows(.organizer, for: Self.minh, fileOwner: "hoa"))
        // Another account has no row, so no role but watching.
        #expect(table.roles(for: Self.lan, fileOwner: "hoa") == [.viewer])
        #expect(table.roles(for: Self.minh, fileOwner: "hoa") == [.mc, .viewer])
    }

    @Test func aGroupGrantCoversItsMembersOnly() {
        let table = RoleGrants([RoleGrant(.group("bantochuc"), .protocol)])
        #expect(table.allows(.protocol, for: Self.lan, fileOwner: "hoa"))
        #expect(!table.allows(.protocol, for: Self.minh, fileOwner: "hoa"))
        // A user whose name is the group's is not its member for it.
        #expect(!table.allows(.protocol, for: OSAccount(user: "bantochuc"), fileOwner: "hoa"))
    }

    @Test func theOwnerMayAlwaysTakeOrganizerAndNothingMoreWithoutARow() {
        let table = RoleGrants([RoleGrant(.user("minh"), .mc)])
        #expect(table.allows(.organizer, for: Self.hoa, fileOwner: "hoa"))
        #expect(!table.allows(.mc, for: Self.hoa, fileOwner: "hoa"))
        // With no owner known, nobody gets the fallback.
        #expect(!table.allows(.organizer, for: Self.hoa, fileOwner: nil))
    }

    @Test func everyoneMayWatch() {
        let table = RoleGrants([RoleGrant(.user("minh"), .mc)])
        #expect(table.allows(.viewer, for: Self.lan, fileOwner: nil))
    }

    @Test func theRefusalNamesTheRoleTheAccountAndWhoCanGrantIt() throws {
        let table = RoleGrants([
            RoleGrant(.group("bantochuc"), .organizer), RoleGrant(.user("minh"), .mc), RoleGrant(.user("minh"), .organizer),
        ])
        let refusal = try #require(throws: RoleClaimRefusal.self) {
            try table.check(.protocol, for: Self.minh, fileOwner: "hoa")
        }
        #expect(refusal == RoleClaimRefusal(
            role: .protocol, user: "minh", allowed: [.mc, .organizer, .viewer],
            granters: [.user("minh"), .group("bantochuc")], fileOwner: "hoa"))
        #expect(refusal.grantCommand == "podium access grant minh protocol")
        try table.check(.organizer, for: Self.lan, fileOwner: "hoa")
    }

    @Test func grantingAndRevokingKeepOneRowAGrantInOrder() {
        var table = RoleGrants()
        table = table.granting(RoleGrant(.group("bantochuc"), .mc)).granting(RoleGrant(.user("minh"), .organizer))
            .granting(RoleGrant(.user("minh"), .mc)).granting(RoleGrant(.user("minh"), .mc))
        #expect(table.grants == [RoleGrant(.user("minh"), .mc), RoleGrant(.user("minh"), .organizer), RoleGrant(.group("bantochuc"), .mc)])
        #expect(table.revoking(RoleGrant(.user("minh"), .mc)).grants.count == 2)
        #expect(table.revoking(RoleGrant(.user("lan"), .mc)) == table)
    }

    @Test func granteesAreWrittenAsOnTheCommandLine() {
        #expect(Grantee(parsing: "lan") == .user("lan"))
        #expect(Grantee(parsing: "@bantochuc") == .group("bantochuc"))
        #expect(Grantee(parsing: "@bantochuc")?.written == "@bantochuc")
        for bad in ["", "@", "@@x", "hai từ", "a\tb", "x\u{7}"] { #expect(Grantee(parsing: bad) == nil, "\(bad)") }
    }
}
