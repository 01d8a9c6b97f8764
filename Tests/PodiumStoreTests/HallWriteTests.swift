import Foundation
import PodiumCore
@testable import PodiumStore
import Testing

@Suite struct HallWriteTests {
    private let protocolStaff = Actor(operatorName: "hoa", role: .protocol)

    @Test func removingASectionUnseatsItsDelegatesAndJournalsIt() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        let seatedInB = before.seating.assignments.filter { $0.seat.hasPrefix("B") }
        #expect(!seatedInB.isEmpty)
        let smaller = try HallEdit.removeSection(1, from: before.hall)
        try store.updateHall(smaller, by: protocolStaff, at: t0)
        let after = try store.load()
        #expect(after.hall == smaller)
        #expect(after.seating.assignments.count == before.seating.assignments.count - seatedInB.count)
        #expect(after.delegates == before.delegates)
        let entry = try #require(try store.journal().last)
        #expect(entry.action == "hall.update")
        guard case .seating(.hallChanged(_, _, _, let unseated)) = entry.fact else {
            Issue.record("the hall's fact is \(entry.fact)")
            return
        }
        #expect(unseated == seatedInB.count)
    }
}
