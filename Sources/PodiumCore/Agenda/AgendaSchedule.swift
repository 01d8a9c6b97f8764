/// Planned start and end of every segment, laid end to end from the event's start.
/// A fixed start pins a segment; the time before it is a gap, a previous segment running
/// past it is an overlap. Both are flagged, not silently absorbed.
public struct AgendaSchedule: Hashable, Sendable {
    public struct Slot: Hashable, Sendable {
        public var segmentID: Int64
        public var start: ClockTime
        public var end: ClockTime
        /// Seconds of idle time before a fixed start (positive) or of overlap into it (negative).
        public var slackBeforeFixedStart: Int?

        public var hasGap: Bool { (slackBeforeFixedStart ?? 0) > 0 }
        public var hasOverlap: Bool { (slackBeforeFixedStart ?? 0) < 0 }
    }

    public var slots: [Slot]
    public var start: ClockTime
    public var windowEnd: ClockTime

    public init(segments: [Segment], info: EventInfo) {
        start = info.startTime
        windowEnd = info.windowEnd
        var cursor = info.startTime
        slots = segments.sorted { $0.position < $1.position }.map { segment in
            var slack: Int? = nil
            var begin = cursor
            if let fixed = segment.fixedStart {
                slack = fixed.secondsSinceMidnight - cursor.secondsSinceMidnight
                begin = fixed
            }
            let end = begin.adding(seconds: segment.plannedSeconds)
            cursor = end
            return Slot(segmentID: segment.id, start: begin, end: end, slackBeforeFixedStart: slack)
        }
    }

    public var end: ClockTime { slots.last?.end ?? start }
    public var totalSeconds: Int { end.secondsSinceMidnight - start.secondsSinceMidnight }
    /// Seconds past the event's window; zero when the programme fits.
    public var overrunSeconds: Int { max(0, end.secondsSinceMidnight - windowEnd.secondsSinceMidnight) }

    public func slot(for segmentID: Int64) -> Slot? { slots.first { $0.segmentID == segmentID } }

    /// The segment planned to be running at `time`, if any.
    public func slot(at time: ClockTime) -> Slot? {
        slots.first { $0.start <= time && time < $0.end }
    }
}
