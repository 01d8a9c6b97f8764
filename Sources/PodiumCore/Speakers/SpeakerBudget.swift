import Foundation

/// Does the rest of the queue fit? The speakers still to come (and the time left of the one
/// speaking) against the time until the contributions must end: the next fixed start after the
/// block, less the planned segments in between (the demo's break before the 10:15 speech), or
/// the end of the half-day window, less everything planned after the block.
public struct SpeakerBudget: Hashable, Sendable {
    public enum Verdict: Hashable, Sendable {
        /// Everyone fits, with this many seconds to spare.
        case fits(spareSeconds: Int)
        /// Fits if every speaker still waiting gives up this many seconds (whole minutes).
        case cut(perSpeakerSeconds: Int, shortfallSeconds: Int)
        /// Cutting would leave speakers less than half their time: these would not fit at full length.
        case wontFit(contributionIDs: [Int64], shortfallSeconds: Int)
        /// Nobody is left to cut; the block ends this late.
        case late(seconds: Int)
    }

    public enum Deadline: Hashable, Sendable {
        /// The block must end early enough for this segment's fixed start.
        case fixedStart(Segment)
        case windowEnd
    }

    /// When the contributions must be over.
    public var mustEndBy: Date
    public var deadline: Deadline
    /// Time of the speaker at the podium still to run plus the allotted time of those waiting.
    public var neededSeconds: Int
    public var availableSeconds: Int
    public var verdict: Verdict

    /// - Parameter from: when the remaining queue starts: now while the block runs, else its projected start.
    public init(queue: SpeakerQueue, block: Segment, segments: [Segment], info: EventInfo, clock: EventClock, from: Date) {
        let ordered = segments.sorted { $0.position < $1.position }
        let after = ordered.drop { $0.id != block.id }.dropFirst()
        if let pinnedIndex = after.firstIndex(where: { $0.fixedStart != nil }), let fixed = after[pinnedIndex].fixedStart {
            let between = after[after.startIndex..<pinnedIndex].reduce(0) { $0 + $1.plannedSeconds }
            mustEndBy = clock.instant(fixed).addingTimeInterval(TimeInterval(-between))
            deadline = .fixedStart(after[pinnedIndex])
        } else {
            let rest = after.reduce(0) { $0 + $1.plannedSeconds }
            mustEndBy = clock.instant(info.windowEnd).addingTimeInterval(TimeInterval(-rest))
            deadline = .windowEnd
        }
        let speakingLeft = max(0, queue.speaking?.remainingSeconds ?? 0)
        let waiting = queue.waiting
        neededSeconds = speakingLeft + waiting.reduce(0) { $0 + $1.contribution.allottedSeconds }
        availableSeconds = Int(mustEndBy.timeIntervalSince(from).rounded())
        let shortfall = neededSeconds - availableSeconds
        guard shortfall > 0 else {
            verdict = .fits(spareSeconds: -shortfall)
            return
        }
        guard !waiting.isEmpty else {
            verdict = .late(seconds: shortfall)
            return
        }
        let perSpeaker = Int((Double(shortfall) / Double(waiting.count) / 60).rounded(.up)) * 60
        let shortest = waiting.map(\.contribution.allottedSeconds).min() ?? 0
        if perSpeaker * 2 <= shortest {
            verdict = .cut(perSpeakerSeconds: perSpeaker, shortfallSeconds: shortfall)
            return
        }
        // Walk the queue at full length: whoever would still be speaking at the deadline does not fit.
        var cursor = speakingLeft
        var over: [Int64] = []
        for entry in waiting {
            cursor += entry.contribution.allottedSeconds
            if cursor > availableSeconds { over.append(entry.id) }
        }
        verdict = .wontFit(contributionIDs: over, shortfallSeconds: shortfall)
    }

    /// The budget of the event's contributions block, or nil when the programme has none.
    /// The block running now (or the first one still to come) is the one measured.
    /// `presented`, when given, is `event.presentedContributions` already worked out: a screen
    /// keeps it from one change of the roster to the next instead of matching every speaker
    /// against the roster again on each frame.
    public static func make(
        event: EventData, state: ShowState, now: Date, timeZone: TimeZone, presented: [Contribution]? = nil
    ) -> SpeakerBudget? {
        let ordered = event.segments.sorted { $0.position < $1.position }
        let queue = SpeakerQueue(contributions: presented ?? event.presentedContributions, state: state, segments: ordered, now: now)
        let clock = EventClock.show(state: state, info: event.info, now: now, timeZone: timeZone)
        let status = ShowStatus(state: state, segments: ordered, info: event.info, now: now, timeZone: timeZone)
        if let current = status.current, current.kind == .contributions {
            return SpeakerBudget(queue: queue, block: current, segments: ordered, info: event.info, clock: clock, from: now)
        }
        guard let upcoming = status.upcoming.first(where: { $0.segment.kind == .contributions }) else { return nil }
        return SpeakerBudget(queue: queue, block: upcoming.segment, segments: ordered, info: event.info, clock: clock, from: upcoming.projectedStart)
    }
}
