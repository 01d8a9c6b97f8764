import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// A recipient added by hand becomes a delegate in the same write as the recipient itself.
@Suite struct RecipientEnrolmentStoreTests {
    @Test func anAddedRecipientIsEnrolledOnceAndJournalledWithIt() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        let added = AwardRecipient(id: 0, decisionID: 1, order: 42, kind: .individual, name: "Sùng A Páo", title: "Công chức",
                                   unit: "Xã Y Tý", form: "Bằng khen của Chủ tịch UBND tỉnh")
        try store.saveRecipient(added, by: organizer, at: t0)
        let after = try store.load()
        #expect(after.delegates.count == before.delegates.count + 1)
        let delegate = try #require(after.delegates.last)
        #expect(delegate.name == "Sùng A Páo" && delegate.groupKey == "awardees" && delegate.flags.contains(.awardRecipient))
        // Someone already on the roster is linked, not listed again.
        let khanh = AwardRecipient(id: 0, decisionID: 1, order: 43, kind: .individual, name: "Sùng A Páo",
                                   unit: "Xã Y Tý", form: "Giấy khen")
        try store.saveRecipient(khanh, by: organizer, at: t0)
        #expect(try store.load().delegates.count == after.delegates.count)
    }
}
