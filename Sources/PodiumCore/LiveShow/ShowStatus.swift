import Foundation

/// The live show at one instant: the fold of the journal plus the wall clock.
/// Every screen and the CLI compute it the same way, so clocks agree across terminals.
public struct ShowStatus: Hashable, Sendable {
    public struct Upcoming: Hashable, Sendable {
        public var segment: Segment
        public var plannedStart: Date
        /// Where the segment lands if everything before it runs to plan from now on.
        public var projectedStart: Date
    }

    public var stage: ShowState.Stage
    public var current: Segment?
    public var currentRun: SegmentRun?
    /// Seconds run so far in the current segment, not counting holds.
    public var elapsedSeconds: Int
    /// Planned plus extensions.
    public var allottedSeconds: Int
    /// Negative in overtime.
    public var remainingSeconds: Int
    public var phase: ShowPhase
    public var isHeld: Bool
    public var next: Segment?
    /// How far the current segment will run past (positive) or short of its plan, if it
    /// ends now or when its allotted time runs out, whichever is later.
    public var segmentOverUnderSeconds: Int
    /// Projected end minus planned end of the whole show: positive means late.
    public var showOverUnderSeconds: Int
    public var plannedEnd: Date
    public var projectedEnd: Date
    public var upcoming: [Upcoming]
    public var message: StageMessage?
    public var isBlank: Bool
    /// Segments passed over without running (see `ShowState.jumpedOver`): not projected, marked skipped.
    public var jumpedOver: [Segment]

    /// `estimatedSeconds` replaces the plan for segments whose own content gives a better guess
    /// (the award ceremony: see `AwardCeremony.segmentEstimates`): the whole length of an upcoming
    /// segment, the time still needed by the running one.
    public init(
        state: ShowState, segments: [Segment], info: EventInfo, now: Date, timeZone: TimeZone,
        estimatedSeconds: [Int64: Int] = [:]
    ) {
        let ordered = segments.sorted { $0.position < $1.position }
        let clock = EventClock.show(state: state, info: info, now: now, timeZone: timeZone)
        let schedule = AgendaSchedule(segments: ordered, info: info)
        let plannedStarts = Dictionary(uniqueKeysWithValues: schedule.slots.map { ($0.segmentID, clock.instant($0.start)) })
        stage = state.stage
        currentRun = state.current
        current = state.current.flatMap { run in ordered.first { $0.id == run.segmentID } }
        isHeld = state.isHeld
        message = state.message
        isBlank = state.isBlank
        plannedEnd = clock.instant(schedule.end)
        next = state.nextSegment(in: ordered)
        jumpedOver = state.jumpedOver(in: ordered)
        let ran = Set(state.completed.map(\.segmentID))

        let planned = current?.plannedSeconds ?? 0
        allottedSeconds = planned + (state.current?.extensionSeconds ?? 0)
        elapsedSeconds = Int(state.current?.elapsed(at: now) ?? 0)
        let remaining = allottedSeconds - elapsedSeconds
        remainingSeconds = remaining
        phase = current.map {
            ShowPhase(remainingSeconds: remaining, warningSeconds: $0.warningSeconds, dangerSeconds: $0.dangerSeconds)
        } ?? .normal
        segmentOverUnderSeconds = current == nil ? 0 : max(elapsedSeconds, allottedSeconds) - planned

        // Re-flow what is still to come from the actual time.
        var cursor: Date
        var rest: ArraySlice<Segment>
        switch stage {
        case .notStarted:
            let firstStart = ordered.first.flatMap { plannedStarts[$0.id] } ?? plannedEnd
            cursor = max(now, firstStart)
            rest = ordered[...]
        case .running:
            let needed = current.flatMap { estimatedSeconds[$0.id] } ?? remainingSeconds
            cursor = now.addingTimeInterval(TimeInterval(max(0, needed)))
            let index = current.flatMap { c in ordered.firstIndex { $0.id == c.id } } ?? ordered.count
            rest = ordered[min(ordered.count, index + 1)...].filter { !ran.contains($0.id) }[...]
        case .finished:
            cursor = state.completed.last?.endedAt ?? now
            rest = []
        }
        var upcoming: [Upcoming] = []
        for segment in rest {
            let plannedStart = plannedStarts[segment.id] ?? cursor
            var start = cursor
            if let fixed = segment.fixedStart { start = max(cursor, clock.instant(fixed)) }
            upcoming.append(Upcoming(segment: segment, plannedStart: plannedStart, projectedStart: start))
            cursor = start.addingTimeInterval(TimeInterval(estimatedSeconds[segment.id] ?? segment.plannedSeconds))
        }
        self.upcoming = upcoming
        projectedEnd = cursor
        showOverUnderSeconds = Int(projectedEnd.timeIntervalSince(plannedEnd).rounded())
    }
}
