import Foundation
import PodiumCore
import Testing

/// A jump over a segment marks it as passed over: not projected, skipped in the report, and
/// brought back (as still to come) by a jump back to it.
@Suite struct JumpedOverTests {
    let utc = TimeZone(identifier: "UTC")!
    let info = EventInfo(title: "T", planNumber: "", date: CivilDate(year: 2026, month: 3, day: 26),
                         startTime: ClockTime(hour: 8, minute: 0), windowMinutes: 240, venue: "", organiser: "")
    let segments = [
        Segment(id: 1, position: 1, title: "Khai mạc", kind: .opening, plannedSeconds: 600),
        Segment(id: 2, position: 2, title: "Nghỉ giải lao", kind: .break, plannedSeconds: 900),
        Segment(id: 3, position: 3, title: "Phát biểu chỉ đạo", kind: .speech, plannedSeconds: 1_500, presenter: "Lãnh đạo tỉnh"),
        Segment(id: 4, position: 4, title: "Khen thưởng", kind: .awards, plannedSeconds: 2_100),
        Segment(id: 5, position: 5, title: "Bế mạc", kind: .closing, plannedSeconds: 600),
    ]

    func at(_ minutes: Double) -> Date { Date(timeIntervalSince1970: 1_774_512_000 + minutes * 60) }

    func state(_ actions: [(ShowAction, Double)]) -> ShowState {
        let entries = actions.enumerated().map { index, item in
            JournalEntry(id: Int64(index + 1), time: at(item.1), operatorName: "mc", role: .mc,
                         fact: .show(item.0))
        }
        return ShowState(journal: entries, segments: segments)
    }

    @Test func aJumpMarksWhatItPassedOver() {
        let show = state([(.start, 0), (.next, 10), (.jump(segmentID: 4), 25)])
        #expect(show.jumpedOver(in: segments).map(\.id) == [3])
        let status = ShowStatus(state: show, segments: segments, info: info, now: at(30), timeZone: utc)
        #expect(status.jumpedOver.map(\.id) == [3])
        #expect(status.upcoming.map(\.segment.id) == [5])
        let report = ShowReport(event: EventData(info: info, segments: segments), state: show, now: at(30), timeZone: utc)
        #expect(report.rows.first { $0.position == 3 }?.skipped == true)
        #expect(report.rows.first { $0.position == 5 }?.skipped == false)
    }

    @Test func theWarningListsWhatAJumpWouldPassOver() {
        let show = state([(.start, 0), (.next, 10)])
        #expect(show.passedOver(byJumpTo: 4, in: segments).map(\.id) == [3])
        #expect(show.passedOver(byJumpTo: 3, in: segments).isEmpty)
    }

    @Test func aJumpBackMakesItStillToComeAndNextSkipsWhatRan() throws {
        let show = state([(.start, 0), (.next, 10), (.jump(segmentID: 4), 25), (.jump(segmentID: 3), 60)])
        #expect(show.jumpedOver(in: segments).isEmpty)
        #expect(show.nextSegment(in: segments)?.id == 5)
        let status = ShowStatus(state: show, segments: segments, info: info, now: at(61), timeZone: utc)
        #expect(status.upcoming.map(\.segment.id) == [5])
    }
}
