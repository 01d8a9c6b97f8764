import Foundation
import PodiumCore
import Testing

/// The commands decide on the event they are given, with no store: renumbering, the stand-in's
/// seat and the role table are domain rules.
@Suite struct EventCommandTests {
    static let info = EventInfo(
        title: "Hội nghị", planNumber: "12/KH-UBND", date: CivilDate(year: 2026, month: 3, day: 26),
        startTime: ClockTime(hour: 8, minute: 0), windowMinutes: 180, venue: "Hội trường", organiser: "UBND tỉnh"
    )
    static let now = Date(timeIntervalSince1970: 1_774_486_800)

    static func segments(_ count: Int) -> [Segment] {
        (1...count).map { Segment(id: Int64($0 * 10), position: $0, title: "Mục \($0)", kind: .other, plannedSeconds: 600) }
    }

    static func context(_ event: EventData, role: Role = .organizer, nextIDs: [CommandRecord: Int64] = [:]) -> CommandContext {
        CommandContext(event: event, role: role, operatorName: "Lan", now: now, nextIDs: nextIDs)
    }

    static func positions(_ decision: CommandDecision) -> [Int64: Int] {
        var result: [Int64: Int] = [:]
        for case .segment(let segment) in decision.changes.updates { result[segment.id] = segment.position }
        return result
    }

    @Test func deletingASegmentMovesTheLaterOnesUpAndUngatesItsItems() throws {
        var event = EventData(info: Self.info, segments: Self.segments(4))
        event.checklist = [ChecklistItem(id: 7, title: "Âm thanh", agency: "Văn phòng", gatesSegmentID: 20)]
        let decision = try AgendaCommand.delete(id: 20).decided(Self.context(event))
        #expect(decision.changes.deletes == [.segment(id: 20)])
        #expect(Self.positions(decision) == [30: 2, 40: 3])
        var ungated = event.checklist[0]
        ungated.gatesSegmentID = nil
        #expect(decision.changes.updates.contains(.checklistItem(ungated)))
        #expect(decision.facts == [.agenda(.deleted(segmentID: 20, title: "Mục 2", position: 2, ungated: [7]))])
    }

    @Test func movingASegmentRenumbersOneToNAndClampsThePosition() throws {
        let event = EventData(info: Self.info, segments: Self.segments(4))
        let decision = try AgendaCommand.move(id: 40, toPosition: 1).decided(Self.context(event))
        #expect(Self.positions(decision) == [40: 1, 10: 2, 20: 3, 30: 4])
        #expect(decision.facts == [.agenda(.moved(segmentID: 40, from: 4, to: 1))])
        let far = try AgendaCommand.move(id: 10, toPosition: 99).decided(Self.context(event))
        #expect(Self.positions(far) == [20: 1, 30: 2, 40: 3, 10: 4])
        #expect(far.facts == [.agenda(.moved(segmentID: 10, from: 1, to: 4))])
    }

    @Test func aMissingSegmentIsRefused() {
        let event = EventData(info: Self.info, segments: Self.segments(2))
        #expect(throws: CommandRefusal.noSuchRecord(.segment, id: 5)) { try AgendaCommand.delete(id: 5).decided(Self.context(event)) }
        #expect(throws: CommandRefusal.noSuchRecord(.segment, id: 5)) { try AgendaCommand.move(id: 5, toPosition: 1).decided(Self.context(event)) }
    }

    @Test func aNewRecordTakesTheNextIDAndIsJournaledAsCreated() throws {
        let event = EventData(info: Self.info, segments: Self.segments(2))
        let new = Segment(id: 0, position: 3, title: "Bế mạc", kind: .closing, plannedSeconds: 300)
        let decision = try AgendaCommand.save(new).decided(Self.context(event, nextIDs: [.segment: 31]))
        var saved = new
        saved.id = 31
        #expect(decision.changes.inserts == [.segment(saved)])
        #expect(decision.facts == [.agenda(.created(FieldChanges(record: saved, id: 31)))])
    }

    @Test func aStandInIsNormalisedJoinsTheGroupAndTakesTheAbsentDelegatesSeat() throws {
        let absent = Delegate(id: 5, name: "Nguyễn Văn An", title: "Giám đốc Sở", unit: "Sở Nội vụ", groupKey: "so", flags: .awardRecipient)
        let other = Delegate(id: 6, name: "Lê Thị Bình", title: "Phó Giám đốc", unit: "Sở Tài chính", groupKey: "so")
        var event = EventData(info: Self.info, delegates: [absent, other])
        event.seating = SeatingPlan(assignments: [
            SeatAssignment(delegateID: 5, seat: "A1-01", locked: true, reason: PlacementReason(kind: .block, groupKey: "so")),
            SeatAssignment(delegateID: 6, seat: "A1-02", reason: PlacementReason(kind: .block, groupKey: "so")),
        ])
        let command = RosterCommand.standIn(for: 5, name: "  Trần   Văn Cường ", title: "Phó Giám đốc Sở", unit: "")
        let decision = try command.decided(Self.context(event, role: .protocol, nextIDs: [.delegate: 9]))
        guard case .delegate(let standIn)? = decision.changes.inserts.first else { Issue.record("no stand-in inserted"); return }
        #expect(standIn.id == 9 && standIn.name == "Trần Văn Cường" && standIn.unit == "Sở Nội vụ" && standIn.groupKey == "so")
        #expect(standIn.standInFor == "Nguyễn Văn An" && standIn.checkedIn && standIn.flags == .awardRecipient)
        let seats = try #require(decision.changes.seatAssignments)
        #expect(seats.first { $0.delegateID == 9 }?.seat == "A1-01")
        #expect(seats.first { $0.delegateID == 9 }?.locked == true)
        #expect(!seats.contains { $0.delegateID == 5 })
        #expect(seats.first { $0.delegateID == 6 }?.seat == "A1-02")
        #expect(decision.facts == [.roster(.standIn(delegateID: 9, name: "Trần Văn Cường", title: "Phó Giám đốc Sở", standingInFor: "Nguyễn Văn An", seat: "A1-01"))])
    }

    @Test func aStandInWithoutANameOrAnAbsentDelegateIsRefused() {
        let absent = Delegate(id: 5, name: "Nguyễn Văn An", title: "Giám đốc Sở", unit: "Sở Nội vụ", groupKey: "so")
        let event = EventData(info: Self.info, delegates: [absent])
        #expect(throws: CommandRefusal.standInNeedsName) {
            try RosterCommand.standIn(for: 5, name: "   ", title: "", unit: "").decided(Self.context(event))
        }
        #expect(throws: CommandRefusal.noSuchRecord(.delegate, id: 4)) {
            try RosterCommand.standIn(for: 4, name: "Ai", title: "", unit: "").decided(Self.context(event))
        }
    }

    @Test func aStandInForSomeoneWithoutASeatChangesNoSeat() throws {
        let absent = Delegate(id: 5, name: "Nguyễn Văn An", title: "Giám đốc Sở", unit: "Sở Nội vụ", groupKey: "so")
        let decision = try RosterCommand.standIn(for: 5, name: "Trần Văn Cường", title: "", unit: "Sở Y tế")
            .decided(Self.context(EventData(info: Self.info, delegates: [absent]), nextIDs: [.delegate: 6]))
        #expect(decision.changes.seatAssignments == nil)
        #expect(decision.facts == [.roster(.standIn(delegateID: 6, name: "Trần Văn Cường", title: "", standingInFor: "Nguyễn Văn An", seat: nil))])
    }

    @Test func checklistStatusRulesAndUnchangedItems() throws {
        let item = ChecklistItem(id: 3, title: "Âm thanh", agency: "Văn phòng")
        let event = EventData(info: Self.info, checklist: [item])
        let done = try ChecklistCommand.changeStatus(id: 3, .done).decided(Self.context(event))
        var ticked = item
        ticked.status = .done
        #expect(done.changes.updates == [.checklistItem(ticked)])
        #expect(done.facts == [.checklist(.statusChanged(FieldChanges(from: item, to: ticked, id: 3)))])
        #expect(throws: CommandRefusal.refused(.checklist(.blockNeedsReason(id: 3)))) {
            try ChecklistCommand.changeStatus(id: 3, .block(reason: " ")).decided(Self.context(event))
        }
        #expect(try ChecklistCommand.changeStatus(id: 3, .reopen).decided(Self.context(event)) == .nothing)
    }

    @Test func theRoleTableIsCheckedOnceForEveryCommand() {
        #expect(throws: Refusal.notAllowed(.mc, .editChecklist)) { try EventCommand.checklist(.delete(id: 1)).authorize(.mc) }
        #expect(throws: Refusal.notAllowed(.viewer, .changeChecklistStatus)) {
            try EventCommand.checklist(.changeStatus(id: 1, .done)).authorize(.viewer)
        }
        #expect(throws: Refusal.notAllowed(.organizer, .editSeating)) { try EventCommand.seating(.autoAssign).authorize(.organizer) }
        #expect(throws: Refusal.notAllowed(.mc, .markAttendance)) {
            try EventCommand.roster(.standIn(for: 1, name: "A", title: "", unit: "")).authorize(.mc)
        }
        #expect(throws: Refusal.notAllowed(.protocol, .runCeremony)) { try EventCommand.awards(.step(.nextBatch)).authorize(.protocol) }
        #expect(throws: Never.self) { try EventCommand.checklist(.changeStatus(id: 1, .done)).authorize(.protocol) }
        #expect(throws: Never.self) { try EventCommand.seating(.autoAssign).authorize(.protocol) }
        // Each capability's command is refused exactly to the roles the table leaves out.
        for role in Role.allCases {
            let allowed = (try? EventCommand.speakers(.restore(id: 1)).authorize(role)) != nil
            #expect(allowed == role.may(.editSpeakers))
        }
    }
}
