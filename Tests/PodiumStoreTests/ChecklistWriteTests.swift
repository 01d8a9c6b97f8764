import Foundation
import PodiumCore
@testable import PodiumStore
import Testing

@Suite struct ChecklistWriteTests {
    @Test func statusChangesAreJournaledAndMissingItemsChangeNothing() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let ticked = try store.changeChecklistStatus(id: 3, .done, by: organizer, at: t0)
        #expect(ticked.status == .done)
        #expect(try store.load().checklist.first { $0.id == 3 }?.status == .done)
        let entry = try #require(try store.journal().last)
        #expect(entry.fact == .checklist(.statusChanged(FieldChanges(id: 3, values: ["status": .string("done")]))))

        let before = try store.journal().count
        #expect(throws: StoreError.self) { try store.changeChecklistStatus(id: 999, .done, by: organizer, at: t0) }
        #expect(throws: StoreError.refused(.checklist(.blockNeedsReason(id: 3)))) {
            try store.changeChecklistStatus(id: 3, .block(reason: " "), by: organizer, at: t0)
        }
        #expect(try store.journal().count == before)
        #expect(try store.load().checklist.first { $0.id == 3 }?.status == .done)
    }

    @Test func gateOverrideRecordsTheSegmentAndTheOpenItems() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let open = ChecklistItem.blocking(segmentID: 3, in: try store.load().checklist)
        #expect(!open.isEmpty)
        #expect(throws: StoreError.self) { try store.perform(LiveShowCommand(.jump(segmentID: 3)), by: mc, at: t0) }
        #expect(try store.journal().count == 1)
        let jump = try store.perform(LiveShowCommand(.jump(segmentID: 3), overrideGate: true), by: mc, at: t0)
        #expect(jump.fact == .show(.jump(segmentID: 3)))
        // The override and the start it allowed are one transaction, the override first.
        let entry = try #require(try store.journal().first { $0.action == "checklist.gate-override" })
        #expect(entry.id < jump.id)
        guard case .checklist(.gateOverridden(let segment, _, let items)) = entry.fact else {
            Issue.record("the override's fact is \(entry.fact)")
            return
        }
        #expect(segment == 3)
        #expect(items.map(\.id) == open.map(\.id))
    }
}
