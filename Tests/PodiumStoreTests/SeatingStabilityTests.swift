import Foundation
import PodiumCore
@testable import PodiumStore
import Testing

/// Place cards are on the seats before the day begins: what happens at the door must never
/// move anyone, and only an explicit auto-assignment re-seats the hall (and can be undone).
@Suite struct SeatingStabilityTests {
    private let protocolStaff = Actor(operatorName: "hoa", role: .protocol)

    private func seats(_ event: EventData) -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: event.seating.assignments.map { ($0.delegateID, $0.seat) })
    }

    @Test func aStandInTakesThePrincipalsSeatAndNobodyElseMoves() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        let chairman = try #require(before.delegates.first { $0.title == "Chủ tịch UBND tỉnh" })
        let seat = try #require(before.seating.assignment(of: chairman.id)?.seat)
        let standIn = try store.enterStandIn(
            for: chairman.id, name: "Nguyễn Văn Thay", title: "Phó Chủ tịch UBND tỉnh", unit: "", by: protocolStaff, at: t0
        )
        let after = try store.load()
        #expect(after.seating.assignment(of: standIn.id)?.seat == seat)
        #expect(after.seating.assignment(of: chairman.id) == nil)
        let old = seats(before), new = seats(after)
        let moved = old.filter { id, label in id != chairman.id && new[id] != label }
        #expect(moved.isEmpty, "\(moved.count) other delegates changed seats")
        #expect(new.count == old.count)
    }

    @Test func aStandInKeepsThePrincipalsLock() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        let chairman = try #require(before.delegates.first { $0.title == "Chủ tịch UBND tỉnh" })
        let seat = try #require(before.seating.assignment(of: chairman.id)?.seat)
        try store.editSeating(.setLocked(true, seat: seat), by: protocolStaff, at: t0)
        let standIn = try store.enterStandIn(for: chairman.id, name: "Nguyễn Văn Thay", title: "", unit: "", by: protocolStaff, at: t0)
        let after = try store.load()
        #expect(after.seating.assignment(of: standIn.id) == SeatAssignment(
            delegateID: standIn.id, seat: seat, locked: true,
            reason: try #require(before.seating.assignment(of: chairman.id)?.reason)
        ))
    }

    @Test func checkingInMovesNobody() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        for delegate in before.delegates.prefix(20) {
            try store.setCheckedIn(delegateID: delegate.id, !delegate.checkedIn, by: protocolStaff, at: t0)
        }
        #expect(seats(try store.load()) == seats(before))
    }

    @Test func anAutoAssignmentCanBeUndoneUntilASeatChanges() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let first = try #require(try store.load().seating.assignments.first { !$0.locked })
        let second = try #require(try store.load().seating.assignments.first { !$0.locked && $0.seat != first.seat })
        try store.editSeating(.swap(first.seat, second.seat), by: protocolStaff, at: t0)
        let handMade = try store.load()
        _ = try store.autoAssignSeats(by: protocolStaff, at: t0)
        #expect(seats(try store.load()) != seats(handMade))
        let restored = try store.undoAutoAssign(by: protocolStaff, at: t0)
        #expect(seats(restored) == seats(handMade))
        #expect(seats(try store.load()) == seats(handMade))
        #expect(throws: StoreError.self) { try store.undoAutoAssign(by: protocolStaff, at: t0) }

        _ = try store.autoAssignSeats(by: protocolStaff, at: t0)
        let delegate = try #require(try store.load().delegates.first)
        try store.enterStandIn(for: delegate.id, name: "Người Thay", title: "", unit: "", by: protocolStaff, at: t0)
        #expect(throws: StoreError.self) { try store.undoAutoAssign(by: protocolStaff, at: t0) }
    }
}
