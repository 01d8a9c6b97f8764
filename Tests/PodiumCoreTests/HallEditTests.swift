import PodiumCore
import PodiumDemo
import Testing

@Suite struct HallEditTests {
    private let hall = Hall(name: "Hội trường", presidiumSeats: 5, sections: [
        HallSection(name: "A", rows: 3, seatsPerRow: 4, unusable: [SeatPosition(row: 3, seat: 4)]),
        HallSection(name: "B", rows: 2, seatsPerRow: 6, innerAisles: [3]),
    ])

    @Test func presidiumMustHaveOneToTwentyFiveSeats() throws {
        #expect(try HallEdit.setPresidium(9, in: hall).presidiumSeats == 9)
        #expect(throws: HallEditError.presidiumOutOfRange(0)) { try HallEdit.setPresidium(0, in: hall) }
        #expect(throws: HallEditError.presidiumOutOfRange(26)) { try HallEdit.setPresidium(26, in: hall) }
    }

    @Test func addSectionGoesOnTheRightWithItsAisles() throws {
        let changed = try HallEdit.addSection(name: " C ", rows: 2, seatsPerRow: 8, innerAisles: [4], to: hall)
        #expect(changed.sections.map(\.name) == ["A", "B", "C"])
        #expect(changed.sections[2].innerAisles == [4])
        #expect(changed.seatCount == hall.seatCount + 16)
    }

    @Test func addSectionRefusesEmptyDuplicateAndZeroSizes() {
        #expect(throws: HallEditError.emptySectionName) { try HallEdit.addSection(name: "  ", rows: 1, seatsPerRow: 1, to: hall) }
        #expect(throws: HallEditError.duplicateSectionName("b")) { try HallEdit.addSection(name: "b", rows: 1, seatsPerRow: 1, to: hall) }
        #expect(throws: HallEditError.noRows("C")) { try HallEdit.addSection(name: "C", rows: 0, seatsPerRow: 5, to: hall) }
        #expect(throws: HallEditError.noSeats("C")) { try HallEdit.addSection(name: "C", rows: 5, seatsPerRow: 0, to: hall) }
        #expect(throws: HallEditError.innerAisleOutside("C", aisle: 5, seatsPerRow: 5)) {
            try HallEdit.addSection(name: "C", rows: 5, seatsPerRow: 5, innerAisles: [5], to: hall)
        }
    }

    @Test func rowsAndSeatsChangeAtTheBackAndTheEnd() throws {
        let fewer = try HallEdit.changeRows(ofSection: 0, by: -1, in: hall)
        #expect(fewer.sections[0].rows == 2)
        #expect(fewer.sections[0].unusable.isEmpty)  // the pillar's row went with it
        let wider = try HallEdit.changeSeats(ofSection: 1, by: 1, in: hall)
        #expect(wider.sections[1].seatsPerRow == 7)
        let narrow = try HallEdit.changeSeats(ofSection: 1, by: -3, in: hall)
        #expect(narrow.sections[1].innerAisles.isEmpty)
        #expect(throws: HallEditError.lastRow("B")) { try HallEdit.changeRows(ofSection: 1, by: -2, in: hall) }
        #expect(throws: HallEditError.lastSeat("A")) { try HallEdit.changeSeats(ofSection: 0, by: -4, in: hall) }
        #expect(throws: HallEditError.noSuchSection(5)) { try HallEdit.changeRows(ofSection: 5, by: 1, in: hall) }
    }

    @Test func toggleUsableFlipsAHallSeatButNotThePresidium() throws {
        let layout = HallLayout(hall)
        let seat = try #require(layout.seat("A1-02"))
        let marked = try HallEdit.toggleUsable(seat, in: hall)
        #expect(HallLayout(marked).seat("A1-02")?.isUsable == false)
        #expect(try HallEdit.toggleUsable(seat, in: marked) == hall)
        let presidium = try #require(layout.seat("P1"))
        #expect(throws: HallEditError.notAHallSeat) { try HallEdit.toggleUsable(presidium, in: hall) }
    }

    @Test func removingASectionUnseatsOnlyItsDelegates() throws {
        let plan = SeatingPlan(assignments: [
            SeatAssignment(delegateID: 1, seat: "P1", reason: PlacementReason(kind: .presidium)),
            SeatAssignment(delegateID: 2, seat: "A1-01", reason: PlacementReason(kind: .block)),
            SeatAssignment(delegateID: 3, seat: "B2-06", locked: true, reason: PlacementReason(kind: .manual)),
        ])
        let smaller = try HallEdit.removeSection(1, from: hall)
        #expect(HallEdit.displaced(plan, in: smaller).map(\.delegateID) == [3])
        #expect(HallEdit.keepingSeated(plan, in: smaller).assignments.map(\.delegateID) == [1, 2])
        #expect(throws: HallEditError.noSuchSection(2)) { try HallEdit.removeSection(2, from: hall) }
    }

    @Test func shortfallCountsDelegatesWithoutASeat() {
        #expect(hall.seatCount == 5 + 11 + 12)
        #expect(HallEdit.shortfall(delegates: 30, in: hall) == 2)
        #expect(HallEdit.shortfall(delegates: 10, in: hall) == 0)
    }
}

/// Seen in a rehearsal: sections named "Khu A" and "Khu B" (with a space) left every seat of
/// theirs unfindable: auto-seat placed everyone, yet each showed as on a seat no longer in use.
@Suite struct SectionNamedWithASpaceTests {
    @Test func seatsOfASectionWhoseNameHasASpaceAreFoundAndFilled() throws {
        var event = try DemoEvent.make()
        var hall = Hall(name: "Hội trường", presidiumSeats: 7, sections: [])
        hall = try HallEdit.addSection(name: "Khu A", rows: 16, seatsPerRow: 10, to: hall)
        hall = try HallEdit.addSection(name: "Khu B", rows: 16, seatsPerRow: 10, to: hall)
        event.hall = hall
        let layout = HallLayout(hall)
        let seat = try #require(layout.seats.first { $0.label.hasPrefix("Khu B") })
        #expect(layout.index(of: seat.label) != nil && layout.index(of: seat.label.lowercased()) != nil)
        #expect(layout.index(of: "khub1-1") == layout.index(of: "Khu B1-01"))
        event.seating.assignments = SeatingAssigner.assign(event).assignments
        #expect(!event.seating.assignments.isEmpty)
        let missing = SeatingConflicts.find(event).filter { if case .missingSeat = $0 { true } else { false } }
        #expect(missing.isEmpty, "\(missing.count) delegates on seats the hall does not have")
        #expect(throws: HallEditError.duplicateSectionName("KhuA")) { try HallEdit.addSection(name: "KhuA", rows: 1, seatsPerRow: 1, to: hall) }
    }
}
