import Foundation

/// A segment as typed into the agenda form: text fields, checked and turned into a `Segment`.
public struct SegmentDraft: Hashable, Sendable {
    public var title: String
    public var kind: SegmentKind?
    /// The kind as typed, for the message when it matched no kind.
    public var kindText: String
    public var minutes: String
    public var fixedStart: String
    public var presenter: String
    public var mcLines: String
    public var cues: String
    /// Time left at which the clock turns to warning and to danger, as "2" or "1:30" (minutes).
    public var warning: String
    public var danger: String

    public init(
        title: String, kind: SegmentKind?, kindText: String, minutes: String, fixedStart: String = "",
        presenter: String = "", mcLines: String = "", cues: String = "", warning: String = "", danger: String = ""
    ) {
        self.title = title
        self.kind = kind
        self.kindText = kindText
        self.minutes = minutes
        self.fixedStart = fixedStart
        self.presenter = presenter
        self.mcLines = mcLines
        self.cues = cues
        self.warning = warning
        self.danger = danger
    }

    /// The draft's fields from an existing segment.
    public init(_ segment: Segment) {
        self.init(
            title: segment.title, kind: segment.kind, kindText: segment.kind.rawValue,
            minutes: AgendaText.minutes(segment.plannedSeconds), fixedStart: segment.fixedStart?.hhmm ?? "",
            presenter: segment.presenter, mcLines: segment.mcLines, cues: segment.cues,
            warning: AgendaText.minutes(segment.warningSeconds), danger: AgendaText.minutes(segment.dangerSeconds)
        )
    }

    /// The segment this draft describes; `base` is the segment being edited (nil for a new one,
    /// which goes to the end of the programme). Checks the draft against the rest of the event.
    public func segment(base: Segment?, event: EventData) throws(AgendaProblem) -> Segment {
        let title = VietnameseText.normalize(self.title)
        guard !title.isEmpty else { throw .emptyTitle }
        guard let kind else { throw .unknownKind(kindText) }
        guard let planned = AgendaText.seconds(fromMinutes: minutes), planned > 0 else { throw .badDuration(minutes) }
        var fixed: ClockTime?
        let fixedText = fixedStart.trimmingSpaces
        if !fixedText.isEmpty {
            guard let time = ClockTime(parsing: fixedText) else { throw .badTime(fixedText) }
            guard time >= event.info.startTime else { throw .fixedBeforeEventStart(time, eventStart: event.info.startTime) }
            if let other = event.segments.first(where: { $0.fixedStart == time && $0.id != base?.id }) {
                throw .sameFixedStart(time, otherTitle: other.title)
            }
            fixed = time
        }
        // Blank thresholds take the defaults for the duration, or keep the old ones if it did not change.
        var defaults = Segment.defaultThresholds(plannedSeconds: planned)
        if let base, base.plannedSeconds == planned { defaults = (base.warningSeconds, base.dangerSeconds) }
        let warningSeconds = try threshold(warning, default: defaults.warning)
        let dangerSeconds = try threshold(danger, default: defaults.danger)
        guard dangerSeconds < warningSeconds, warningSeconds < planned else { throw .thresholdsOutOfOrder }
        return Segment(
            id: base?.id ?? 0,
            position: base?.position ?? ((event.segments.map(\.position).max() ?? 0) + 1),
            title: title, kind: kind, plannedSeconds: planned, fixedStart: fixed,
            presenter: VietnameseText.normalize(presenter), mcLines: VietnameseText.normalizeLines(mcLines),
            cues: VietnameseText.normalize(cues), warningSeconds: warningSeconds, dangerSeconds: dangerSeconds
        )
    }

    private func threshold(_ text: String, default value: Int) throws(AgendaProblem) -> Int {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return value }
        guard let seconds = AgendaText.seconds(fromMinutes: trimmed), seconds > 0 else { throw .badThreshold(trimmed) }
        return seconds
    }
}

/// Minutes as the agenda form reads and writes them: "25", "1:30" (a minute and a half).
public enum AgendaText {
    public static func seconds(fromMinutes text: String) -> Int? {
        let parts = text.trimmingSpaces.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let minutes = Int(parts[0]) else { return nil }
            return minutes * 60
        case 2:
            guard let minutes = Int(parts[0]), let seconds = Int(parts[1]), (0..<60).contains(seconds), minutes >= 0 else { return nil }
            return minutes * 60 + seconds
        default:
            return nil
        }
    }

    public static func minutes(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60)" : "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
    }
}
