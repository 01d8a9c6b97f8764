import Foundation

/// Planned against actual for every segment, overruns and who caused them, total drift.
public struct ShowReport: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var position: Int
        public var title: String
        public var presenter: String
        public var plannedStart: ClockTime
        public var plannedSeconds: Int
        public var actualStart: ClockTime?
        public var actualSeconds: Int?
        public var heldSeconds: Int
        public var extensionSeconds: Int
        public var extendedBy: [String]
        public var skipped: Bool
        /// For a contributions block: each contribution as planned and as presented.
        public var speakers: [SpeakerRow] = []

        /// Actual minus planned; nil for a segment that never ran.
        public var overUnderSeconds: Int? { actualSeconds.map { $0 - plannedSeconds } }
    }

    /// One contribution under its block: allotted against actual speaking time.
    public struct SpeakerRow: Hashable, Sendable {
        /// "4.1": the block's position and the contribution's place in the queue.
        public var number: String
        public var topic: String
        public var unit: String
        public var speaker: String
        public var allottedSeconds: Int
        public var actualStart: ClockTime?
        public var spokenSeconds: Int?
        public var extensionSeconds: Int
        public var withdrawn: Bool

        public var overUnderSeconds: Int? { spokenSeconds.map { $0 - allottedSeconds } }
    }

    public var title: String
    public var date: CivilDate
    /// A rehearsal's report: times are read against the plan laid from its start.
    public var isRehearsal: Bool
    /// When and where on the wall clock a rehearsal started, since its table reads in the
    /// plan's times of the event's day.
    public var rehearsedAt: LocalMoment?
    public var rows: [Row]
    public var plannedEnd: ClockTime
    public var actualEnd: ClockTime?

    /// Actual end minus planned end; nil until the show has ended.
    public var driftSeconds: Int? {
        actualEnd.map { $0.secondsSinceMidnight - plannedEnd.secondsSinceMidnight }
    }

    public init(event: EventData, state: ShowState, now: Date, timeZone: TimeZone) {
        let clock = EventClock.show(state: state, info: event.info, now: now, timeZone: timeZone)
        let ordered = event.segments.sorted { $0.position < $1.position }
        let schedule = AgendaSchedule(segments: ordered, info: event.info)
        var runs = state.completed
        if let current = state.current { runs.append(current) }
        title = event.info.title
        date = event.info.date
        isRehearsal = state.isRehearsal
        rehearsedAt = state.isRehearsal ? state.startedAt.map { LocalMoment($0, in: timeZone) } : nil
        plannedEnd = schedule.end
        actualEnd = state.stage == .finished ? state.completed.last?.endedAt.map(clock.planTime) : nil
        let passed = Set(state.jumpedOver(in: ordered).map(\.id))
        rows = ordered.enumerated().map { index, segment in
            let mine = runs.filter { $0.segmentID == segment.id }
            let first = mine.first
            return Row(
                position: segment.position, title: segment.title, presenter: segment.presenter,
                plannedStart: schedule.slots[index].start, plannedSeconds: segment.plannedSeconds,
                actualStart: first.map { clock.planTime($0.startedAt) },
                actualSeconds: first == nil ? nil : mine.reduce(0) { $0 + Int($1.elapsed(at: now)) },
                heldSeconds: mine.reduce(0) { $0 + Int($1.heldSeconds) },
                extensionSeconds: mine.reduce(0) { $0 + $1.extensionSeconds },
                extendedBy: mine.flatMap(\.extendedBy),
                skipped: mine.contains { $0.skipped } || passed.contains(segment.id),
                speakers: segment.kind == .contributions
                    ? Self.speakerRows(block: segment, isFirstBlock: segment.id == ordered.first { $0.kind == .contributions }?.id,
                                       event: event, state: state, clock: clock, now: now)
                    : []
            )
        }
    }

    /// The contributions presented in `block`; the first block also lists those never presented.
    private static func speakerRows(
        block: Segment, isFirstBlock: Bool, event: EventData, state: ShowState, clock: EventClock, now: Date
    ) -> [SpeakerRow] {
        let ordered = event.contributions.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        return ordered.enumerated().compactMap { index, contribution in
            let runs = state.speakerRuns.filter { $0.contributionID == contribution.id }
            let here = runs.filter { $0.segmentID == block.id }
            guard !here.isEmpty || (runs.isEmpty && isFirstBlock) else { return nil }
            let speaker = [contribution.speakerName, contribution.speakerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
            return SpeakerRow(
                number: "\(block.position).\(index + 1)", topic: contribution.topic, unit: contribution.unit,
                speaker: speaker, allottedSeconds: contribution.allottedSeconds,
                actualStart: here.first.map { clock.planTime($0.startedAt) },
                spokenSeconds: here.isEmpty ? nil : here.reduce(0) { $0 + Int($1.elapsed(at: now)) },
                extensionSeconds: here.reduce(0) { $0 + $1.extensionSeconds },
                withdrawn: contribution.status == .withdrawn
            )
        }
    }

    /// The segments that ran longer than planned, longest overrun first.
    public var overruns: [Row] {
        rows.filter { ($0.overUnderSeconds ?? 0) > 0 }.sorted { ($0.overUnderSeconds ?? 0) > ($1.overUnderSeconds ?? 0) }
    }
}
