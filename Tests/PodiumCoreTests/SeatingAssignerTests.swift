import PodiumCore
import PodiumDemo
import Testing

@Suite struct SeatingAssignerTests {
    let demo: EventData
    init() throws { demo = try DemoEvent.make() }

    private func seat(of name: String, in assignments: [SeatAssignment], _ event: EventData) -> String? {
        guard let id = event.delegates.first(where: { $0.name == name })?.id else { return nil }
        return assignments.first { $0.delegateID == id }?.seat
    }

    @Test func isDeterministicAndSeatsTheWholeDemoRoster() {
        let first = SeatingAssigner.assign(demo)
        let second = SeatingAssigner.assign(demo)
        #expect(first == second)
        #expect(first.unseated.isEmpty)
        #expect(Set(first.assignments.map(\.seat)).count == demo.delegates.count)
        #expect(SeatingConflicts.find(demo).isEmpty)
    }

    @Test func presidiumIsCentreThenAlternatingFromTheStage() {
        let plan = SeatingAssigner.assign(demo).assignments
        // The Party secretary in the centre of seven; number 2 on her right seen from the stage.
        #expect(seat(of: "Hà Thu Hoa", in: plan, demo) == "P4")
        #expect(seat(of: "Tẩn Thanh Tuấn", in: plan, demo) == "P3")
        #expect(seat(of: "Triệu Mạnh Lử", in: plan, demo) == "P5")
        let presidium = plan.filter { $0.reason.kind == .presidium }
        #expect(presidium.count == 7)
        var audience = demo
        audience.seating.settings.viewpoint = .audience
        let mirrored = SeatingAssigner.assign(audience).assignments
        #expect(seat(of: "Tẩn Thanh Tuấn", in: mirrored, audience) == "P5")
    }

    @Test func remainingLeadersTakeTheFrontRowAndSpeakersTheAisles() {
        let plan = SeatingAssigner.assign(demo).assignments
        let layout = HallLayout(demo.hall)
        let leaderRow = plan.filter { $0.reason.kind == .leaderRow }
        #expect(leaderRow.count == 1)
        #expect(leaderRow.allSatisfy { layout.seat($0.seat)?.rowFromStage == 1 })
        let called = plan.filter { $0.reason.kind == .callingOrder }.sorted { $0.reason.order < $1.reason.order }
        #expect(!called.isEmpty)
        #expect(called.allSatisfy { layout.seat($0.seat)?.isAisle == true })
        #expect(seat(of: "Đinh Thu Nhung", in: plan, demo) == called.first?.seat)
        let press = plan.filter { $0.reason.kind == .press }
        #expect(press.count == 4)
        #expect(press.allSatisfy { layout.seat($0.seat)?.section == "C" })
    }

    @Test func lockedSeatsAreKeptAcrossReRuns() {
        var event = demo
        let commune = event.delegates.last { $0.groupKey == "communes" }
        let id = commune?.id ?? 0
        event.seating.assignments = [
            SeatAssignment(delegateID: id, seat: "P4", locked: true, reason: PlacementReason(kind: .manual)),
        ]
        let once = SeatingAssigner.assign(event)
        #expect(once.assignments.first { $0.delegateID == id }?.seat == "P4")
        #expect(seat(of: "Hà Thu Hoa", in: once.assignments, event) == "P3")
        event.seating.assignments = once.assignments
        let twice = SeatingAssigner.assign(event)
        #expect(twice.assignments.first { $0.delegateID == id }?.seat == "P4")
        #expect(twice.assignments.first { $0.delegateID == id }?.locked == true)
    }

    @Test func aStandInIsSeatedByTheirOwnRank() {
        var event = demo
        let chairID = event.delegates.first { $0.name == "Hà Quang Anh" }?.id ?? 0
        event.delegates.removeAll { $0.id == chairID }
        event.delegates.append(Delegate(
            id: 9_999, name: "Người Thay Thế", title: "Giám đốc Sở Nội vụ", unit: "Sở Nội vụ", groupKey: "leaders",
            standInFor: "Hà Quang Anh"
        ))
        let plan = SeatingAssigner.assign(event).assignments
        let standIn = plan.first { $0.delegateID == 9_999 }
        // Ranked as a department director, the stand-in comes after every provincial leader.
        #expect(standIn?.reason.precedence == 8)
        #expect(standIn?.reason.kind == .leaderRow)
    }

    @Test func aHallTooSmallLeavesTheJuniorUnseated() {
        var event = demo
        event.hall = Hall(name: "small", presidiumSeats: 3, sections: [HallSection(name: "A", rows: 2, seatsPerRow: 5)])
        let result = SeatingAssigner.assign(event)
        #expect(result.assignments.count == 13)
        #expect(result.unseated.count == event.delegates.count - 13)
        #expect(SeatingConflicts.find(event).contains(.overCapacity(delegates: event.delegates.count, seats: 13)))
    }
}

@Suite struct SeatingConflictTests {
    let demo: EventData
    init() throws { demo = try DemoEvent.make() }

    private func kinds(_ event: EventData) -> Set<SeatingConflict.Kind> {
        Set(SeatingConflicts.find(event).map(\.kind))
    }

    @Test func findsEveryKind() {
        var event = demo
        let plan = event.seating.assignments
        let leaderID = plan.first { $0.reason.kind == .leaderRow }?.delegateID
        let leader = event.delegates.first { $0.id == leaderID }
        let speaker = event.delegates.first { $0.name == "Hầu Đức Việt" }
        let commune = event.delegates.first { $0.groupKey == "communes" }
        let unseated = event.delegates.last { $0.groupKey == "communes" }
        for index in event.seating.assignments.indices {
            let id = event.seating.assignments[index].delegateID
            if id == leader?.id { event.seating.assignments[index].seat = "B10-05" }
            if id == speaker?.id { event.seating.assignments[index].seat = "B9-05" }
            if id == commune?.id { event.seating.assignments[index].seat = "Z9-99" }
        }
        event.seating.assignments.removeAll { $0.delegateID == unseated?.id }
        if let speakerSeat = event.seating.assignments.first(where: { $0.delegateID == speaker?.id }) {
            event.seating.assignments.append(SeatAssignment(delegateID: unseated?.id ?? 0, seat: speakerSeat.seat, reason: PlacementReason(kind: .manual)))
        }
        if let copy = event.delegates.first {
            event.delegates.append(Delegate(id: 5_000, name: "ha thu  hoa", title: copy.title, unit: copy.unit.uppercased(), groupKey: copy.groupKey))
        }
        event.hall.sections = [HallSection(name: "A", rows: 1, seatsPerRow: 2), HallSection(name: "B", rows: 10, seatsPerRow: 12)]
        // Check-in has begun and the speakers have not arrived.
        if let first = event.delegates.indices.first(where: { event.delegates[$0].groupKey == "communes" }) { event.delegates[first].checkedIn = true }
        let found = kinds(event)
        #expect(found == Set(SeatingConflict.Kind.allCases))
    }

    @Test func searchIgnoresAccentsAndAmbiguityListsCandidates() throws {
        var event = demo
        event.delegates.append(Delegate(id: 7_000, name: "Ngô Hạnh Phúc", title: "Chuyên viên", unit: "Sở Nội vụ", groupKey: "departments"))
        #expect(DelegateSearch.matches("ngo hanh phuc", in: event.delegates).map(\.id) == [7_000])
        #expect(throws: SeatingEditError.self) { try DelegateSearch.one("Tuấn", in: event.delegates) }
        do {
            _ = try DelegateSearch.one("Tuấn", in: event.delegates)
        } catch {
            #expect(String(describing: error).contains("Tẩn Thanh Tuấn"))
        }
    }

    /// Two delegates of the same name: the refusal lists each with its number, and the number picks one.
    @Test func namesakesAreToldApartByTheirNumber() throws {
        var event = demo
        event.delegates.append(Delegate(id: 7_000, name: "Ngô Hạnh Phúc", title: "Chuyên viên", unit: "Sở Nội vụ", groupKey: "departments"))
        event.delegates.append(Delegate(id: 7_001, name: "Ngô Hạnh Phúc", title: "Phó Trưởng phòng", unit: "Sở Tư pháp", groupKey: "departments"))
        #expect(throws: SeatingEditError.ambiguousDelegate(
            "ngo hanh phuc", count: 2, candidates: ["#7000 Ngô Hạnh Phúc (Chuyên viên, Sở Nội vụ)", "#7001 Ngô Hạnh Phúc (Phó Trưởng phòng, Sở Tư pháp)"]
        )) { try DelegateSearch.one("ngo hanh phuc", in: event.delegates) }
        #expect(try DelegateSearch.one(" #7001", in: event.delegates).unit == "Sở Tư pháp")
    }

    @Test func editsRefuseLockedAndMissingSeats() throws {
        var event = demo
        let layout = HallLayout(event.hall)
        event.seating = try SeatingEdit.setLocked(true, seat: "P4", in: event, layout: layout)
        #expect(throws: SeatingEditError.self) { try SeatingEdit.swap("P4", "P3", in: event, layout: layout) }
        #expect(throws: SeatingEditError.noSuchSeat("Q9")) { try SeatingEdit.unassign("Q9", in: event, layout: layout) }
        let swapped = try SeatingEdit.swap("P3", "p5", in: event, layout: layout)
        let before = event.seating.bySeat(), after = swapped.bySeat()
        #expect(before["P3"]?.first?.delegateID == after["P5"]?.first?.delegateID)
        #expect(after["P5"]?.first?.reason.kind == .manual)
    }
}
