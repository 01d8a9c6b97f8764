import Foundation

/// The live show as a fold of the journal's "show.*" entries. The state holds facts
/// (who started what, when); `ShowStatus` adds the wall clock to get the countdown.
public struct ShowState: Hashable, Sendable {
    public enum Stage: String, Hashable, Sendable { case notStarted = "not_started", running, finished }

    public private(set) var stage: Stage = .notStarted
    /// When the show started; its calendar day anchors the plan's clock times (see `EventClock.show`).
    public private(set) var startedAt: Date?
    /// Segments that ran and ended, in the order they ran.
    public private(set) var completed: [SegmentRun] = []
    /// The segment running now.
    public private(set) var current: SegmentRun?
    public private(set) var message: StageMessage?
    public private(set) var isBlank = false
    /// The last live action that an undo would reverse.
    public private(set) var undoableEntryID: Int64?
    public private(set) var undoableAction: ShowAction?
    /// The newest live-show entry folded (0: none): what a live command was pressed on.
    public private(set) var lastEntryID: Int64 = 0
    /// Every speaker invited in a contributions block, in order; the last is at the podium until it ends.
    public private(set) var speakerRuns: [SpeakerRun] = []
    /// This run is a rehearsal ("show.rehearse" came before its start).
    public private(set) var isRehearsal = false
    /// For a rehearsal, the instant the programme's first clock time maps to; nil for the real show.
    public private(set) var planAnchor: Date?
    /// How many rehearsals "show.reset" has set aside before this run.
    public private(set) var setAsideCount = 0
    /// The id of the last "show.reset": award and speaker progress before it belongs to a rehearsal.
    public private(set) var resetEntryID: Int64?

    public init() {}

    /// Whether the door's check-in now says who is absent: once the real show has begun. Before
    /// the opening people are still arriving; in a rehearsal nobody has come.
    public var checkInDecidesAttendance: Bool { stage != .notStarted && !isRehearsal }

    /// Folds journal entries (any actions; non-show entries are ignored) over the programme.
    /// Only the entries after the last "show.reset" count: what came before was a rehearsal.
    public init(journal: [JournalEntry], segments: [Segment]) {
        let (runs, lastReset) = Self.runs(journal)
        self.init(run: runs.last ?? [], segments: segments)
        setAsideCount = runs.count - 1
        resetEntryID = lastReset
        lastEntryID = journal.lazy.filter { $0.fact.showAction != nil }.map(\.id).max() ?? 0
    }

    /// The rehearsals set aside so far, oldest first, each folded on its own (for their reports).
    public static func setAside(journal: [JournalEntry], segments: [Segment]) -> [ShowState] {
        runs(journal).runs.dropLast().map { ShowState(run: $0, segments: segments) }
    }

    /// The journal's live-show entries cut at each "show.reset" (the reset itself is dropped).
    private static func runs(_ journal: [JournalEntry]) -> (runs: [[(JournalEntry, ShowAction)]], lastReset: Int64?) {
        var runs: [[(JournalEntry, ShowAction)]] = [[]]
        var lastReset: Int64?
        for entry in journal.sorted(by: { $0.id < $1.id }) {
            guard let action = entry.fact.showAction else { continue }
            if action == .reset {
                runs.append([])
                lastReset = entry.id
            } else {
                runs[runs.count - 1].append((entry, action))
            }
        }
        return (runs, lastReset)
    }

    private init(run actions: [(JournalEntry, ShowAction)], segments: [Segment]) {
        let ordered = segments.sorted { $0.position < $1.position }
        var undone = Set<Int64>()
        for (_, action) in actions {
            if case .undo(let target) = action { undone.insert(target) }
        }
        var undoStack: [(Int64, ShowAction)] = []
        for (entry, action) in actions {
            if case .undo = action { continue }
            guard !undone.contains(entry.id) else { continue }
            let onStage = (current?.segmentID, currentSpeaker?.contributionID, stage)
            apply(action, at: entry.time, by: entry.operatorName, programme: ordered)
            // A stage message ("Còn 1 phút") is for whoever is speaking when it is sent: it goes
            // when the segment, the speaker or the show's stage changes.
            if onStage != (current?.segmentID, currentSpeaker?.contributionID, stage) { message = nil }
            // The rehearsal mark belongs to the start after it: undoing that start undoes the run.
            if case .rehearse = action { continue }
            undoStack.append((entry.id, action))
        }
        undoableEntryID = undoStack.last?.0
        undoableAction = undoStack.last?.1
    }

    public var isHeld: Bool { current?.heldSince != nil }

    /// While the show runs, whether segment `id` has run or is running: the journal refers to
    /// it, so the programme pane and `podium programme` ask before changing it and never remove it.
    public func hasRunLive(_ id: Int64) -> Bool {
        stage == .running && (completed + [current].compactMap { $0 }).contains { $0.segmentID == id }
    }

    /// The speaker at the podium now, if any.
    public var currentSpeaker: SpeakerRun? {
        guard let last = speakerRuns.last, last.endedAt == nil else { return nil }
        return last
    }

    /// Throws when `action` makes no sense now; the journal only records actions that pass.
    public func validate(_ action: ShowAction, segments: [Segment]) throws(ShowError) {
        let ordered = segments.sorted { $0.position < $1.position }
        switch action {
        case .start:
            guard stage == .notStarted else {
                throw stage == .finished ? (isRehearsal ? .rehearsalFinished : .finished) : .alreadyStarted
            }
            guard !ordered.isEmpty else { throw .noProgramme }
        case .rehearse:
            guard stage == .notStarted else {
                throw stage == .finished ? (isRehearsal ? .rehearsalFinished : .finished) : .alreadyStarted
            }
            guard !ordered.isEmpty else { throw .noProgramme }
        case .reset:
            guard isRehearsal else { throw stage == .notStarted ? .nothingToReset : .notARehearsal }
        case .next, .skip:
            try requireRunning()
            guard nextSegment(in: ordered) != nil else { throw .atLastSegment }
        case .back:
            try requireRunning()
            guard !completed.isEmpty || currentSpeaker != nil else { throw .atFirstSegment }
        case .hold:
            try requireRunning()
            guard !isHeld else { throw .alreadyHeld }
        case .resume:
            try requireRunning()
            guard isHeld else { throw .notHeld }
        case .extend(let seconds):
            try requireRunning()
            guard seconds % 60 == 0, (1...120).contains(seconds / 60) else { throw .badExtension(seconds / 60) }
        case .jump(let id):
            guard stage != .finished else { throw isRehearsal ? .rehearsalFinished : .finished }
            guard ordered.contains(where: { $0.id == id }) else { throw .unknownSegment(id) }
        case .end:
            try requireRunning()
        case .message(let text, _):
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyMessage }
        case .clearMessage, .blank:
            break
        case .undo(let id):
            guard id == undoableEntryID else { throw .nothingToUndo }
        case .speaker(let id):
            try requireRunning()
            guard let current, ordered.first(where: { $0.id == current.segmentID })?.kind == .contributions else {
                throw .notInContributions
            }
            if let id, speakerRuns.contains(where: { $0.contributionID == id }) { throw .speakerAlreadySpoke(id) }
        }
    }

    private func requireRunning() throws(ShowError) {
        switch stage {
        case .notStarted: throw .notStarted
        case .finished: throw isRehearsal ? .rehearsalFinished : .finished
        case .running: break
        }
    }

    /// The segment that `action` would start now, if it starts one.
    public func segmentStarted(by action: ShowAction, in segments: [Segment]) -> Segment? {
        let ordered = segments.sorted { $0.position < $1.position }
        switch action {
        case .start: return stage == .notStarted ? ordered.first : nil
        case .next, .skip: return stage == .running ? nextSegment(in: ordered) : nil
        case .jump(let id): return ordered.first { $0.id == id }
        default: return nil
        }
    }

    /// The segment after the current one in programme order that has not run yet: after a jump
    /// back to a segment that was passed over, `next` goes on to what is still to come.
    public func nextSegment(in ordered: [Segment]) -> Segment? {
        guard let current else { return stage == .notStarted ? ordered.first : nil }
        guard let index = ordered.firstIndex(where: { $0.id == current.segmentID }) else {
            return nil
        }
        let ran = Set(completed.map(\.segmentID))
        return ordered[(index + 1)...].first { !ran.contains($0.id) }
    }

    /// Segments the show has moved past without running them (a jump over them, or the end
    /// before them), in programme order. A jump back brings one out of this list again.
    public func jumpedOver(in segments: [Segment]) -> [Segment] {
        let ordered = segments.sorted { $0.position < $1.position }
        let ran = Set(completed.map(\.segmentID) + [current?.segmentID].compactMap { $0 })
        let limit: Int
        switch stage {
        case .notStarted: return []
        case .finished: limit = Int.max
        case .running:
            guard let position = ordered.first(where: { $0.id == current?.segmentID })?.position else { return [] }
            limit = position
        }
        return ordered.filter { !ran.contains($0.id) && $0.position < limit }
    }

    /// The segments a jump to `segmentID` would pass over without running them.
    public func passedOver(byJumpTo segmentID: Int64, in segments: [Segment]) -> [Segment] {
        let ordered = segments.sorted { $0.position < $1.position }
        guard stage != .finished, let target = ordered.first(where: { $0.id == segmentID }) else { return [] }
        let ran = Set(completed.map(\.segmentID) + [current?.segmentID].compactMap { $0 })
        let from = ordered.first(where: { $0.id == current?.segmentID })?.position ?? Int.min
        return ordered.filter { !ran.contains($0.id) && $0.position > from && $0.position < target.position }
    }

    private mutating func apply(_ action: ShowAction, at time: Date, by operatorName: String, programme: [Segment]) {
        switch action {
        case .start:
            guard stage == .notStarted, let first = programme.first else { return }
            stage = .running
            startedAt = time
            current = SegmentRun(segmentID: first.id, startedAt: time)
        case .next, .skip:
            guard stage == .running, let following = nextSegment(in: programme) else { return }
            finishCurrent(at: time, skipped: action == .skip)
            current = SegmentRun(segmentID: following.id, startedAt: time)
        case .back:
            guard stage == .running else { return }
            if let speaker = currentSpeaker {
                // Back from a speaker returns to the one before, if that one handed over directly.
                speakerRuns.removeLast()
                if let last = speakerRuns.indices.last, speakerRuns[last].endedAt == speaker.startedAt,
                   speakerRuns[last].segmentID == speaker.segmentID {
                    speakerRuns[last].endedAt = nil
                }
                return
            }
            guard var previous = completed.popLast() else { return }
            if let last = speakerRuns.indices.last, speakerRuns[last].segmentID == previous.segmentID,
               speakerRuns[last].endedAt == previous.endedAt {
                speakerRuns[last].endedAt = nil
            }
            // The previous segment resumes as if it had never ended; the run that followed is dropped.
            previous.endedAt = nil
            previous.skipped = false
            current = previous
        case .hold:
            guard current?.heldSince == nil else { return }
            current?.heldSince = time
            if currentSpeaker != nil { speakerRuns[speakerRuns.count - 1].heldSince = time }
        case .resume:
            guard let since = current?.heldSince else { return }
            current?.heldSeconds += max(0, time.timeIntervalSince(since))
            current?.heldSince = nil
            if let since = currentSpeaker?.heldSince {
                speakerRuns[speakerRuns.count - 1].heldSeconds += max(0, time.timeIntervalSince(since))
                speakerRuns[speakerRuns.count - 1].heldSince = nil
            }
        case .extend(let seconds):
            current?.extensionSeconds += seconds
            current?.extendedBy.append(operatorName)
            if currentSpeaker != nil { speakerRuns[speakerRuns.count - 1].extensionSeconds += seconds }
        case .jump(let id):
            guard programme.contains(where: { $0.id == id }), stage != .finished else { return }
            finishCurrent(at: time, skipped: false)
            if stage == .notStarted { startedAt = time }
            stage = .running
            current = SegmentRun(segmentID: id, startedAt: time)
        case .end:
            guard stage == .running else { return }
            finishCurrent(at: time, skipped: false)
            stage = .finished
        case .message(let text, let blink):
            message = StageMessage(text: text, blink: blink, sentAt: time, sentBy: operatorName)
        case .clearMessage:
            message = nil
        case .blank(let on):
            isBlank = on
        case .undo, .reset:
            break
        case .rehearse(let start):
            guard stage == .notStarted else { return }
            isRehearsal = true
            planAnchor = start ?? time
        case .speaker(let id):
            guard stage == .running, let current else { return }
            closeSpeaker(at: time)
            if let id {
                var run = SpeakerRun(contributionID: id, segmentID: current.segmentID, startedAt: time)
                if let since = current.heldSince { run.heldSince = since }
                speakerRuns.append(run)
            }
        }
    }

    private mutating func closeSpeaker(at time: Date) {
        guard currentSpeaker != nil else { return }
        speakerRuns[speakerRuns.count - 1].close(at: time)
    }

    private mutating func finishCurrent(at time: Date, skipped: Bool) {
        guard var run = current else { return }
        closeSpeaker(at: time)
        run.close(at: time, skipped: skipped)
        completed.append(run)
        current = nil
    }
}
