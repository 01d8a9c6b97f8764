import PodiumCore
import TermCore

/// Pane 1: the MC's live panel above the timeline. The timeline shows every segment's planned
/// start and, once the show runs, where it actually started or is now projected to start.
enum AgendaPaneView {
    /// `status` is `state.showStatus`, as the frame already worked it out.
    static func render(_ state: AppState, status: ShowStatus, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let segments = state.orderedSegments
        guard !segments.isEmpty else {
            BlankGuide.draw(BlankGuide.lines(for: .agenda, state), into: &canvas, rect: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1))
            return 0
        }
        // The timeline keeps a row per segment when it can; the live panel gets the rest.
        let timelineWanted = segments.count + 2
        let panelHeight = max(min(8, rect.height - 5), min(rect.height - 5, rect.height - timelineWanted))
        let split = rect.splitVertically(topHeight: panelHeight)
        LivePanelView.render(state, status: status, into: &canvas, rect: split.top)
        return renderTimeline(state, status: status, segments: segments, into: &canvas, rect: split.bottom)
    }

    static func renderTimeline(_ state: AppState, status: ShowStatus, segments: [Segment], into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let schedule = AgendaSchedule(segments: segments, info: state.event.info)
        let clock = EventClock.show(state: state.show, info: state.event.info, now: state.now, timeZone: state.timeZone)
        let projected = Dictionary(uniqueKeysWithValues: status.upcoming.map { ($0.segment.id, clock.clockTime($0.projectedStart)) })
        // Once a show runs, the plan is read as the clock lays it: on the event's day its own
        // times, in a rehearsal from the rehearsal's start, so the planned column, the total
        // and the live panel's projected end all speak of the same afternoon.
        let laid: (ClockTime) -> ClockTime = state.show.stage == .notStarted ? { $0 } : { clock.clockTime(clock.instant($0)) }
        var actual: [Int64: (start: ClockTime, seconds: Int)] = [:]
        for run in state.show.completed + [state.show.current].compactMap({ $0 }) where actual[run.segmentID] == nil {
            actual[run.segmentID] = (clock.clockTime(run.startedAt), Int(run.elapsed(at: state.now)))
        }
        let jumpedOver = Set(status.jumpedOver.map(\.id))
        let skipped = Set(state.show.completed.filter(\.skipped).map(\.segmentID))
        let theme = canvas.theme
        // Built for the rows in view only: the programme can run to hundreds of segments.
        func row(_ index: Int) -> (cells: [String], style: Style?) {
            let segment = segments[index]
            let slot = schedule.slots[index]
            let isCurrent = status.current?.id == segment.id && status.stage == .running
            var mark = " "
            var style: Style?
            var when = projected[segment.id]?.hhmm ?? ""
            var minutes = "\(segment.plannedSeconds / 60)"
            if isCurrent {
                mark = "▶"
                style = theme.style(.agendaCurrent)
                when = actual[segment.id]?.start.hhmm ?? when
            } else if let ran = actual[segment.id] {
                mark = skipped.contains(segment.id) ? "»" : "✓"
                style = theme.style(.agendaPast)
                when = ran.start.hhmm
                minutes = "\((ran.seconds + 30) / 60)"
            } else if jumpedOver.contains(segment.id) {
                // Passed over by a jump: not projected; a jump back brings it back.
                mark = "»"
                style = theme.style(.agendaPast)
                when = "—"
            } else if status.next?.id == segment.id {
                style = theme.style(.agendaNext)
            }
            if slot.hasGap || slot.hasOverlap { style = theme.style(.agendaFlag) }
            let flag = slot.hasOverlap ? "!" : (segment.fixedStart != nil ? "•" : " ")
            return ([mark, "\(segment.position)", laid(slot.start).hhmm + flag, when, minutes, segment.title, segment.presenter], style)
        }
        let wide = rect.width >= 120
        var columns = [
            TableColumn("", width: 1),
            TableColumn(strings.columnNumber, width: 2, alignment: .right),
            TableColumn(strings.columnPlanned, width: 6),
            TableColumn(strings.columnProjected, width: 7),
            TableColumn(strings.columnMinutes, width: 4, alignment: .right),
            TableColumn(strings.columnTitle),
        ]
        if wide { columns.append(TableColumn(strings.columnPresenter, width: 28)) }
        let table = TableView(
            columns: columns, rows: [],
            selected: min(state.selectedRow(in: .agenda), segments.count - 1),
            offset: state.scrollOffset[.agenda] ?? 0
        )
        let tableRect = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height - 1)
        let offset = canvas.table(table, count: segments.count, in: tableRect, row: row)

        let summary = strings.agendaTotal(
            hoursAndMinutes(schedule.totalSeconds), laid(schedule.end).hhmm, laid(schedule.start).hhmm, laid(schedule.windowEnd).hhmm
        )
        let fit = schedule.overrunSeconds > 0 ? strings.agendaOverrun((schedule.overrunSeconds + 59) / 60) : strings.agendaFits
        canvas.text(summary + " · " + fit, x: rect.x + 1, y: rect.maxY - 1, maxWidth: rect.width - 2,
                    style: schedule.overrunSeconds > 0 ? ThemeKey.uiError : ThemeKey.uiDim)
        return offset
    }

    /// "3h25" or "45'".
    static func hoursAndMinutes(_ seconds: Int) -> String {
        let minutes = (seconds + 59) / 60
        guard minutes >= 60 else { return "\(minutes)'" }
        let rest = minutes % 60
        return "\(minutes / 60)h" + (rest < 10 ? "0\(rest)" : "\(rest)")
    }
}
