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
        #expect(entry.action == "checklist.status" && entry.payload.contains("\"status\":\"done\""))

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
        let entry = try store.recordGateOverride(segmentID: 3, openItems: open, by: mc, at: t0)
        #expect(entry.action == "checklist.gate-override")
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(entry.payload.utf8)) as? [String: Any])
        #expect(payload["segment"] as? Int == 3)
        #expect((payload["items"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == open.map { Int($0.id) })
    }
}
