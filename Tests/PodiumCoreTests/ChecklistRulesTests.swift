import PodiumCore
import PodiumDemo
import Testing

@Suite struct ChecklistRulesTests {
    let day = CivilDate(year: 2026, month: 3, day: 26)

    func item(_ id: Int64, status: ChecklistItem.Status = .todo, date: CivilDate? = nil, time: ClockTime? = nil,
              gates: Int64? = nil, agency: String = "Sở Nội vụ") -> ChecklistItem {
        ChecklistItem(id: id, title: "Việc \(id)", agency: agency, dueDate: date, dueTime: time, status: status, gatesSegmentID: gates)
    }

    @Test func statusChangesFollowTheRules() throws {
        let blocked = try item(1).applying(.block(reason: "  Chưa có   máy chiếu "))
        #expect(blocked.status == .blocked && blocked.blockedReason == "Chưa có máy chiếu")
        let done = try blocked.applying(.done)
        #expect(done.status == .done && done.blockedReason.isEmpty)
        #expect(try done.applying(.reopen).status == .todo)
        #expect(try item(1).applying(.doing).status == .doing)
        #expect(done.toggleChange == .reopen && item(1).toggleChange == .done)
        #expect(throws: ChecklistRuleError.blockNeedsReason(id: 1)) { try item(1).applying(.block(reason: "  ")) }
    }

    @Test func overdueCountsFromTheDueTimeOrTheEndOfTheDueDay() {
        let now = LocalMoment(date: day, time: ClockTime(hour: 7, minute: 45))
        #expect(item(1, date: day, time: ClockTime(hour: 7, minute: 30)).secondsLate(at: now) == 15 * 60)
        #expect(item(2, date: day, time: ClockTime(hour: 8, minute: 0)).secondsLate(at: now) == nil)
        #expect(item(3, date: day).secondsLate(at: now) == nil)
        let dayBefore = CivilDate(year: 2026, month: 3, day: 25)
        #expect(item(4, date: dayBefore).secondsLate(at: now).map { Lateness(seconds: $0) } == .hours(7))
        let weekBefore = CivilDate(year: 2026, month: 3, day: 19)
        #expect(item(5, date: weekBefore).secondsLate(at: now).map { Lateness(seconds: $0) } == .days(6))
        #expect(item(6, status: .done, date: weekBefore).secondsLate(at: now) == nil)
        // Blocked waits on something else: its reason is shown, not "trễ".
        #expect(item(8, status: .blocked, date: weekBefore).secondsLate(at: now) == nil)
        #expect(item(7).secondsLate(at: now) == nil)
        // Across a month boundary the day count is still right.
        let april = LocalMoment(date: CivilDate(year: 2026, month: 4, day: 1), time: ClockTime(hour: 0, minute: 0, second: 1))
        #expect(item(8, date: CivilDate(year: 2026, month: 3, day: 31)).secondsLate(at: april) == 2)
    }

    @Test func gatingListsOnlyTheOpenItemsOfThatSegment() {
        let items = [item(3, gates: 7), item(1, status: .done, gates: 7), item(2, status: .blocked, gates: 7), item(4, gates: 2), item(5)]
        #expect(ChecklistItem.blocking(segmentID: 7, in: items).map(\.id) == [2, 3])
        #expect(ChecklistGate.gating(segmentID: 7, in: items).map(\.id) == [1, 2, 3])
        #expect(ChecklistItem.blocking(segmentID: 9, in: items).isEmpty)
        let allDone = items.map { var i = $0; i.status = .done; return i }
        #expect(ChecklistItem.blocking(segmentID: 7, in: allDone).isEmpty)
    }

    @Test func segmentsResolveByIdOrTitleWithoutAccents() throws {
        let segments = try DemoEvent.make().segments
        let report = segments.first { $0.title.hasPrefix("Công bố Chỉ số") }
        #expect(try ChecklistGate.resolveSegment("\(report?.id ?? -1)", in: segments) == report)
        #expect(try ChecklistGate.resolveSegment("cong bo chi so", in: segments) == report)
        #expect(throws: ChecklistGate.ResolveError.noMatch("khai mạc sân vận động")) {
            try ChecklistGate.resolveSegment("khai mạc sân vận động", in: segments)
        }
        #expect(throws: ChecklistGate.ResolveError.self) { try ChecklistGate.resolveSegment("nam 2025", in: segments) }
    }

    @Test func dueDatesParseOrSayHowToWriteThem() throws {
        #expect(try ChecklistDueParser.parse("2026-03-25", eventDate: day) == (CivilDate(year: 2026, month: 3, day: 25), nil))
        #expect(try ChecklistDueParser.parse("2026-03-26T07:30", eventDate: day) == (day, ClockTime(hour: 7, minute: 30)))
        #expect(try ChecklistDueParser.parse("26/03/2026 07:30", eventDate: day) == (day, ClockTime(hour: 7, minute: 30)))
        #expect(try ChecklistDueParser.parse("07:15", eventDate: day) == (day, ClockTime(hour: 7, minute: 15)))
        // The form the checklist itself shows, "26/03 07:00", in the event's year.
        #expect(try ChecklistDueParser.parse("26/03 07:00", eventDate: day) == (day, ClockTime(hour: 7, minute: 0)))
        #expect(try ChecklistDueParser.parse("25/03", eventDate: day) == (CivilDate(year: 2026, month: 3, day: 25), nil))
        for bad in ["mai", "2026-02-30", "26/03/2026 25:00", "", "2026-03-26T7h30", "31/02 07:00", "26/ 07:00"] {
            #expect(throws: ChecklistDueParser.Failure(text: bad)) { try ChecklistDueParser.parse(bad, eventDate: day) }
        }
    }

    @Test func groupingKeepsPlanOrderDueOrderAndAttentionOrder() {
        let items = [
            item(1, date: day, time: ClockTime(hour: 8, minute: 0), agency: "B"),
            item(2, status: .blocked, date: CivilDate(year: 2026, month: 3, day: 20), agency: "A"),
            item(3, status: .done, agency: "B"),
            item(4, status: .doing, date: day, time: ClockTime(hour: 7, minute: 0), agency: "A"),
        ]
        let byAgency = ChecklistGroup.make(items, by: .agency)
        #expect(byAgency.map(\.key) == [.agency("B"), .agency("A")])
        #expect(byAgency.map(\.done) == [1, 0] && byAgency[0].fraction == 0.5)
        let byDue = ChecklistGroup.make(items, by: .dueTime)
        #expect(byDue.map(\.key) == [.dueDate(CivilDate(year: 2026, month: 3, day: 20)), .dueDate(day), .dueDate(nil)])
        #expect(byDue[1].items.map(\.id) == [4, 1])
        #expect(ChecklistGroup.make(items, by: .status).map(\.key) == [.status(.blocked), .status(.doing), .status(.todo), .status(.done)])
        #expect(ChecklistGrouping.status.next == .agency)
    }

    @Test func filterIgnoresAccentsAndCase() {
        var slides = item(1)
        slides.title = "Slide báo cáo Chỉ số đã nạp"
        slides.owner = "Phòng CCHC"
        #expect(slides.matches("bao cao") && slides.matches("CHI SO cchc") && slides.matches(""))
        #expect(!slides.matches("bằng khen"))
    }

    @Test func permissionsLetOrganisersEditAndProtocolTick() {
        #expect(Role.organizer.may(.editChecklist) && !Role.protocol.may(.editChecklist))
        #expect(Role.protocol.may(.changeChecklistStatus) && !Role.viewer.may(.changeChecklistStatus))
        #expect(!Role.mc.may(.changeChecklistStatus))
    }
}
