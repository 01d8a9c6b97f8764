/// Builds batches in protocol order: the highest award form first, then the decisions in
/// order and each decision's own order. A batch never mixes forms, so the MC can name the
/// award once; it holds at most `batchSize` recipients, and the batches of one form are even.
public enum AwardBatching {
    /// What a rebuild did, in words the CLI and the pane can show.
    public struct Report: Hashable, Sendable {
        /// Numbers (after the rebuild) of hand-edited batches that were kept.
        public var keptManual: [Int] = []
        /// Numbers (after the rebuild) of batches built automatically.
        public var rebuilt: [Int] = []
        /// Numbers (before the rebuild) of automatic batches whose script edit was dropped because their recipients changed.
        public var droppedScripts: [Int] = []
        /// Recipients no longer in any decision, removed from hand-edited batches.
        public var removedRecipients: [Int64] = []
    }

    /// Rank of a form: its place in `forms` (case and accents ignored), unknown forms after them.
    public static func formRanks(_ recipients: [AwardRecipient], forms: [String]) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (index, form) in forms.enumerated() where ranks[VietnameseText.folded(form)] == nil {
            ranks[VietnameseText.folded(form)] = index
        }
        var nextRank = forms.count
        // A thousand recipients share a handful of forms: each distinct spelling folded once.
        var seen = Set<String>()
        for recipient in recipients where seen.insert(recipient.form).inserted {
            let folded = VietnameseText.folded(recipient.form)
            if ranks[folded] == nil {
                ranks[folded] = nextRank
                nextRank += 1
            }
        }
        return ranks
    }

    /// Recipients in the order they are called.
    public static func protocolOrder(_ event: EventData, forms: [String]) -> [AwardRecipient] {
        let decisionRank = Dictionary(event.decisions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranks = formRanks(event.recipients, forms: forms)
        // Each recipient's key made once: folding the form at every comparison of the sort
        // cost more than the rest of seating a 5,000-delegate hall.
        var formRank: [String: Int] = [:]
        let keys = event.recipients.map { recipient in
            let rank = formRank[recipient.form] ?? {
                let rank = ranks[VietnameseText.folded(recipient.form)] ?? .max
                formRank[recipient.form] = rank
                return rank
            }()
            return (rank, decisionRank[recipient.decisionID] ?? .max, recipient.order, recipient.id)
        }
        return event.recipients.indices.sorted { keys[$0] < keys[$1] }.map { event.recipients[$0] }
    }

    /// Rebuilds the batches. Hand-edited batches are kept as they are, at their place, minus
    /// recipients no longer in the event; everyone else is laid out anew in protocol order in
    /// the places of the automatic batches (and after them). A chosen presenter stays with the
    /// batch number; an automatic batch keeps its script edit only if its recipients did not change.
    public static func rebuild(_ plan: AwardPlan, event: EventData) throws(AwardError) -> (AwardPlan, Report) {
        let size = plan.settings.batchSize
        guard (1...50).contains(size) else { throw .badBatchSize(size) }
        let known = Set(event.recipients.map(\.id))
        var report = Report()
        var old = plan.batches
        for index in old.indices where old[index].isManual {
            let before = old[index].recipientIDs
            old[index].recipientIDs = before.filter(known.contains)
            report.removedRecipients += before.filter { !known.contains($0) }
        }
        old.removeAll { $0.isManual && $0.recipientIDs.isEmpty }
        let taken = Set(old.filter(\.isManual).flatMap(\.recipientIDs))
        let free = protocolOrder(event, forms: plan.settings.forms).filter { !taken.contains($0.id) }
        var chunks = chunked(free, size: size)[...]

        var batches: [AwardBatch] = []
        func place(_ ids: [Int64], slot: AwardBatch?) {
            var batch = AwardBatch(recipientIDs: ids, presenterID: slot?.presenterID)
            if let slot, !slot.isManual, slot.recipientIDs == ids { batch.script = slot.script }
            if let slot, !slot.isManual, slot.script != nil, batch.script == nil, let number = plan.batches.firstIndex(of: slot) {
                report.droppedScripts.append(number + 1)
            }
            batches.append(batch)
            report.rebuilt.append(batches.count)
        }
        for slot in old {
            if slot.isManual {
                batches.append(slot)
                report.keptManual.append(batches.count)
            } else if let chunk = chunks.popFirst() {
                place(chunk, slot: slot)
            } else if slot.script != nil, let number = plan.batches.firstIndex(of: slot) {
                report.droppedScripts.append(number + 1)
            }
        }
        while let chunk = chunks.popFirst() { place(chunk, slot: nil) }
        var result = plan
        result.batches = batches
        return (result, report)
    }

    /// Splits recipients already in protocol order into runs of one form, each cut into as few
    /// batches of at most `size` as it needs, evenly (41 at 10 gives 9, 8, 8, 8, 8, not a batch of one).
    static func chunked(_ recipients: [AwardRecipient], size: Int) -> [[Int64]] {
        var runs: [[Int64]] = []
        var form: String?
        for recipient in recipients {
            let folded = VietnameseText.folded(recipient.form)
            if folded != form {
                runs.append([])
                form = folded
            }
            runs[runs.count - 1].append(recipient.id)
        }
        return runs.flatMap { run -> [[Int64]] in
            let count = (run.count + size - 1) / size
            var chunks: [[Int64]] = []
            var start = 0
            for index in 0..<count {
                let length = run.count / count + (index < run.count % count ? 1 : 0)
                chunks.append(Array(run[start..<(start + length)]))
                start += length
            }
            return chunks
        }
    }

    /// The leaders who present by default: the first participant group (by order), in roster order.
    public static func defaultPresenters(_ event: EventData) -> [Delegate] {
        guard let leaders = event.groups.min(by: { $0.order < $1.order }) else { return [] }
        return event.delegates.filter { $0.groupKey == leaders.key && $0.standInFor == nil }
    }

    /// The presenter of batch `index` (0-based) as they will come up: the chosen delegate, else
    /// the leaders in turn, replaced by their stand-in when one was entered.
    /// Nil when the chosen delegate left the roster (the problems list says so) or there are no leaders.
    public static func presenter(ofBatch index: Int, plan: AwardPlan, event: EventData) -> Delegate? {
        Presenters(event).presenter(ofBatch: index, plan: plan)
    }

    /// The presenter the plan names for batch `index`, whether or not they came.
    public static func principalPresenter(ofBatch index: Int, plan: AwardPlan, event: EventData) -> Delegate? {
        Presenters(event).principal(ofBatch: index, plan: plan)
    }

    /// The roster looked up once for every batch's presenter.
    struct Presenters {
        let leaders: [Delegate]
        let byID: [Int64: Delegate]
        /// Stand-ins by the folded name of the person they replace (the latest entered wins).
        let standIns: [String: Delegate]

        init(_ event: EventData) {
            leaders = AwardBatching.defaultPresenters(event)
            byID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            standIns = Dictionary(
                event.delegates.compactMap { d in d.standInFor.map { (VietnameseText.folded($0), d) } },
                uniquingKeysWith: { _, latest in latest }
            )
        }

        /// The presenter as they will come up: the stand-in when one was entered.
        func presenter(ofBatch index: Int, plan: AwardPlan) -> Delegate? {
            principal(ofBatch: index, plan: plan).map { named in
                standIns[VietnameseText.folded(named.name)].flatMap { $0.id == named.id ? nil : $0 } ?? named
            }
        }

        func principal(ofBatch index: Int, plan: AwardPlan) -> Delegate? {
            guard plan.batches.indices.contains(index) else { return nil }
            if let id = plan.batches[index].presenterID { return byID[id] }
            return leaders.isEmpty ? nil : leaders[index % leaders.count]
        }
    }
}
