import PodiumCore
import PodiumDemo
import Testing

/// Award recipients are delegates with seats (DOMAIN.md §2): every individual and a place for
/// each collective's representative, in the award recipients' group unless already on the
/// roster, seated on the front aisle seats in the order they will be called.
@Suite struct RecipientSeatingTests {
    let demo: EventData
    init() throws { demo = try DemoEvent.make() }

    /// The delegate who goes up for each recipient, in calling order.
    private func calledDelegates(_ event: EventData) throws -> [Delegate] {
        let roster = AwardAttendance.Roster(event.delegates)
        return try RecipientEnrolment.callingOrder(event).map { try #require(roster.matchingDelegate(for: $0)) }
    }

    @Test func theDemosAwardRecipientsGroupHoldsTheRecipientsNotAlreadyDelegates() throws {
        let group = demo.delegates.filter { $0.groupKey == RecipientEnrolment.groupKey }
        #expect(group.count == demo.recipients.count - 1)
        #expect(group.allSatisfy { $0.flags.contains(.awardRecipient) })
        // The collectives' representatives keep a place under the collective's name.
        #expect(group.contains { $0.name == "Đại diện UBND xã An Phú" && $0.unit == "Xã An Phú" })
        #expect(group.contains { $0.name == "Hà Hồng Oanh" && $0.title == "Phó Chủ tịch UBND" })
        // The one recipient already on the roster is marked, not listed twice.
        let khanh = demo.delegates.filter { $0.name == "Triệu Hữu Khánh" }
        #expect(khanh.count == 1 && khanh.first?.groupKey == "communes" && khanh.first?.flags.contains(.awardRecipient) == true)
        #expect(!SeatingConflicts.find(demo).contains { $0.kind == .duplicate })
    }

    @Test func everyRecipientHasAFrontAisleSeatInCallingOrder() throws {
        let layout = HallLayout(demo.hall)
        let called = try calledDelegates(demo)
        #expect(called.count == demo.recipients.count)
        let seats = try called.map { delegate in
            try #require(demo.seating.assignment(of: delegate.id).flatMap { layout.seat($0.seat) })
        }
        #expect(seats.allSatisfy { $0.isAisle && !$0.isPresidium })
        // Batch by batch from the stage backwards: nobody called later sits nearer the stage.
        #expect(seats.map(\.rowFromStage) == seats.map(\.rowFromStage).sorted())
        // A block at the front: every aisle seat in the rows before the last recipient's holds a
        // leader, a speaker or a recipient, none of the rest of the hall.
        let lastRow = try #require(seats.last?.rowFromStage)
        let callingOrder = Set(SeatingAssigner.callingOrder(demo, among: demo.delegates).map(\.id))
        let byID = Dictionary(uniqueKeysWithValues: demo.delegates.map { ($0.id, $0) })
        for assignment in demo.seating.assignments {
            guard let seat = layout.seat(assignment.seat), seat.isAisle, !seat.isPresidium, seat.rowFromStage < lastRow else { continue }
            let delegate = try #require(byID[assignment.delegateID])
            #expect(callingOrder.contains(delegate.id) || delegate.groupKey == "leaders", "\(seat.label): \(delegate.name)")
        }
        #expect(SeatingConflicts.find(demo).isEmpty)
    }

    @Test func callingOrderFollowsTheBatchesNotTheListWhenTheyWereRearranged() throws {
        var event = demo
        var plan = AwardCeremony.effectivePlan(event)
        plan.batches.swapAt(0, plan.batches.count - 1)
        event.awardPlan = plan
        let lastBatchFirst = try #require(plan.batches.first?.recipientIDs.first)
        #expect(RecipientEnrolment.callingOrder(event).first?.id == lastBatchFirst)
        let seated = SeatingAssigner.assign(event).assignments
        let layout = HallLayout(event.hall)
        let called = try calledDelegates(event)
        let rows = called.compactMap { delegate in seated.first { $0.delegateID == delegate.id }.flatMap { layout.seat($0.seat)?.rowFromStage } }
        #expect(rows.count == called.count && rows == rows.sorted())
    }

    @Test func enrolmentMakesTheGroupWhenMissingAndMatchesRepresentativesOnTheRoster() {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26))
        event.groups = [ParticipantGroup(id: 1, key: "communes", name: "UBND các xã, phường", order: 1, level: .commune)]
        event.delegates = [Delegate(id: 1, name: "Lò Văn Pao", title: "Chủ tịch UBND", unit: "Xã Y Tý", groupKey: "communes")]
        event.decisions = [AwardDecision(id: 1, number: "1/QĐ", date: event.info.date, signer: "", signerTitle: "", subject: "")]
        event.recipients = [
            AwardRecipient(id: 1, decisionID: 1, order: 1, kind: .collective, name: "UBND xã Y Tý", unit: "Xã Y Tý", form: "Bằng khen", representative: "Lò Văn Pao"),
            AwardRecipient(id: 2, decisionID: 1, order: 2, kind: .collective, name: "Phòng Văn hóa – Xã hội xã Y Tý", unit: "Xã Y Tý", form: "Bằng khen"),
            AwardRecipient(id: 3, decisionID: 1, order: 3, kind: .individual, name: "Sùng A Páo", title: "Công chức", unit: "Xã Y Tý", form: "Bằng khen"),
        ]
        let report = RecipientEnrolment.enrol(&event)
        #expect(report.linked.map(\.id) == [1])
        #expect(report.created.map(\.name) == ["Đại diện Phòng Văn hóa – Xã hội xã Y Tý", "Sùng A Páo"])
        #expect(report.createdGroup?.key == RecipientEnrolment.groupKey)
        #expect(event.groups.last?.name == "Đại biểu điển hình tiên tiến")
        #expect(event.delegates.count == 3 && event.delegates[0].flags.contains(.awardRecipient))
        // A second run finds everyone and changes nothing.
        let again = RecipientEnrolment.enrol(&event)
        #expect(again.isEmpty && event.delegates.count == 3)
    }

    @Test func aRecipientOnTheRosterIsNotAbsentBeforeCheckInBegins() {
        let recipient = AwardRecipient(id: 1, decisionID: 1, order: 1, kind: .individual, name: "Sùng A Páo", unit: "Xã Y Tý", form: "Bằng khen")
        let delegate = Delegate(id: 1, name: "Sùng A Páo", title: "", unit: "Xã Y Tý", groupKey: "awardees")
        #expect(AwardAttendance.isPresent(recipient, delegates: [delegate], checkInDecides: true))
        let doorOpen = Delegate(id: 2, name: "Lò Văn Pao", title: "", unit: "Xã Y Tý", groupKey: "communes", checkedIn: true)
        #expect(!AwardAttendance.isPresent(recipient, delegates: [delegate, doorOpen], checkInDecides: true))
        var arrived = delegate
        arrived.checkedIn = true
        #expect(AwardAttendance.isPresent(recipient, delegates: [arrived, doorOpen], checkInDecides: true))
    }

    /// Seen in a rehearsal: one check-in made every recipient not yet checked in absent, days
    /// before the event. Until the real show begins the door's check-in says nothing of absence.
    @Test func beforeTheRealShowNobodyIsAbsentForNotHavingCheckedIn() {
        let recipient = AwardRecipient(id: 1, decisionID: 1, order: 1, kind: .individual, name: "Sùng A Páo", unit: "Xã Y Tý", form: "Bằng khen")
        let delegate = Delegate(id: 1, name: "Sùng A Páo", title: "", unit: "Xã Y Tý", groupKey: "awardees")
        let doorOpen = Delegate(id: 2, name: "Lò Văn Pao", title: "", unit: "Xã Y Tý", groupKey: "communes", checkedIn: true)
        #expect(AwardAttendance.isPresent(recipient, delegates: [delegate, doorOpen], checkInDecides: false))
        var marked = recipient
        marked.attendance = .absent
        #expect(!AwardAttendance.isPresent(marked, delegates: [delegate, doorOpen], checkInDecides: false))
        #expect(!ShowState().checkInDecidesAttendance)
    }

    @Test func theIntroductionGreetsTheRecipientsWithoutSayingDelegateTwice() {
        var event = demo
        for index in event.delegates.indices where event.delegates[index].groupKey == RecipientEnrolment.groupKey {
            event.delegates[index].checkedIn = true
        }
        let text = DelegateIntroduction.text(event)
        #expect(text.contains("Cùng dự Hội nghị có các đồng chí đại biểu điển hình tiên tiến."), "\(text)")
        #expect(!text.lowercased().contains("đại biểu đại biểu"))
    }

    @Test func aRevisedInvitationListDoesNotDropTheRecipients() {
        // The invitation list names the invited, not the recipients the award list added.
        let invited = demo.delegates.filter { $0.groupKey != RecipientEnrolment.groupKey }.map { delegate -> Delegate in
            var row = delegate
            row.id = 0
            return row
        }
        let revision = RosterRevision(incoming: invited, existing: demo.delegates, awardAttendees: RecipientEnrolment.attendeeIDs(demo))
        #expect(revision.gone.isEmpty && revision.added.isEmpty)
        #expect(RosterRevision(incoming: invited, existing: demo.delegates).gone.count == 40)
    }
}
