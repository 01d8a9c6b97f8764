import Foundation
import PodiumCore
import Testing

/// Batches in protocol order, their sizes, absentees, hand edits surviving a rebuild, bad input.
@Suite struct AwardBatchingTests {
    static let high = "Cờ thi đua của UBND tỉnh"
    static let low = "Bằng khen của Chủ tịch UBND tỉnh"

    /// A small event: leaders to present, one decision listing the lower form first.
    static func event(recipients count: Int = 5, size: Int = 2) -> EventData {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26))
        event.groups = [
            ParticipantGroup(id: 1, key: "leaders", name: "Lãnh đạo tỉnh", order: 1, level: .province),
            ParticipantGroup(id: 2, key: "communes", name: "Xã", order: 2, level: .commune),
        ]
        event.delegates = [
            Delegate(id: 1, name: "Hà Thu Hoa", title: "Bí thư Tỉnh ủy", unit: "Tỉnh ủy", groupKey: "leaders"),
            Delegate(id: 2, name: "Hà Quang Anh", title: "Chủ tịch UBND tỉnh", unit: "UBND tỉnh", groupKey: "leaders"),
            Delegate(id: 3, name: "Lò Văn Páo", title: "Chủ tịch UBND xã", unit: "Xã A Mú Sung", groupKey: "communes", checkedIn: true),
        ]
        event.decisions = [AwardDecision(id: 1, number: "512/QĐ-UBND", date: CivilDate(year: 2026, month: 3, day: 20),
                                         signer: "Hà Quang Anh", signerTitle: "Chủ tịch UBND tỉnh", subject: "về việc tặng Bằng khen")]
        event.recipients = (1...count).map { n in
            AwardRecipient(id: Int64(n), decisionID: 1, order: n, kind: n % 2 == 0 ? .individual : .collective,
                           name: n % 2 == 0 ? "Cá nhân \(n)" : "Tập thể \(n)", title: n % 2 == 0 ? "Chuyên viên" : "",
                           unit: "Xã \(n)", form: n <= 2 ? low : high)
        }
        event.awardPlan.settings.batchSize = size
        return event
    }

    @Test func highestFormComesFirstThenTheDecisionOrder() throws {
        let event = Self.event()
        let order = AwardBatching.protocolOrder(event, forms: AwardSettings.defaultForms).map(\.id)
        #expect(order == [3, 4, 5, 1, 2])
        let (plan, report) = try AwardBatching.rebuild(event.awardPlan, event: event)
        // A batch never mixes forms; the three of the higher form split evenly within the size.
        #expect(plan.batches.map(\.recipientIDs) == [[3, 4], [5], [1, 2]])
        #expect(report.rebuilt == [1, 2, 3] && report.keptManual.isEmpty)
    }

    @Test func batchesOfOneFormAreEven() throws {
        var event = Self.event(recipients: 41, size: 10)
        for index in event.recipients.indices { event.recipients[index].form = Self.low }
        let (plan, _) = try AwardBatching.rebuild(event.awardPlan, event: event)
        #expect(plan.batches.map(\.recipientIDs.count) == [9, 8, 8, 8, 8])
        #expect(Set(plan.batches.flatMap(\.recipientIDs)).count == 41)
    }

    @Test func batchSizeOfZeroIsRefusedAndNothingChanges() throws {
        var event = Self.event()
        let (built, _) = try AwardBatching.rebuild(event.awardPlan, event: event)
        event.awardPlan = built
        event.awardPlan.settings.batchSize = 0
        #expect(throws: AwardError.badBatchSize(0)) { try AwardBatching.rebuild(event.awardPlan, event: event) }
        var settings = built.settings
        settings.batchSize = 0
        #expect(throws: AwardError.badBatchSize(0)) { try AwardBatchEdit.settings(settings).applied(to: built, event: event) }
    }

    @Test func presentersAreTheLeadersInRosterOrderInTurn() throws {
        var event = Self.event()
        event.awardPlan = try AwardBatching.rebuild(event.awardPlan, event: event).0
        let names = (0..<3).map { AwardBatching.presenter(ofBatch: $0, plan: event.awardPlan, event: event)?.name }
        #expect(names == ["Hà Thu Hoa", "Hà Quang Anh", "Hà Thu Hoa"])
        #expect(throws: AwardError.presenterNotInRoster("#99")) {
            try AwardBatchEdit.presenter(batch: 1, delegateID: 99).applied(to: event.awardPlan, event: event)
        }
        #expect(throws: AwardError.presenterNotInRoster("Nguyễn Không Có")) { try AwardLookup.delegate("Nguyễn Không Có", in: event.delegates) }
        #expect(try AwardLookup.delegate("ha quang anh", in: event.delegates).id == 2)
    }

    @Test func handEditsSurviveARebuildAndTheReportSaysWhat() throws {
        var event = Self.event(recipients: 8, size: 2)
        event.awardPlan = try AwardBatching.rebuild(event.awardPlan, event: event).0
        // [[3,4],[5,6],[7,8],[1,2]] — move 8 to the front of batch 1, edit batch 4's words.
        #expect(event.awardPlan.batches.map(\.recipientIDs) == [[3, 4], [5, 6], [7, 8], [1, 2]])
        event.awardPlan = try AwardBatchEdit.move(recipientID: 8, toBatch: 1, position: 1).applied(to: event.awardPlan, event: event)
        event.awardPlan = try AwardBatchEdit.script(batch: 4, text: "Lời dẫn sửa tay").applied(to: event.awardPlan, event: event)
        event.awardPlan = try AwardBatchEdit.presenter(batch: 2, delegateID: 2).applied(to: event.awardPlan, event: event)
        #expect(event.awardPlan.batches[0].recipientIDs == [8, 3, 4] && event.awardPlan.batches[0].isManual)
        #expect(event.awardPlan.batches[2].isManual)

        let (rebuilt, report) = try AwardBatching.rebuild(event.awardPlan, event: event)
        // Manual batches 1 and 3 stay; 5, 6 and 1, 2 are laid out again around them.
        #expect(rebuilt.batches.map(\.recipientIDs) == [[8, 3, 4], [5, 6], [7], [1, 2]])
        #expect(report.keptManual == [1, 3] && report.rebuilt == [2, 4])
        #expect(rebuilt.batches[1].presenterID == 2)
        #expect(rebuilt.batches[3].script == "Lời dẫn sửa tay" && report.droppedScripts.isEmpty)
    }

    @Test func splitAndMergeAndTheirBadInput() throws {
        var event = Self.event(recipients: 8, size: 4)
        event.awardPlan = try AwardBatching.rebuild(event.awardPlan, event: event).0
        #expect(event.awardPlan.batches.map(\.recipientIDs) == [[3, 4, 5], [6, 7, 8], [1, 2]])
        let split = try AwardBatchEdit.split(batch: 1, at: 2).applied(to: event.awardPlan, event: event)
        #expect(split.batches.map(\.recipientIDs) == [[3], [4, 5], [6, 7, 8], [1, 2]])
        let merged = try AwardBatchEdit.merge(batch: 2).applied(to: split, event: event)
        #expect(merged.batches.map(\.recipientIDs) == [[3], [4, 5, 6, 7, 8], [1, 2]])
        #expect(throws: AwardError.badSplit(batch: 1, at: 1, size: 3)) { try AwardBatchEdit.split(batch: 1, at: 1).applied(to: event.awardPlan, event: event) }
        #expect(throws: AwardError.lastBatchCannotMerge(3)) { try AwardBatchEdit.merge(batch: 3).applied(to: event.awardPlan, event: event) }
        #expect(throws: AwardError.noSuchBatch(9, count: 3)) { try AwardBatchEdit.merge(batch: 9).applied(to: event.awardPlan, event: event) }
    }

    @Test func absenteesAreSkippedOrReceivedOnBehalfAndTheEstimateCountsWhoGoesUp() throws {
        var event = Self.event(recipients: 4, size: 10)
        event.recipients[0].attendance = .absent                       // skipped
        event.recipients[1].attendance = .absent
        event.recipients[1].receivedBy = "Nguyễn Văn Bình"             // received on behalf
        event.recipients[3].name = "Lò Văn Páo"                        // a delegate who checked in
        event.recipients[3].unit = "Xã A Mú Sung"
        event.awardPlan.settings = AwardSettings(batchSize: 10, secondsPerRecipient: 40, secondsPerBatch: 90, decisionReadingSeconds: 120)
        event.awardPlan = try AwardBatching.rebuild(event.awardPlan, event: event).0
        let ceremony = AwardCeremony(event: event)
        let entries = ceremony.batches.flatMap(\.entries)
        // Calling order 3, 4 (the higher form), then 1 (absent, skipped) and 2 (received on behalf).
        #expect(entries.map(\.recipient.id) == [3, 4, 1, 2])
        #expect(entries.map(\.isCalled) == [true, true, false, true])
        #expect(ceremony.estimatedTotalSeconds == 120 + 2 * 90 + 3 * 40)
        #expect(AwardAttendance.isPresent(event.recipients[3], delegates: event.delegates, checkInDecides: true))
    }

    @Test func duplicatesAndMissingUnitsAreReportedNotDropped() {
        var event = Self.event(recipients: 3)
        event.recipients.append(AwardRecipient(id: 9, decisionID: 1, order: 9, kind: .collective, name: "TẬP THỂ 1",
                                               unit: "xã 1", form: Self.high))
        event.recipients[1].unit = " "
        let problems = AwardProblem.check(event)
        #expect(problems.contains(.duplicate(name: "Tập thể 1", ids: [1, 9])))
        #expect(problems.contains(.missingUnit(id: 2, name: "Cá nhân 2")))
        #expect(AwardCeremony(event: event).batches.flatMap(\.entries).count == 4)
    }

    @Test func recipientLookupByIdOrAccentFreeNameAndAmbiguity() throws {
        let event = Self.event(recipients: 5)
        #expect(try AwardLookup.recipient("#3", in: event.recipients).id == 3)
        #expect(try AwardLookup.recipient("tap the 5", in: event.recipients).id == 5)
        #expect(throws: AwardError.ambiguousRecipient("tap the", candidates: ["#1 Tập thể 1 (Xã 1)", "#3 Tập thể 3 (Xã 3)", "#5 Tập thể 5 (Xã 5)"])) {
            try AwardLookup.recipient("tap the", in: event.recipients)
        }
        #expect(throws: AwardError.noSuchRecipient("Không ai")) { try AwardLookup.recipient("Không ai", in: event.recipients) }
    }
}
