import Foundation
import PodiumCore
import PodiumDocuments
import Testing

/// Rehearsal mode: the clock is injected as plain dates; the hall is in UTC so minutes read plainly.
@Suite struct RehearsalTests {
    let utc = TimeZone(identifier: "UTC")!
    let info = EventInfo(title: "T", planNumber: "", date: CivilDate(year: 2026, month: 3, day: 26),
                         startTime: ClockTime(hour: 8, minute: 0), windowMinutes: 240, venue: "", organiser: "")
    let segments = [
        Segment(id: 1, position: 1, title: "Khai mạc", kind: .opening, plannedSeconds: 600),
        Segment(id: 2, position: 2, title: "Báo cáo", kind: .report, plannedSeconds: 1_800),
        Segment(id: 3, position: 3, title: "Bế mạc", kind: .closing, plannedSeconds: 300),
    ]

    /// 2026-12-02, long after the event's date, at `hour`:`minute` UTC.
    func later(_ hour: Int, _ minute: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_796_169_600 + Double(hour) * 3600 + minute * 60)
    }

    /// The event's own day at 08:00 UTC plus `minutes`.
    func onTheDay(_ minutes: Double) -> Date {
        Date(timeIntervalSince1970: 1_774_512_000 + minutes * 60)
    }

    /// Records what the store would record for `action` (the rehearsal rule first).
    struct Journal {
        var entries: [JournalEntry] = []
        let segments: [Segment]
        let info: EventInfo
        let zone: TimeZone

        var state: ShowState { ShowState(journal: entries, segments: segments) }

        mutating func record(_ action: ShowAction, at time: Date, rehearsal: RehearsalRule.Rehearsal? = nil) throws {
            for step in RehearsalRule.recorded(action, state: state, info: info, now: time, timeZone: zone, rehearsal: rehearsal) {
                try state.validate(step, segments: segments)
                entries.append(JournalEntry(id: Int64(entries.count + 1), time: time, operatorName: "mc", role: .mc,
                                            fact: .show(step)))
            }
        }
    }

    func journal() -> Journal { Journal(segments: segments, info: info, zone: utc) }

    func status(_ journal: Journal, at time: Date) -> ShowStatus {
        ShowStatus(state: journal.state, segments: segments, info: info, now: time, timeZone: utc)
    }

    @Test func anotherDayMeasuresNoLatenessBeforeTheStart() {
        let status = status(journal(), at: later(21, 13))
        #expect(status.showOverUnderSeconds == 0)
        #expect(status.upcoming.first?.plannedStart == later(21, 13))
        #expect(EventClock.show(state: ShowState(), info: info, now: later(21, 13), timeZone: utc).isRehearsal)
    }

    @Test func aStartOnAnotherDayIsARehearsalLaidFromItsStart() throws {
        var journal = journal()
        try journal.record(.start, at: later(1))
        #expect(journal.entries.map(\.action) == ["show.rehearse", "show.start"])
        #expect(journal.state.isRehearsal)
        let running = status(journal, at: later(1, 5))
        #expect(running.remainingSeconds == 300)
        #expect(running.showOverUnderSeconds == 0)
        #expect(running.plannedEnd == later(1, 45))
        let clock = EventClock.show(state: journal.state, info: info, now: later(1, 5), timeZone: utc)
        #expect(clock.isRehearsal)
        #expect(clock.planTime(later(1, 5)) == ClockTime(hour: 8, minute: 5))
    }

    @Test func theMCCanChooseTheRehearsalsStartTime() throws {
        var journal = journal()
        let chosen = RehearsalRule.Rehearsal(from: ClockTime(hour: 14, minute: 0), now: later(13, 50), timeZone: utc)
        try journal.record(.start, at: later(14, 5), rehearsal: chosen)
        let running = status(journal, at: later(14, 5))
        #expect(running.plannedEnd == later(14, 45))
        #expect(running.showOverUnderSeconds == 300)
    }

    @Test func theMCCanRehearseOnTheEventsDayAndTheRealStartIsClean() throws {
        var journal = journal()
        try journal.record(.start, at: onTheDay(-120), rehearsal: RehearsalRule.Rehearsal())
        try journal.record(.next, at: onTheDay(-110))
        try journal.record(.end, at: onTheDay(-100))
        #expect(journal.state.isRehearsal && journal.state.stage == .finished)
        try journal.record(.start, at: onTheDay(0))
        #expect(journal.entries.suffix(2).map(\.action) == ["show.reset", "show.start"])
        let state = journal.state
        #expect(!state.isRehearsal && state.stage == .running && state.completed.isEmpty)
        #expect(state.setAsideCount == 1)
        #expect(!EventClock.show(state: state, info: info, now: onTheDay(1), timeZone: utc).isRehearsal)
    }

    @Test func aRunningRehearsalIsNotWipedByAStrayStart() throws {
        var journal = journal()
        try journal.record(.start, at: onTheDay(-60), rehearsal: RehearsalRule.Rehearsal())
        #expect(throws: ShowError.alreadyStarted) { try journal.record(.start, at: onTheDay(0)) }
        #expect(journal.state.isRehearsal && journal.state.stage == .running)
    }

    @Test func aFinishedRehearsalAsksToBeSetAsideAndResetStartsAfresh() throws {
        var journal = journal()
        try journal.record(.start, at: later(1))
        try journal.record(.next, at: later(1, 10))
        try journal.record(.end, at: later(1, 20))
        #expect(throws: ShowError.rehearsalFinished) { try journal.record(.start, at: later(2)) }
        try journal.record(.reset, at: later(2))
        #expect(journal.state.stage == .notStarted && journal.state.completed.isEmpty)
        let setAside = ShowState.setAside(journal: journal.entries, segments: segments)
        #expect(setAside.count == 1)
        #expect(setAside.first?.isRehearsal == true && setAside.first?.completed.count == 2)
        let report = ShowReport(event: EventData.blank(title: "T", date: info.date), state: setAside[0], now: later(3), timeZone: utc)
        #expect(report.isRehearsal)
        // The day it was held, not only the event's: its table reads in the plan's times.
        let held = try #require(report.rehearsedAt)
        #expect(held == LocalMoment(later(1), in: utc))
        #expect(report.render(.md).contains("Tập dượt ngày \(held.date.vietnamese), bắt đầu lúc \(held.time.hhmm)"))
        try journal.record(.start, at: later(3))
        #expect(journal.state.stage == .running && journal.state.isRehearsal)
    }

    @Test func theRealShowCannotBeReset() throws {
        var journal = journal()
        #expect(throws: ShowError.nothingToReset) { try journal.record(.reset, at: onTheDay(0)) }
        try journal.record(.start, at: onTheDay(0))
        #expect(!journal.state.isRehearsal)
        #expect(throws: ShowError.notARehearsal) { try journal.record(.reset, at: onTheDay(5)) }
    }

    @Test func theChecklistIsMeasuredAgainstTheEventsDate() throws {
        // Preparing, weeks before: today.
        let before = Date(timeIntervalSince1970: 1_772_323_200 + 9 * 3600)
        #expect(EventClock.show(state: ShowState(), info: info, now: before, timeZone: utc).checklistMoment(before)
                == LocalMoment(date: CivilDate(year: 2026, month: 3, day: 1), time: ClockTime(hour: 9, minute: 0)))
        // Months after, not started: the event's date.
        #expect(EventClock.show(state: ShowState(), info: info, now: later(1, 30), timeZone: utc).checklistMoment(later(1, 30)).date
                == info.date)
        // During a rehearsal: the event's date at the plan's time now.
        var journal = journal()
        try journal.record(.start, at: later(1))
        let clock = EventClock.show(state: journal.state, info: info, now: later(1, 30), timeZone: utc)
        #expect(clock.checklistMoment(later(1, 30)) == LocalMoment(date: info.date, time: ClockTime(hour: 8, minute: 30)))
    }

    @Test func plannedTimesAreInTheHallsZone() {
        // 01:00 UTC is 08:00 in Hà Nội: the event's day starts there whatever the machine's zone.
        let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let clock = EventClock.show(state: ShowState(), info: info, now: onTheDay(-420), timeZone: hanoi)
        #expect(!clock.isRehearsal)
        #expect(clock.iso8601(clock.instant(info.startTime)) == "2026-03-26T08:00:00+07:00")
        #expect(info.timeZone.identifier == "Asia/Ho_Chi_Minh")
    }
}
