import Foundation
import PodiumCore
import Testing

/// The award commands decide on the award part of the event and this run's "award.*" entries,
/// with no store: what is refused, the plan each writes, the ids a new recipient or decision takes.
@Suite struct AwardCommandTests {
    static let now = EventCommandTests.now

    static func context(_ event: EventData, journal: [JournalEntry] = [], nextIDs: [CommandRecord: Int64] = [:]) -> CommandContext {
        CommandContext(event: event, journal: journal, role: .organizer, operatorName: "Lan", now: now, nextIDs: nextIDs)
    }

    /// The batches [[3, 4], [5], [1, 2]] stored.
    static func planned() throws -> EventData {
        var event = AwardBatchingTests.event()
        event.awardPlan = try AwardBatching.rebuild(event.awardPlan, event: event).0
        return event
    }

    static func ticked(_ ids: Int64...) -> [JournalEntry] {
        ids.enumerated().map { index, id in
            JournalEntry(
                id: Int64(index + 1), time: now, operatorName: "Minh", role: .mc,
                fact: .awards(.step(.tick(recipientID: id), recipientName: "", batch: 1))
            )
        }
    }

    @Test func aRebuildStoresThePlanAndJournalsItsReport() throws {
        let event = AwardBatchingTests.event()
        let (plan, report) = try AwardBatching.rebuild(event.awardPlan, event: event)
        let decision = try AwardCommand.rebuildBatches.decided(Self.context(event))
        #expect(decision.changes.awardPlan == plan)
        #expect(decision.changes.inserts.isEmpty && decision.changes.updates.isEmpty)
        #expect(decision.facts == [.awards(.batchesRebuilt(batches: 3, report: report))])
    }

    @Test func aBatchEditAppliesToTheAutomaticBatchesWhenNoneAreStored() throws {
        let event = AwardBatchingTests.event()
        let edit = AwardBatchEdit.order(batch: 3, to: 1)
        let decision = try AwardCommand.editBatches(edit).decided(Self.context(event))
        #expect(decision.changes.awardPlan?.batches.map(\.recipientIDs) == [[1, 2], [3, 4], [5]])
        #expect(decision.facts == [.awards(AwardFact(edit: edit))])
        #expect(throws: CommandRefusal.refused(.awards(.noSuchBatch(9, count: 3)))) {
            try AwardCommand.editBatches(.merge(batch: 9)).decided(Self.context(event))
        }
    }

    @Test func aTickIsCheckedAgainstTheBatchOnStageAndThisRunsTicks() throws {
        let event = try Self.planned()
        let decision = try AwardCommand.step(.tick(recipientID: 4)).decided(Self.context(event, journal: Self.ticked(3)))
        #expect(decision.changes.isEmpty)
        #expect(decision.facts == [.awards(.step(.tick(recipientID: 4), recipientName: "Cá nhân 4", batch: 1))])
        #expect(throws: CommandRefusal.refused(.awards(.alreadyTicked("Tập thể 3")))) {
            try AwardCommand.step(.tick(recipientID: 3)).decided(Self.context(event, journal: Self.ticked(3)))
        }
        #expect(throws: CommandRefusal.refused(.awards(.notInCurrentBatch("Tập thể 5", batch: 2, current: 1)))) {
            try AwardCommand.step(.tick(recipientID: 5)).decided(Self.context(event))
        }
        let next = try AwardCommand.step(.nextBatch).decided(Self.context(event))
        #expect(next.facts == [.awards(.step(.nextBatch, recipientName: nil, batch: 2))])
        #expect(throws: CommandRefusal.refused(.awards(.atFirstBatch))) { try AwardCommand.step(.previousBatch).decided(Self.context(event)) }
    }

    @Test func aRecipientTickedInThisRunCannotBeRemoved() throws {
        let event = try Self.planned()
        #expect(throws: CommandRefusal.refused(.awards(.cannotRemoveTicked("Tập thể 5")))) {
            try AwardCommand.removeRecipient(id: 5).decided(Self.context(event, journal: Self.ticked(5)))
        }
        #expect(throws: CommandRefusal.noSuchRecord(.awardRecipient, id: 42)) { try AwardCommand.removeRecipient(id: 42).decided(Self.context(event)) }
        let decision = try AwardCommand.removeRecipient(id: 5).decided(Self.context(event, journal: Self.ticked(3)))
        #expect(decision.changes.deletes == [.awardRecipient(id: 5)])
        // The batch it leaves empty goes.
        #expect(decision.changes.awardPlan?.batches.map(\.recipientIDs) == [[3, 4], [1, 2]])
        #expect(decision.facts == [.awards(.recipientRemoved(recipientID: 5, name: "Tập thể 5"))])
    }

    @Test func aNewRecipientTakesTheNextIDJoinsABatchOfItsFormAndIsEnrolled() throws {
        var event = try Self.planned()
        // Everyone already listed has their seat: only the newcomer is enrolled.
        RecipientEnrolment.enrol(&event)
        let new = AwardRecipient(id: 0, decisionID: 1, order: 6, kind: .individual, name: "Vàng Thị Mai", title: "Giáo viên",
                                 unit: "Xã Pa Tần", form: AwardBatchingTests.low)
        let decision = try AwardCommand.saveRecipient(new).decided(Self.context(event, nextIDs: [.awardRecipient: 6]))
        var saved = new
        saved.id = 6
        #expect(decision.changes.inserts.first == .awardRecipient(saved))
        #expect(decision.changes.awardPlan?.batches.map(\.recipientIDs) == [[3, 4], [5], [1, 2, 6]])
        let nextDelegate = (event.delegates.map(\.id).max() ?? 0) + 1
        let enrolled = decision.changes.inserts.compactMap { record -> Delegate? in if case .delegate(let d) = record { d } else { nil } }
        #expect(enrolled.map(\.id) == [nextDelegate] && enrolled.first?.name == "Vàng Thị Mai")
        #expect(decision.facts == [.awards(.recipientAdded(FieldChanges(record: saved, id: 6), enrolled: [nextDelegate], linked: []))])
    }

    @Test func aRecipientFormChangesOnlyWhatItEditsAndAttendanceIsNormalised() throws {
        var event = try Self.planned()
        event.recipients[0].attendance = .absent
        var form = event.recipients[0]
        form.attendance = .present
        form.unit = "Xã Mường Tè"
        let decision = try AwardCommand.saveRecipient(form).decided(Self.context(event))
        var expected = event.recipients[0]
        expected.unit = "Xã Mường Tè"
        #expect(decision.changes.updates == [.awardRecipient(expected)])
        #expect(decision.facts == [.awards(.recipientChanged(FieldChanges(from: event.recipients[0], to: expected, id: 1)))])

        var attendance = event.recipients[0]
        attendance.receivedBy = "  Lò   Văn Páo "
        let marked = try AwardCommand.updateRecipient(attendance).decided(Self.context(event))
        attendance.receivedBy = "Lò Văn Páo"
        #expect(marked.changes.updates == [.awardRecipient(attendance)])
        #expect(try AwardCommand.updateRecipient(event.recipients[0]).decided(Self.context(event)) == .nothing)
        #expect(throws: CommandRefusal.noSuchRecord(.awardRecipient, id: 42)) {
            var unknown = event.recipients[0]
            unknown.id = 42
            return try AwardCommand.updateRecipient(unknown).decided(Self.context(event))
        }
    }

    @Test func aNewDecisionTakesTheIDAfterTheLargest() throws {
        let event = AwardBatchingTests.event()
        var decision = event.decisions[0]
        decision.id = 0
        decision.number = "530/QĐ-UBND"
        let created = try AwardCommand.saveDecision(decision).decided(Self.context(event))
        decision.id = 2
        #expect(created.changes.inserts == [.awardDecision(decision)])
        #expect(created.facts == [.awards(.decisionCreated(FieldChanges(record: decision, id: 2)))])
        var changed = event.decisions[0]
        changed.signer = "Nguyễn Văn Sơn"
        let updated = try AwardCommand.saveDecision(changed).decided(Self.context(event))
        #expect(updated.changes.updates == [.awardDecision(changed)])
        #expect(updated.facts == [.awards(.decisionUpdated(FieldChanges(from: event.decisions[0], to: changed, id: 1)))])
    }
}
