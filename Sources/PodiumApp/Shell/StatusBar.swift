import Foundation
import PodiumCore
import TermCore

/// The bottom line: event, wall clock, role and operator, current segment, sync state.
enum StatusBar {
    /// `status` is `state.showStatus`, as the frame already worked it out.
    static func render(_ state: AppState, status: ShowStatus, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings
        let style = canvas.theme.style(.uiStatusbar)
        canvas.buffer.fill(rect, style: style)
        let clock = EventClock(date: state.event.info.date, timeZone: state.timeZone).clockTime(state.now).hhmmss
        let who = "\(strings.roleName(state.role)) · \(state.operatorName)"
        let current: String = switch status.stage {
        case .notStarted: "\(strings.statusNow): \(strings.statusNotStarted)"
        case .finished: "\(strings.statusNow): \(strings.statusFinished)"
        case .running:
            "\(strings.statusNow): \(status.current.map { "\($0.position)" } ?? "—") \(DurationText.clock(status.remainingSeconds))"
        }
        let sync = syncWords(state)
        // Who changed the file last from another terminal, and when it arrived.
        let lastOther = state.lastOtherChange.map {
            sync + " · \(EventClock(date: state.event.info.date, timeZone: state.timeZone).clockTime($0.arrived).hhmm) \($0.operatorName)"
        }
        // Seating conflicts concern everyone running the hall, so the count shows on every pane;
        // before there is a hall every delegate is "unseated", so it says what to do instead.
        let conflicts = state.seatingDerived.conflicts.count
        let warning = state.event.hall.seatCount == 0 && !state.event.delegates.isEmpty
            ? [strings.dressRehearsal.statusNoHall]
            : conflicts > 0 ? [strings.statusConflicts(conflicts)] : []
        let banner = state.showClock.isRehearsal ? " \(strings.rehearsal.banner) " : ""
        // On a narrow screen the right side gives way, least needed first (who changed the
        // file last, the operator's name, then the words of the sync state), so it never runs
        // over the banner.
        let syncMark = String(sync.prefix(1))
        let role = strings.roleName(state.role)
        let layouts = [
            [clock, who, current] + warning + [sync],
            [clock, role, current] + warning + [sync],
            [clock, role, current] + warning + [syncMark],
            [clock, current] + warning + [syncMark],
        ].map { $0.joined(separator: " │ ") + " " }
        // Who changed the file last shows only where the title keeps room to be read.
        let withOther = lastOther.map { ([clock, who, current] + warning + [$0]).joined(separator: " │ ") + " " }
            .flatMap { TextWidth.width(of: $0) + TextWidth.width(of: banner) + Self.titleRoom <= rect.width ? $0 : nil }
        let right = withOther ?? layouts.first { TextWidth.width(of: $0) + TextWidth.width(of: banner) <= rect.width }
            ?? [clock, syncMark].joined(separator: " │ ") + " "
        let rightWidth = TextWidth.width(of: right)
        // A rehearsal says so first, in the warning colour, on every pane.
        var left = rect.x
        if !banner.isEmpty {
            canvas.buffer.put(banner, x: left, y: rect.y, maxWidth: rect.width, style: canvas.theme.style(.phase(.warning)))
            left += TextWidth.width(of: banner)
        }
        let titleWidth = max(0, rect.maxX - left - rightWidth - 3)
        let title = TextWidth.truncate(shortTitle(state.event.info.title), toWidth: titleWidth)
        canvas.buffer.put(" " + title, x: left, y: rect.y, maxWidth: max(0, rect.maxX - left), style: style)
        canvas.buffer.put(right, x: max(rect.x, rect.maxX - rightWidth), y: rect.y, maxWidth: rect.width, style: style)
    }

    /// Columns the title keeps before the status bar names who changed the file last.
    private static let titleRoom = 30

    private static func syncWords(_ state: AppState) -> String {
        let strings = state.strings
        return switch state.sync {
        case .synced: "● " + strings.statusSynced
        case .updatedByOther: "↻ " + strings.statusUpdatedByOther
        case .readOnly: "○ " + strings.statusReadOnly
        case .failed: "✗ " + strings.statusSyncError
        case .fileLost(let replaced): "✗ " + (replaced ? strings.reliability.statusReplaced : strings.reliability.statusVanished)
        case .damaged: "✗ " + strings.reliability.statusDamaged
        }
    }

    /// Titles of Vietnamese conferences are long; the status bar keeps the part before "và".
    static func shortTitle(_ title: String) -> String {
        if let range = title.range(of: " và ") { return String(title[..<range.lowerBound]) }
        return title
    }
}
