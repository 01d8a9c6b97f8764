import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// The show's status as the CLI prints it, in text or JSON.
struct ShowStatusReport {
    let status: ShowStatus
    let clock: EventClock
    /// The show runs (or would start) as a rehearsal.
    let rehearsal: Bool

    /// Reads only what the status needs (`showSnapshot`): the roster and the seating plan of a
    /// large event cost far more than the rest, and the status needs neither.
    init(store: EventStore, now: Date) throws {
        let (event, state, progress) = try store.showSnapshot()
        clock = EventClock.show(state: state, info: event.info, now: now, timeZone: event.info.timeZone)
        rehearsal = clock.isRehearsal
        status = ShowStatus(
            state: state, segments: event.segments, info: event.info, now: now, timeZone: event.info.timeZone,
            estimatedSeconds: AwardCeremony.segmentEstimates(event: event, progress: progress, show: state)
        )
    }

    struct Payload: Encodable {
        struct SegmentRef: Encodable {
            var id: Int64
            var title: String
        }
        var segment: SegmentRef?
        var next: SegmentRef?
        var stage: String
        var rehearsal: Bool
        var running: Bool
        var held: Bool
        var phase: String?
        var elapsedS: Int
        var remainingS: Int?
        var overUnderS: Int
        var segmentOverUnderS: Int
        var plannedEnd: String
        var projectedEnd: String
        var message: String?
    }

    func json() throws -> String {
        let running = status.stage == .running
        let payload = Payload(
            segment: status.current.map { .init(id: $0.id, title: $0.title) },
            next: status.next.map { .init(id: $0.id, title: $0.title) },
            stage: status.stage.rawValue, rehearsal: rehearsal, running: running, held: status.isHeld,
            phase: running ? status.phase.rawValue : nil, elapsedS: status.elapsedSeconds,
            remainingS: running ? status.remainingSeconds : nil, overUnderS: status.showOverUnderSeconds,
            segmentOverUnderS: status.segmentOverUnderSeconds, plannedEnd: clock.iso8601(status.plannedEnd),
            projectedEnd: clock.iso8601(status.projectedEnd), message: status.message?.text
        )
        return try JSONOutput.text(payload)
    }

    func text(_ lang: Language) -> String {
        let vi = lang == .vi
        let drift = status.showOverUnderSeconds
        let driftText = drift == 0
            ? (vi ? "đúng giờ" : "on time")
            : drift > 0
                ? (vi ? "chậm \(DurationText.clock(drift))" : "\(DurationText.clock(drift)) late")
                : (vi ? "sớm \(DurationText.clock(-drift))" : "\(DurationText.clock(-drift)) early")
        var lines: [String] = []
        if rehearsal {
            lines.append(vi
                ? "TẬP DƯỢT: kế hoạch tính từ lúc bắt đầu tập; `podium show reset --yes` cất buổi tập sang một bên."
                : "TẬP DƯỢT (rehearsal): the plan is laid from the rehearsal's start; `podium show reset --yes` sets it aside.")
        }
        switch status.stage {
        case .notStarted:
            lines.append(vi ? "Chưa bắt đầu. Mục đầu: \(status.next?.title ?? "—")." : "Not started. First: \(status.next?.title ?? "—").")
        case .finished:
            lines.append(vi ? "Đã kết thúc." : "Finished.")
        case .running:
            let title = status.current.map { "\($0.position). \($0.title)" } ?? "—"
            let elapsed = DurationText.clock(status.elapsedSeconds), remaining = DurationText.clock(status.remainingSeconds)
            let phase = lang.strings.phaseName(status.phase).lowercased()
            lines.append(vi ? "Đang diễn ra: \(title)" : "Now: \(title)")
            lines.append(vi
                ? "Đã qua \(elapsed), còn \(remaining), \(phase)\(status.isHeld ? ", ĐANG TẠM DỪNG" : "")"
                : "Elapsed \(elapsed), remaining \(remaining), \(phase)\(status.isHeld ? ", ON HOLD" : "")")
            lines.append(vi ? "Tiếp theo: \(status.next?.title ?? "— (mục cuối)")" : "Next: \(status.next?.title ?? "— (last segment)")")
        }
        let projected = clock.clockTime(status.projectedEnd).hhmm, planned = clock.clockTime(status.plannedEnd).hhmm
        lines.append(vi
            ? "Chương trình: \(driftText); dự kiến kết thúc \(projected) (kế hoạch \(planned))"
            : "Show: \(driftText); projected end \(projected) (planned \(planned))")
        if let message = status.message {
            lines.append(vi
                ? "Lời nhắn trên sân khấu: \(message.text)\(message.blink ? " (nhấp nháy)" : "")"
                : "Stage message: \(message.text)\(message.blink ? " (blinking)" : "")")
        }
        return lines.joined(separator: "\n")
    }
}
