import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// The preparing writes: each in one transaction over the file as it is then, journaled.
@Suite struct SetupWriteTests {
    @Test func aGroupEditKeepsWhatAnotherTerminalChangedMeanwhile() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        let group = try #require(before.groups.max { $0.order < $1.order })
        // Another terminal checks a delegate in after this one read the event.
        let delegate = try #require(before.delegates.first)
        try store.setCheckedIn(delegateID: delegate.id, true, by: organizer, at: t0)
        try store.applyGroupEdit(GroupEdit(groupKey: group.key, shortLabel: "Báo chí", order: 1, block: .press), by: organizer, at: t0)
        let after = try store.load()
        #expect(after.delegates.first { $0.id == delegate.id }?.checkedIn == true)
        let edited = try #require(after.groups.first { $0.key == group.key })
        #expect(edited.order == 1 && edited.shortLabel == "Báo chí")
        #expect(after.groups.map(\.order).sorted() == Array(1...before.groups.count))
        #expect(after.seating.settings.pressGroups.contains(group.key))
        #expect(after.seating.assignments == before.seating.assignments)
        #expect(try store.journal().last?.action == "groups.update")
        // A refused edit writes nothing.
        let count = try store.journal().count
        #expect(throws: (any Error).self) { try store.applyGroupEdit(GroupEdit(groupKey: group.key, order: 99), by: organizer, at: t0) }
        #expect(try store.journal().count == count)
    }

    @Test func recipientsAreAddedIntoTheirFormsBatchAndRemovedFromIt() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.rebuildAwardBatches(by: organizer, at: t0)
        let event = try store.load()
        let last = try #require(event.recipients.last)
        let new = try RecipientDraft(name: "Nguyễn Thị Mới", kind: "cá nhân", unit: "Sở Nội vụ", form: last.form).recipient(base: nil, event: event)
        let saved = try store.saveRecipient(new, by: organizer, at: t0)
        #expect(saved.id != 0)
        #expect(try store.journal().last?.action == "award.recipient-add")
        let plan = try store.load().awardPlan
        let batch = try #require(plan.batchIndex(of: saved.id))
        #expect(plan.batches[batch].recipientIDs.contains(last.id))
        try store.removeRecipient(id: saved.id, by: organizer, at: t0)
        #expect(try store.load().awardPlan.batchIndex(of: saved.id) == nil)
        #expect(try store.load().recipients.count == event.recipients.count)
        // A recipient who has received the award stays on the record.
        try store.performAward(.tick(recipientID: 1), by: mc, at: t0)
        #expect(throws: (any Error).self) { try store.removeRecipient(id: 1, by: organizer, at: t0) }
    }

    @Test func anOwnRankAndARecipientEditKeepWhatAnotherTerminalMarked() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let event = try store.load()
        let delegate = try #require(event.delegates.first)
        try store.setCheckedIn(delegateID: delegate.id, true, by: organizer, at: t0)
        try store.setPrecedenceOverride(delegateID: delegate.id, 3, by: organizer, at: t0)
        let ranked = try #require(try store.load().delegates.first { $0.id == delegate.id })
        #expect(ranked.precedenceOverride == 3 && ranked.checkedIn)

        // The form's copy predates the attendance marked at the door; the edit keeps the mark.
        var stale = try #require(event.recipients.first)
        var marked = stale
        marked.attendance = .absent
        try store.updateRecipient(marked, by: organizer, at: t0)
        stale.title = "Chuyên viên"
        try store.saveRecipient(stale, by: organizer, at: t0)
        let saved = try #require(try store.load().recipients.first { $0.id == stale.id })
        #expect(saved.title == "Chuyên viên" && saved.attendance == .absent)
    }
}
