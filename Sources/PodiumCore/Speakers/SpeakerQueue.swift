import Foundation

/// The contributions as the live show sees them: the stored queue (order, withdrawals) joined
/// with the speaker runs folded from the journal (who spoke, who is speaking, for how long).
/// Stored status only says queued or withdrawn; on deck, speaking and done come from the show.
public struct SpeakerQueue: Hashable, Sendable {
    public struct Entry: Hashable, Sendable, Identifiable {
        public var contribution: Contribution
        public var status: Contribution.Status
        /// Actual speaking time so far, holds excluded.
        public var spokenSeconds: Int
        public var id: Int64 { contribution.id }
    }

    /// The speaker at the podium: their own countdown, with the thresholds of a segment that long.
    public struct Speaking: Hashable, Sendable {
        public var entry: Entry
        public var run: SpeakerRun
        public var allottedSeconds: Int
        public var elapsedSeconds: Int
        /// Negative in overtime.
        public var remainingSeconds: Int
        public var phase: ShowPhase
    }

    /// In speaking order.
    public var entries: [Entry]
    public var speaking: Speaking?
    /// Whether the contributions block is the segment running now.
    public var blockIsLive: Bool

    public init(contributions: [Contribution], state: ShowState, segments: [Segment], now: Date) {
        let ordered = contributions.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        let current = state.currentSpeaker
        var onDeckTaken = false
        entries = ordered.map { contribution in
            let runs = state.speakerRuns.filter { $0.contributionID == contribution.id }
            let spoken = runs.reduce(0) { $0 + Int($1.elapsed(at: now)) }
            let status: Contribution.Status
            if current?.contributionID == contribution.id {
                status = .speaking
            } else if contribution.status == .withdrawn {
                status = .withdrawn
            } else if !runs.isEmpty {
                status = .done
            } else if !onDeckTaken {
                status = .onDeck
                onDeckTaken = true
            } else {
                status = .queued
            }
            return Entry(contribution: contribution, status: status, spokenSeconds: spoken)
        }
        let block = state.current.flatMap { run in segments.first { $0.id == run.segmentID } }
        blockIsLive = block?.kind == .contributions
        speaking = current.flatMap { run in
            guard let entry = entries.first(where: { $0.id == run.contributionID }) else { return nil }
            let allotted = entry.contribution.allottedSeconds + run.extensionSeconds
            let elapsed = Int(run.elapsed(at: now))
            let thresholds = Segment.defaultThresholds(plannedSeconds: entry.contribution.allottedSeconds)
            return Speaking(
                entry: entry, run: run, allottedSeconds: allotted, elapsedSeconds: elapsed,
                remainingSeconds: allotted - elapsed,
                phase: ShowPhase(remainingSeconds: allotted - elapsed, warningSeconds: thresholds.warning, dangerSeconds: thresholds.danger)
            )
        }
    }

    /// Speakers still to be invited, in order.
    public var waiting: [Entry] { entries.filter { $0.status == .onDeck || $0.status == .queued } }
    public var onDeck: Entry? { entries.first { $0.status == .onDeck } }

    public func entry(_ id: Int64) -> Entry? { entries.first { $0.id == id } }

    /// The action to record for `action` now. Inside a running contributions block, `next`
    /// invites the speaker on deck and only leaves the block when nobody is waiting; so the
    /// clicker, the TUI's `n` and `podium show next` all walk the queue the same way.
    public static func resolve(
        _ action: ShowAction, state: ShowState, segments: [Segment], contributions: [Contribution], now: Date
    ) -> ShowAction {
        guard action == .next else { return action }
        let queue = SpeakerQueue(contributions: contributions, state: state, segments: segments, now: now)
        guard state.stage == .running, queue.blockIsLive, let onDeck = queue.onDeck else { return action }
        return .speaker(contributionID: onDeck.id)
    }

    /// Checks a speaker invitation against the stored queue (the show's own checks come first).
    public static func validate(_ action: ShowAction, contributions: [Contribution]) throws(ShowError) {
        guard case .speaker(let id?) = action else { return }
        guard let contribution = contributions.first(where: { $0.id == id }) else { throw .unknownSpeaker(id) }
        guard contribution.status != .withdrawn else { throw .speakerWithdrawn(id) }
    }

    /// Checks a withdrawal; a speaker at the podium needs `force` (the TUI asks first).
    public func checkWithdraw(_ id: Int64, force: Bool) throws(SpeakerQueueError) {
        guard let entry = entry(id) else { throw .unknown(id) }
        switch entry.status {
        case .withdrawn: throw .alreadyWithdrawn(id)
        case .done: throw .alreadySpoke(id)
        case .speaking where !force: throw .speakingNow(id, name: entry.contribution.speakerName)
        default: break
        }
    }

    public func checkRestore(_ id: Int64) throws(SpeakerQueueError) {
        guard let entry = entry(id) else { throw .unknown(id) }
        guard entry.contribution.status == .withdrawn else { throw .notWithdrawn(id) }
    }

    /// The queue with `id` moved to `position` (1-based), positions renumbered 1…n.
    public static func moved(_ contributions: [Contribution], id: Int64, to position: Int) throws(SpeakerQueueError) -> [Contribution] {
        var ordered = contributions.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        guard let index = ordered.firstIndex(where: { $0.id == id }) else { throw .unknown(id) }
        guard (1...ordered.count).contains(position) else { throw .positionOutOfRange(position, count: ordered.count) }
        let moving = ordered.remove(at: index)
        ordered.insert(moving, at: position - 1)
        for index in ordered.indices { ordered[index].position = index + 1 }
        return ordered
    }
}
