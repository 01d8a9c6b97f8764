import Foundation
import PodiumCore
import TermCore
import Testing
@testable import PodiumApp

/// A frame reads what the state derived when the event (or a pane's own view) last changed;
/// these check that what is kept is always what a fresh derivation would give, after every
/// kind of change that should rebuild it, so a render never has to walk the whole event.
@Suite struct DerivedOncePerChangeTests {
    @Test func theHallGridsPerSeatFactsFollowCheckInsAndGroups() throws {
        var state = try Fixtures.state(pane: .seating)
        func expectCurrent(_ comment: Comment) {
            let derived = state.seatingDerived
            let groups = state.event.groups.map(\.key)
            for (index, occupant) in derived.occupant.enumerated() {
                let group = occupant.map { groups.firstIndex(of: $0.groupKey) ?? -1 } ?? -2
                #expect(derived.occupantGroup[index] == group, comment)
                #expect(derived.occupantCheckedIn[index] == (occupant?.checkedIn ?? false), comment)
            }
            #expect(derived.absentLeaderNames == state.event.absentLeaders.map(\.name), comment)
        }
        expectCurrent("as opened")
        let leaderGroups = Set(state.event.seating.settings.leaderGroups)
        let leader = try #require(state.event.delegates.firstIndex { leaderGroups.contains($0.groupKey) && !$0.checkedIn })
        state.event.delegates[leader].checkedIn = true
        expectCurrent("a leader checked in")
        #expect(!state.seatingDerived.absentLeaderNames.contains(state.event.delegates[leader].name))
        state.event.groups.removeFirst()
        expectCurrent("a group no longer listed")
    }
}
