import Foundation
import PodiumCore
import Testing

/// The seating commands and the group edit decide on the event they are given, with no store:
/// the plan, the parts replaced whole, the facts and the refusals are domain rules.
@Suite struct SeatingCommandTests {
    /// Two presidium seats and one section of two rows of three: eight seats.
    static let hall = Hall(name: "Hội trường", presidiumSeats: 2, sections: [HallSection(name: "A", rows: 2, seatsPerRow: 3)])

    static let groups = [
        ParticipantGroup(id: 1, key: "leaders", name: "Lãnh đạo tỉnh", order: 1, level: .province),
        ParticipantGroup(id: 2, key: "departments", name: "Sở, ban, ngành", order: 2, level: .province),
        ParticipantGroup(id: 3, key: "communes", name: "Xã, phường", order: 3, level: .commune),
    ]

    static func event(delegates count: Int = 6) -> EventData {
        let delegates = (1...count).map { id in
            Delegate(id: Int64(id), name: "Đại biểu \(id)", title: id <= 2 ? "Chủ tịch" : "Chuyên viên", unit: "Đơn vị \(id)",
                     groupKey: id <= 2 ? "leaders" : id <= 4 ? "departments" : "communes")
        }
        return EventData(info: EventCommandTests.info, groups: groups, delegates: delegates, hall: hall)
    }

    static func context(_ event: EventData, journal: [JournalEntry] = []) -> CommandContext {
        CommandContext(event: event, journal: journal, role: .protocol, operatorName: "Hoa", now: EventCommandTests.now)
    }

    static func entry(_ id: Int64, _ fact: JournalFact) -> JournalEntry {
        JournalEntry(id: id, time: EventCommandTests.now, operatorName: "Hoa", role: .protocol, fact: fact)
    }

    @Test func aMoveGivesTheNewAssignmentsAndItsFact() throws {
        let event = Self.event()
        let decision = try SeatingCommand.edit(.move(delegateID: 3, seat: "a1-02")).decided(Self.context(event))
        let expected = try SeatingChange.move(delegateID: 3, seat: "a1-02").applied(to: event)
        #expect(decision.changes.seatAssignments == expected.plan.assignments)
        #expect(decision.changes.seatAssignments?.map(\.delegateID) == [3])
        #expect(decision.changes.rankTable == nil && decision.changes.seatingSettings == nil && decision.changes.hall == nil)
        #expect(decision.facts == [.seating(.assigned(delegateID: 3, seat: "A1-02"))])
    }

    @Test func aRefusedEditCarriesTheSeatingReason() {
        let event = Self.event()
        #expect(throws: CommandRefusal.refused(.seating(.noSuchSeat("Z9-99")))) {
            try SeatingCommand.edit(.move(delegateID: 3, seat: "Z9-99")).decided(Self.context(event))
        }
        #expect(throws: CommandRefusal.refused(.seating(.noSuchDelegate("#99")))) {
            try SeatingCommand.edit(.move(delegateID: 99, seat: "A1-01")).decided(Self.context(event))
        }
    }

    @Test func autoAssignmentKeepsThePlanItReplacesInItsFact() throws {
        var event = Self.event(delegates: 10)
        let before = [SeatAssignment(delegateID: 7, seat: "A2-03", locked: true, reason: PlacementReason(kind: .manual))]
        event.seating.assignments = before
        let decision = try SeatingCommand.autoAssign.decided(Self.context(event))
        let (plan, unseated) = SeatingEdit.auto(event)
        #expect(decision.changes.seatAssignments == plan.assignments)
        #expect(plan.assignments.count == 8 && unseated.count == 2)
        #expect(decision.facts == [.seating(.autoAssigned(seated: 8, unseated: 2, locked: 1, before: before))])
        // The result names the unseated as the assigner does, most senior first.
        #expect(SeatingCommand.unseated(by: plan, in: event) == unseated)
    }

    @Test func undoPutsBackThePlanTheLastAutoAssignmentReplaced() throws {
        let event = Self.event(delegates: 4)
        let before = [
            SeatAssignment(delegateID: 2, seat: "P1", reason: PlacementReason(kind: .manual)),
            SeatAssignment(delegateID: 9, seat: "P2", reason: PlacementReason(kind: .manual)),
        ]
        let journal = [
            Self.entry(4, .seating(.assigned(delegateID: 2, seat: "P1"))),
            Self.entry(5, .seating(.autoAssigned(seated: 4, unseated: 0, locked: 0, before: before))),
            // Rank and settings changes move nobody: the assignment is still the last seat change.
            Self.entry(6, .seating(.settingsChanged(FieldChanges(record: SeatingSettings(), id: nil)))),
        ]
        let decision = try SeatingCommand.undoAutoAssign.decided(Self.context(event, journal: journal))
        // Delegate 9 has left the roster since.
        #expect(decision.changes.seatAssignments == [before[0]])
        #expect(decision.facts == [.seating(.autoUndone(undoes: 5, seated: 1))])
    }

    @Test func undoIsRefusedWithoutAnAssignmentOrAfterALaterSeatChange() {
        let event = Self.event(delegates: 4)
        let auto = Self.entry(5, .seating(.autoAssigned(seated: 4, unseated: 0, locked: 0, before: [])))
        #expect(throws: CommandRefusal.noAutoAssignmentToUndo) { try SeatingCommand.undoAutoAssign.decided(Self.context(event)) }
        let moved = [auto, Self.entry(6, .seating(.swapped("P1", "P2")))]
        #expect(throws: CommandRefusal.noAutoAssignmentToUndo) {
            try SeatingCommand.undoAutoAssign.decided(Self.context(event, journal: moved))
        }
        let standIn = [auto, Self.entry(7, .roster(.standIn(delegateID: 5, name: "B", title: "", standingInFor: "A", seat: "P1")))]
        #expect(throws: CommandRefusal.noAutoAssignmentToUndo) {
            try SeatingCommand.undoAutoAssign.decided(Self.context(event, journal: standIn))
        }
        // An assignment this build cannot read back cannot be put back either.
        let unreadable = [Self.entry(8, .unrecognised(name: "seat.auto", fields: [:]))]
        #expect(throws: CommandRefusal.autoAssignmentNotKept(entryID: 8)) {
            try SeatingCommand.undoAutoAssign.decided(Self.context(event, journal: unreadable))
        }
    }

    @Test func theRankTableAndTheSettingsAreReplacedWhole() throws {
        let event = Self.event()
        var table = RankTable.standard
        table.unmatchedRank = 42
        let ranks = try SeatingCommand.rankTable(table).decided(Self.context(event))
        #expect(ranks.changes == RecordChanges(rankTable: table))
        #expect(ranks.facts == [.seating(.ranksChanged(rules: table.rules.count, unmatchedRank: 42))])
        let settings = SeatingSettings(leaderRows: 2, pressSide: .left)
        let changed = try SeatingCommand.settings(settings).decided(Self.context(event))
        #expect(changed.changes == RecordChanges(seatingSettings: settings))
        // Written whole, journalled by what changed; the same settings again change nothing.
        #expect(changed.facts == [.seating(.settingsChanged(FieldChanges(id: nil, values: ["leader_rows": .int(2), "press_side": .string("left")])))])
        var seated = event
        seated.seating.settings = settings
        #expect(try SeatingCommand.settings(settings).decided(Self.context(seated)) == .nothing)
    }

    @Test func aSmallerHallUnseatsTheDelegatesOnSeatsItLacks() throws {
        var event = Self.event(delegates: 3)
        event.seating.assignments = [
            SeatAssignment(delegateID: 1, seat: "P1", reason: PlacementReason(kind: .presidium)),
            SeatAssignment(delegateID: 2, seat: "A2-03", reason: PlacementReason(kind: .block)),
        ]
        let smaller = Hall(name: "Hội trường", presidiumSeats: 2, sections: [HallSection(name: "A", rows: 1, seatsPerRow: 3)])
        let decision = try SeatingCommand.hall(smaller).decided(Self.context(event))
        #expect(decision.changes.hall == smaller)
        #expect(decision.changes.seatAssignments == [event.seating.assignments[0]])
        #expect(decision.facts == [.seating(.hallChanged(sections: 1, presidium: 2, seats: 5, unseated: 1))])
        // A hall that keeps every seat leaves the plan alone.
        let same = try SeatingCommand.hall(Self.hall).decided(Self.context(event))
        #expect(same.changes == RecordChanges(hall: Self.hall))
        #expect(same.facts == [.seating(.hallChanged(sections: 1, presidium: 2, seats: 8, unseated: 0))])
    }

    @Test func aGroupEditUpdatesTheGroupsItRenumbersAndTheSettingsNamingItsBlock() throws {
        let event = Self.event()
        let edit = GroupEdit(groupKey: "communes", shortLabel: "Xã", order: 1, block: .press)
        let decision = try RosterCommand.group(edit).decided(Self.context(event))
        let changed = try edit.applied(to: event)
        // Every group moves: the communes to the top, the others down one.
        #expect(decision.changes.updates == changed.groups.map(RecordChanges.Record.participantGroup))
        #expect(decision.changes.seatingSettings == changed.seating.settings)
        #expect(decision.changes.seatingSettings?.pressGroups == ["press", "communes"])
        #expect(decision.facts == [.imports(.replaced(.groups, ImportFact.Counts(groups: 3)))])
        #expect(RosterCommand.applying(decision.changes, toGroupsOf: event) == changed)
    }

    @Test func aGroupEditChangingOneGroupUpdatesOnlyThatGroup() throws {
        let event = Self.event()
        let decision = try RosterCommand.group(GroupEdit(groupKey: "departments", name: "Các sở")).decided(Self.context(event))
        var renamed = Self.groups[1]
        renamed.name = "Các sở"
        #expect(decision.changes == RecordChanges(updates: [.participantGroup(renamed)]))
        #expect(RosterCommand.applying(decision.changes, toGroupsOf: event).groups == [Self.groups[0], renamed, Self.groups[2]])
    }

    @Test func aRefusedGroupEditCarriesTheGroupProblem() {
        let event = Self.event()
        #expect(throws: CommandRefusal.refused(.group(.noSuchGroup("press")))) {
            try RosterCommand.group(GroupEdit(groupKey: "press", name: "Báo chí")).decided(Self.context(event))
        }
        #expect(throws: CommandRefusal.refused(.group(.nameTaken("Lãnh đạo tỉnh")))) {
            try RosterCommand.group(GroupEdit(groupKey: "communes", name: "lãnh đạo  tỉnh")).decided(Self.context(event))
        }
        #expect(throws: CommandRefusal.refused(.group(.badOrder("9", count: 3)))) {
            try RosterCommand.group(GroupEdit(groupKey: "communes", order: 9)).decided(Self.context(event))
        }
    }
}
