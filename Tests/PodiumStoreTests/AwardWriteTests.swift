import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// Award writes: each journaled in its transaction; a refused one leaves the file as it was.
@Suite struct AwardWriteTests {
    @Test func ticksAndBatchesAreJournaledAndValidated() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        #expect(try store.load().awardPlan.batches.count == 5)
        try store.performAward(.tick(recipientID: 1), by: mc, at: t0)
        let entry = try #require(try store.journal().last)
        #expect(entry.action == "award.tick")
        guard case .awards(.step(.tick(1), _, batch: 1)) = entry.fact else {
            Issue.record("the tick's fact is \(entry.fact)")
            return
        }
        let count = try store.journal().count
        // Twice, out of batch, and back before the first are refused with nothing written.
        #expect(throws: StoreError.refused(.awards(.alreadyTicked("UBND xã An Phú")))) {
            try store.performAward(.tick(recipientID: 1), by: mc, at: t0)
        }
        #expect(throws: (any Error).self) { try store.performAward(.tick(recipientID: 41), by: mc, at: t0) }
        #expect(throws: (any Error).self) { try store.performAward(.previousBatch, by: mc, at: t0) }
        #expect(try store.journal().count == count)
        try store.performAward(.nextBatch, by: mc, at: t0)
        #expect(try store.awardProgress().currentBatch == 1)
        #expect(try store.journal().last?.action == "award.batch-next")
    }

    @Test func editsAndRebuildKeepHandEditedBatches() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.editAwardBatches(.move(recipientID: 41, toBatch: 1, position: 1), by: organizer, at: t0)
        #expect(try store.journal().last?.action == "award.batches-move")
        let report = try store.rebuildAwardBatches(by: organizer, at: t0)
        // Both batches the move touched are hand-edited now.
        #expect(report.keptManual == [1, 5])
        let plan = try store.load().awardPlan
        #expect(plan.batches[0].recipientIDs.first == 41 && plan.batches[0].isManual)
        #expect(Set(plan.batches.flatMap(\.recipientIDs)).count == 41)
        // A bad edit changes nothing.
        let before = try store.load().awardPlan
        #expect(throws: (any Error).self) { try store.editAwardBatches(.split(batch: 1, at: 1), by: organizer, at: t0) }
        var settings = before.settings
        settings.batchSize = 0
        #expect(throws: (any Error).self) { try store.editAwardBatches(.settings(settings), by: organizer, at: t0) }
        #expect(try store.load().awardPlan == before)
    }

    @Test func attendanceStandInAndPronunciationAreKept() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        var recipient = try #require(try store.load().recipients.first { $0.id == 30 })
        recipient.attendance = .absent
        recipient.receivedBy = "Nguyễn  Văn Bình"
        recipient.pronunciation = "Vàng Đức Sơn"
        try store.updateRecipient(recipient, by: organizer, at: t0)
        let saved = try #require(try store.load().recipients.first { $0.id == 30 })
        #expect(saved.attendance == .absent && saved.receivedBy == "Nguyễn Văn Bình" && saved.pronunciation == "Vàng Đức Sơn")
        #expect(try store.journal().last?.action == "award.recipient")
    }
}
