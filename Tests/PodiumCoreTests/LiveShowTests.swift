import Foundation
import PodiumCore
import PodiumDocuments
import Testing

/// The live show as a fold of journal entries, with the clock injected as plain dates.
@Suite struct LiveShowTests {
    let utc = TimeZone(identifier: "UTC")!
    let info = EventInfo(title: "T", planNumber: "", date: CivilDate(year: 2026, month: 3, day: 26),
                         startTime: ClockTime(hour: 8, minute: 0), windowMinutes: 240, venue: "", organiser: "")
    let segments = [
        Segment(id: 1, position: 1, title: "Khai mạc", kind: .opening, plannedSeconds: 600),
        Segment(id: 2, position: 2, title: "Báo cáo", kind: .report, plannedSeconds: 1_800),
        Segment(id: 3, position: 3, title: "Phát biểu", kind: .speech, plannedSeconds: 1_200, fixedStart: ClockTime(hour: 9, minute: 0)),
        Segment(id: 4, position: 4, title: "Bế mạc", kind: .closing, plannedSeconds: 300),
    ]

    /// 08:00 UTC on the event's day plus `minutes`.
    func at(_ minutes: Double) -> Date {
        Date(timeIntervalSince1970: 1_774_512_000 + minutes * 60)
    }

    /// A journal built the way the store builds it: validated, then appended.
    struct Journal {
        var entries: [JournalEntry] = []
        let segments: [Segment]

        var state: ShowState { ShowState(journal: entries, segments: segments) }

        mutating func record(_ action: ShowAction, at time: Date, by name: String = "mc") throws {
            try state.validate(action, segments: segments)
            entries.append(JournalEntry(id: Int64(entries.count + 1), time: time, operatorName: name, role: .mc,
                                        fact: .show(action)))
        }

        mutating func undo(at time: Date) throws {
            let id = try #require(state.undoableEntryID)
            try record(.undo(entryID: id), at: time)
        }
    }

    func status(_ journal: Journal, at time: Date) -> ShowStatus {
        ShowStatus(state: journal.state, segments: segments, info: info, now: time, timeZone: utc)
    }

    @Test func countdownPhasesAndOvertime() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        #expect(status(journal, at: at(5)).remainingSeconds == 300)
        #expect(status(journal, at: at(5)).phase == .normal)
        #expect(status(journal, at: at(8.5)).phase == .warning)
        #expect(status(journal, at: at(9.5)).phase == .danger)
        let over = status(journal, at: at(11))
        #expect(over.phase == .overtime && over.remainingSeconds == -60)
        #expect(over.segmentOverUnderSeconds == 60)
    }

    @Test func holdStopsTheClockAndResumeRestartsIt() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        try journal.record(.hold, at: at(2))
        #expect(status(journal, at: at(7)).elapsedSeconds == 120)
        #expect(status(journal, at: at(7)).isHeld)
        #expect(throws: ShowError.alreadyHeld) { try journal.record(.hold, at: at(7)) }
        try journal.record(.resume, at: at(7))
        #expect(status(journal, at: at(8)).elapsedSeconds == 180)
        #expect(throws: ShowError.notHeld) { try journal.record(.resume, at: at(8)) }
    }

    @Test func extendAddsToTheAllottedTimeAndRemembersWho() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        try journal.record(.extend(seconds: 300), at: at(9), by: "lan")
        let now = status(journal, at: at(12))
        #expect(now.allottedSeconds == 900 && now.remainingSeconds == 180 && now.phase == .normal)
        #expect(journal.state.current?.extendedBy == ["lan"])
        #expect(throws: ShowError.badExtension(0)) { try journal.record(.extend(seconds: 0), at: at(12)) }
    }

    @Test func upcomingStartsReflowFromActualTimesAndRespectFixedStarts() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(5))
        let early = status(journal, at: at(6))
        // Segment 2 follows segment 1's projected end (08:15); segment 3 waits for its fixed 09:00.
        #expect(early.upcoming.map(\.segment.id) == [2, 3, 4])
        #expect(early.upcoming[0].projectedStart == at(15))
        #expect(early.upcoming[1].projectedStart == at(60))
        #expect(early.showOverUnderSeconds == 0)
        try journal.record(.next, at: at(20))
        let late = status(journal, at: at(45))
        // Segment 2 started at 08:20 and runs to 08:50... plus lateness: it is 08:45 with 5 min left.
        #expect(late.remainingSeconds == 300)
        try journal.record(.extend(seconds: 1_200), at: at(45))
        let pushed = status(journal, at: at(46))
        #expect(pushed.upcoming[0].projectedStart == at(70))
        #expect(pushed.projectedEnd == at(95))
        #expect(pushed.showOverUnderSeconds == 10 * 60)
    }

    @Test func backResumesThePreviousSegmentsClock() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        try journal.record(.next, at: at(4))
        try journal.record(.back, at: at(5))
        let now = status(journal, at: at(6))
        #expect(now.current?.id == 1)
        #expect(now.elapsedSeconds == 360)
        #expect(throws: ShowError.atFirstSegment) { try journal.record(.back, at: at(6)) }
    }

    @Test func undoIsAReversingEntryAndStacks() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        try journal.record(.next, at: at(3))
        try journal.record(.extend(seconds: 60), at: at(4))
        try journal.undo(at: at(5))
        #expect(status(journal, at: at(6)).allottedSeconds == 1_800)
        try journal.undo(at: at(6))
        #expect(status(journal, at: at(7)).current?.id == 1)
        #expect(status(journal, at: at(7)).elapsedSeconds == 420)
        // Nothing is deleted: five entries, two of them undos.
        #expect(journal.entries.count == 5)
        #expect(throws: ShowError.nothingToUndo) { try journal.record(.undo(entryID: 3), at: at(8)) }
    }

    @Test func refusesWhatMakesNoSense() throws {
        var journal = Journal(segments: segments)
        #expect(throws: ShowError.notStarted) { try journal.record(.next, at: at(0)) }
        try journal.record(.start, at: at(0))
        #expect(throws: ShowError.alreadyStarted) { try journal.record(.start, at: at(1)) }
        try journal.record(.jump(segmentID: 4), at: at(2))
        #expect(throws: ShowError.atLastSegment) { try journal.record(.next, at: at(3)) }
        #expect(throws: ShowError.unknownSegment(99)) { try journal.record(.jump(segmentID: 99), at: at(3)) }
        #expect(throws: ShowError.emptyMessage) { try journal.record(.message(text: "  ", blink: false), at: at(3)) }
        try journal.record(.end, at: at(4))
        #expect(throws: ShowError.finished) { try journal.record(.start, at: at(5)) }
        #expect(ShowState(journal: [], segments: []).stage == .notStarted)
        #expect(throws: ShowError.noProgramme) { try ShowState().validate(.start, segments: []) }
    }

    @Test func restartingFromTheSameJournalGivesTheSameState() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        try journal.record(.hold, at: at(1))
        try journal.record(.message(text: "Còn 1 phút", blink: true), at: at(2))
        // A new process folds the same entries: same screen, and the countdown continues.
        let reborn = ShowState(journal: journal.entries.reversed(), segments: segments)
        #expect(reborn == journal.state)
        #expect(status(journal, at: at(3)) == ShowStatus(state: reborn, segments: segments, info: info, now: at(3), timeZone: utc))
        #expect(reborn.message?.text == "Còn 1 phút" && reborn.message?.blink == true)
    }

    @Test func entriesRoundTripThroughTheirJSONPayload() throws {
        let actions: [ShowAction] = [.start, .next, .back, .hold, .resume, .extend(seconds: 120), .skip, .jump(segmentID: 3),
                                     .end, .message(text: "Xin \"mời\"", blink: true), .clearMessage, .blank(false), .undo(entryID: 7)]
        for action in actions {
            let fact = JournalFact.show(action)
            #expect(JournalFact(name: fact.name, payloadText: fact.payloadText).showAction == action)
        }
        #expect(JournalFact(name: "segment.update", payloadText: "{\"id\":1}").showAction == nil)
    }

    @Test func reportComparesPlanWithWhatHappened() throws {
        var journal = Journal(segments: segments)
        try journal.record(.start, at: at(0))
        try journal.record(.extend(seconds: 300), at: at(9), by: "lan")
        try journal.record(.next, at: at(14))
        try journal.record(.skip, at: at(20))
        try journal.record(.next, at: at(80))
        try journal.record(.end, at: at(84))
        let event = EventData(info: info, segments: segments)
        let report = ShowReport(event: event, state: journal.state, now: at(90), timeZone: utc)
        #expect(report.rows.map(\.actualSeconds) == [840, 360, 3_600, 240])
        #expect(report.rows[0].overUnderSeconds == 240 && report.rows[0].extendedBy == ["lan"])
        #expect(report.rows[1].skipped)
        #expect(report.driftSeconds == 84 * 60 - 85 * 60)
        #expect(report.overruns.map(\.title) == ["Phát biểu", "Khai mạc"])
        #expect(report.render(.md).contains("| 1 | Khai mạc | 08:00 | 10:00 | 08:00 | 14:00 | +04:00 |"))
        #expect(report.render(.csv).contains("'+04:00"))
        // Excel reads the Vietnamese of a UTF-8 file right only with the byte order mark.
        #expect(report.render(.csv).hasPrefix("\u{FEFF}"))
        #expect(report.render(.html).contains("<tr class=\"over\"><td>1</td><td>Khai mạc</td>"))
    }
}
