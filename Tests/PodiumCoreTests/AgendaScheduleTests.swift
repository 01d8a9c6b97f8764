import PodiumCore
import Testing

@Suite struct AgendaScheduleTests {
    let info = EventInfo(title: "T", planNumber: "", date: CivilDate(year: 2026, month: 3, day: 26),
                         startTime: ClockTime(hour: 8, minute: 0), windowMinutes: 60, venue: "", organiser: "")

    func segment(_ id: Int64, minutes: Int, fixed: ClockTime? = nil) -> Segment {
        Segment(id: id, position: Int(id), title: "S\(id)", kind: .other, plannedSeconds: minutes * 60, fixedStart: fixed)
    }

    @Test func laysSegmentsEndToEndFromTheStart() {
        let schedule = AgendaSchedule(segments: [segment(2, minutes: 20), segment(1, minutes: 10)], info: info)
        #expect(schedule.slots.map(\.start.hhmm) == ["08:00", "08:10"])
        #expect(schedule.end.hhmm == "08:30")
        #expect(schedule.overrunSeconds == 0)
    }

    @Test func flagsGapAndOverlapAgainstFixedStarts() {
        let gap = AgendaSchedule(segments: [segment(1, minutes: 10), segment(2, minutes: 10, fixed: ClockTime(hour: 8, minute: 15))], info: info)
        #expect(gap.slots[1].hasGap && gap.slots[1].slackBeforeFixedStart == 300)
        #expect(gap.slots[1].start.hhmm == "08:15")
        let overlap = AgendaSchedule(segments: [segment(1, minutes: 30), segment(2, minutes: 40, fixed: ClockTime(hour: 8, minute: 20))], info: info)
        #expect(overlap.slots[1].hasOverlap && overlap.slots[1].slackBeforeFixedStart == -600)
        #expect(overlap.overrunSeconds == 0)
        let over = AgendaSchedule(segments: [segment(1, minutes: 75)], info: info)
        #expect(over.overrunSeconds == 15 * 60)
    }
}
