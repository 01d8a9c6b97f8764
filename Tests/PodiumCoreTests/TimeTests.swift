import PodiumCore
import Testing

@Suite struct TimeTests {
    @Test func clockTimeParsesAndPrints() {
        #expect(ClockTime(parsing: "08:05")?.hhmm == "08:05")
        #expect(ClockTime(parsing: "8:05:30")?.hhmmss == "08:05:30")
        #expect(ClockTime(parsing: "24:00") == nil)
        #expect(ClockTime(parsing: "08:60") == nil)
        #expect(ClockTime(parsing: "8h05") == nil)
        #expect(ClockTime(hour: 23, minute: 50).adding(seconds: 20 * 60).hhmm == "00:10")
    }

    @Test func civilDateReadsISOAndVietnameseForms() {
        #expect(CivilDate(parsing: "2026-03-26") == CivilDate(year: 2026, month: 3, day: 26))
        #expect(CivilDate(parsing: "26/3/2026") == CivilDate(year: 2026, month: 3, day: 26))
        #expect(CivilDate(parsing: "31/02/2026") == nil)
        #expect(CivilDate(parsing: "29/02/2028") != nil)
        #expect(CivilDate(year: 2026, month: 3, day: 6).vietnamese == "06/03/2026")
    }

    @Test func durationsPrintAsClock() {
        #expect(DurationText.clock(65) == "01:05")
        #expect(DurationText.clock(-42) == "-00:42")
        #expect(DurationText.clock(3_900) == "1:05:00")
    }

    @Test func thresholdsSuitShortAndLongSegments() {
        #expect(Segment.defaultThresholds(plannedSeconds: 180) == (60, 30))
        #expect(Segment.defaultThresholds(plannedSeconds: 600) == (120, 60))
        #expect(Segment.defaultThresholds(plannedSeconds: 1_800) == (300, 120))
    }
}
