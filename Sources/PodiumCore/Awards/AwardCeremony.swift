/// The award ceremony as the MC runs it: the batches with their presenters and recipients
/// resolved against the roster and the live progress. Views, the CLI and the script read this.
public struct AwardCeremony: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var recipient: AwardRecipient
        public var isPresent: Bool
        public var isTicked: Bool
        /// Someone goes up: the recipient, or whoever receives on their behalf. One the MC ticked
        /// went up whatever the check-in says (a recipient who came in without checking in), so
        /// the batch counts them as received and its estimate keeps their time.
        public var isCalled: Bool { isPresent || !recipient.receivedBy.isEmpty || isTicked }
    }

    public struct Batch: Hashable, Sendable {
        public var number: Int
        public var presenter: Delegate?
        public var entries: [Entry]
        public var isManual: Bool
        public var editedScript: String?
        /// The forms in the batch, in calling order, each once.
        public var forms: [String]
        public var estimatedSeconds: Int

        public var isDone: Bool { entries.allSatisfy { $0.isTicked || !$0.isCalled } }
    }

    public var plan: AwardPlan
    public var progress: AwardProgress
    public var batches: [Batch]
    /// 0-based index of the batch on stage.
    public var currentIndex: Int

    /// `plan` is the stored plan, or the automatic batches when none were built yet.
    /// `roster` is the event's delegates indexed by name; a screen keeps it between builds
    /// because it changes only with the delegates.
    /// `checkInDecides`, for a roster built here: the real show has begun, so a recipient who
    /// has not checked in is absent (`AwardAttendance`).
    public init(event: EventData, progress: AwardProgress = AwardProgress(), roster: AwardAttendance.Roster? = nil, checkInDecides: Bool = false) {
        let plan = Self.effectivePlan(event)
        self.plan = plan
        self.progress = progress
        let roster = roster ?? AwardAttendance.Roster(event.delegates, checkInDecides: checkInDecides)
        let byID = Dictionary(event.recipients.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let settings = plan.settings
        let presenters = AwardBatching.Presenters(event)
        batches = plan.batches.enumerated().map { index, batch in
            let entries = batch.recipientIDs.compactMap { byID[$0] }.map { recipient in
                Entry(recipient: recipient, isPresent: roster.isPresent(recipient),
                      isTicked: progress.ticked.contains(recipient.id))
            }
            var forms: [String] = []
            for entry in entries where !forms.contains(entry.recipient.form) { forms.append(entry.recipient.form) }
            let called = entries.filter(\.isCalled).count
            return Batch(
                number: index + 1, presenter: presenters.presenter(ofBatch: index, plan: plan),
                entries: entries, isManual: batch.isManual, editedScript: batch.script, forms: forms,
                estimatedSeconds: settings.secondsPerBatch + called * settings.secondsPerRecipient
            )
        }
        currentIndex = progress.currentIndex(in: plan)
    }

    /// The stored plan, or when it has no batches yet the automatic ones (not stored).
    public static func effectivePlan(_ event: EventData) -> AwardPlan {
        guard event.awardPlan.batches.isEmpty, !event.recipients.isEmpty,
              let (built, _) = try? AwardBatching.rebuild(event.awardPlan, event: event) else { return event.awardPlan }
        return built
    }

    /// Someone has gone up: the decision has been read.
    public var hasBegun: Bool { batches.contains { $0.entries.contains(where: \.isTicked) } }
    public var current: Batch? { batches.indices.contains(currentIndex) ? batches[currentIndex] : nil }
    public var next: Batch? { batches.indices.contains(currentIndex + 1) ? batches[currentIndex + 1] : nil }

    /// The whole ceremony, from the reading of the decision to the last batch back in their seats.
    public var estimatedTotalSeconds: Int {
        plan.settings.decisionReadingSeconds + batches.reduce(0) { $0 + $1.estimatedSeconds }
    }

    /// What is still to come from the batch on stage: its recipients not yet ticked, its photo,
    /// the batches after it, and the reading of the decision if nothing has happened yet.
    public var estimatedRemainingSeconds: Int {
        guard let current else { return 0 }
        let settings = plan.settings
        let untouched = currentIndex == 0 && progress.ticked.isEmpty
        let waiting = current.entries.filter { $0.isCalled && !$0.isTicked }.count
        var seconds = settings.secondsPerBatch + waiting * settings.secondsPerRecipient
        seconds += batches.dropFirst(currentIndex + 1).reduce(0) { $0 + $1.estimatedSeconds }
        if untouched { seconds += settings.decisionReadingSeconds }
        return seconds
    }

    /// Seconds the awards segments still need, for `ShowStatus(estimatedSeconds:)`: the whole
    /// estimate while they are upcoming, what remains while one runs.
    public static func segmentEstimates(event: EventData, progress: AwardProgress, show: ShowState) -> [Int64: Int] {
        guard !event.recipients.isEmpty else { return [:] }
        return AwardCeremony(event: event, progress: progress, checkInDecides: show.checkInDecidesAttendance).segmentEstimates(event: event, show: show)
    }

    /// The same from a ceremony already built of `event`: what a screen calls on every frame.
    public func segmentEstimates(event: EventData, show: ShowState) -> [Int64: Int] {
        guard !event.recipients.isEmpty else { return [:] }
        var estimates: [Int64: Int] = [:]
        for segment in event.segments where segment.kind == .awards {
            estimates[segment.id] = show.current?.segmentID == segment.id ? estimatedRemainingSeconds : estimatedTotalSeconds
        }
        return estimates
    }
}
