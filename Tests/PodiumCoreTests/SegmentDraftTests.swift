import PodiumCore
import PodiumDemo
import Testing

@Suite struct SegmentDraftTests {
    let demo: EventData
    init() throws { demo = try DemoEvent.make() }

    func draft(minutes: String = "15", fixed: String = "", warning: String = "", danger: String = "", kind: SegmentKind? = .other) -> SegmentDraft {
        SegmentDraft(title: "  Giao lưu  văn nghệ ", kind: kind, kindText: "văn nghệ", minutes: minutes, fixedStart: fixed, warning: warning, danger: danger)
    }

    @Test func aNewSegmentGoesLastWithDefaultThresholds() throws {
        let segment = try draft().segment(base: nil, event: demo)
        #expect(segment.title == "Giao lưu văn nghệ")
        #expect(segment.position == demo.segments.count + 1 && segment.id == 0)
        #expect(segment.plannedSeconds == 900 && segment.warningSeconds == 120 && segment.dangerSeconds == 60)
        #expect(try draft(minutes: "7:30").segment(base: nil, event: demo).plannedSeconds == 450)
    }

    @Test func refusesBadDurationsTimesAndThresholds() {
        #expect(throws: AgendaProblem.badDuration("0")) { try draft(minutes: "0").segment(base: nil, event: demo) }
        #expect(throws: AgendaProblem.badDuration("-5")) { try draft(minutes: "-5").segment(base: nil, event: demo) }
        #expect(throws: AgendaProblem.badDuration("mười")) { try draft(minutes: "mười").segment(base: nil, event: demo) }
        #expect(throws: AgendaProblem.badTime("25:00")) { try draft(fixed: "25:00").segment(base: nil, event: demo) }
        #expect(throws: AgendaProblem.fixedBeforeEventStart(ClockTime(hour: 7, minute: 30), eventStart: ClockTime(hour: 8, minute: 0))) {
            try draft(fixed: "07:30").segment(base: nil, event: demo)
        }
        #expect(throws: AgendaProblem.sameFixedStart(ClockTime(hour: 10, minute: 15), otherTitle: "Phát biểu chỉ đạo của Lãnh đạo tỉnh")) {
            try draft(fixed: "10:15").segment(base: nil, event: demo)
        }
        #expect(throws: AgendaProblem.thresholdsOutOfOrder) { try draft(warning: "1", danger: "2").segment(base: nil, event: demo) }
        #expect(throws: AgendaProblem.badThreshold("x")) { try draft(warning: "x").segment(base: nil, event: demo) }
        #expect(throws: AgendaProblem.unknownKind("văn nghệ")) { try draft(kind: nil).segment(base: nil, event: demo) }
    }

    @Test func editingKeepsIdPositionAndItsOwnFixedStart() throws {
        let speech = try #require(demo.segments.first { $0.fixedStart != nil })
        var edit = SegmentDraft(speech)
        edit.minutes = "30"
        let changed = try edit.segment(base: speech, event: demo)
        #expect(changed.id == speech.id && changed.position == speech.position && changed.fixedStart == speech.fixedStart)
        #expect(changed.plannedSeconds == 1_800 && changed.mcLines == speech.mcLines)
        #expect(try SegmentDraft(speech).segment(base: speech, event: demo) == speech)
    }
}
