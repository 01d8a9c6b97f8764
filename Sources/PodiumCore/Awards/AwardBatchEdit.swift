/// A change made by hand to the batches. Every edit marks the batches it touches as manual,
/// so a later rebuild keeps them (see `AwardBatching.rebuild`).
public enum AwardBatchEdit: Hashable, Sendable {
    /// Moves a recipient into batch `toBatch` (1-based) at `position` (1-based; nil = at the end).
    /// Moving within its own batch reorders it.
    case move(recipientID: Int64, toBatch: Int, position: Int?)
    /// Cuts batch `batch` before its `at`-th recipient; the rest becomes the next batch.
    case split(batch: Int, at: Int)
    /// Joins batch `batch + 1` onto the end of batch `batch`.
    case merge(batch: Int)
    /// Moves batch `batch` to place `to` in the ceremony (both 1-based); the others close up.
    case order(batch: Int, to: Int)
    /// Chooses the presenter of a batch; nil returns to the default.
    case presenter(batch: Int, delegateID: Int64?)
    /// Replaces the MC's generated lines for a batch; nil goes back to the generated text.
    case script(batch: Int, text: String?)
    case settings(AwardSettings)

    public var name: String {
        switch self {
        case .move: "move"
        case .split: "split"
        case .merge: "merge"
        case .order: "order"
        case .presenter: "presenter"
        case .script: "script"
        case .settings: "settings"
        }
    }

    public func applied(to plan: AwardPlan, event: EventData) throws(AwardError) -> AwardPlan {
        var plan = plan
        func check(_ number: Int) throws(AwardError) {
            guard plan.batches.indices.contains(number - 1) else { throw .noSuchBatch(number, count: plan.batches.count) }
        }
        switch self {
        case .move(let id, let toBatch, let position):
            guard let recipient = event.recipients.first(where: { $0.id == id }) else { throw .noSuchRecipient("#\(id)") }
            try check(toBatch)
            if let from = plan.batchIndex(of: id) {
                // Emptying a batch by moves is a merge in disguise, and it would renumber the
                // batches under the operator's feet: refused, with the merge named instead.
                guard from == toBatch - 1 || plan.batches[from].recipientIDs.count > 1 else { throw .batchWouldBeEmpty(from + 1) }
                plan.batches[from].recipientIDs.removeAll { $0 == id }
                plan.batches[from].isManual = true
            }
            var target = plan.batches[toBatch - 1]
            let index = min(max((position ?? Int.max) - 1, 0), target.recipientIDs.count)
            target.recipientIDs.insert(recipient.id, at: index)
            target.isManual = true
            plan.batches[toBatch - 1] = target
        case .split(let number, let at):
            try check(number)
            let batch = plan.batches[number - 1]
            guard at >= 2, at <= batch.recipientIDs.count else {
                throw .badSplit(batch: number, at: at, size: batch.recipientIDs.count)
            }
            let head = AwardBatch(recipientIDs: Array(batch.recipientIDs[..<(at - 1)]), presenterID: batch.presenterID, isManual: true)
            let tail = AwardBatch(recipientIDs: Array(batch.recipientIDs[(at - 1)...]), presenterID: nil, isManual: true)
            plan.batches.replaceSubrange((number - 1)...(number - 1), with: [head, tail])
        case .merge(let number):
            try check(number)
            guard number < plan.batches.count else { throw .lastBatchCannotMerge(number) }
            plan.batches[number - 1].recipientIDs += plan.batches[number].recipientIDs
            plan.batches[number - 1].isManual = true
            plan.batches[number - 1].script = nil
            plan.batches.remove(at: number)
        case .order(let number, let to):
            try check(number)
            try check(to)
            let moved = plan.batches.remove(at: number - 1)
            plan.batches.insert(moved, at: to - 1)
            // Marked manual so a rebuild keeps it where it was put.
            plan.batches[to - 1].isManual = true
        case .presenter(let number, let delegateID):
            try check(number)
            if let delegateID, !event.delegates.contains(where: { $0.id == delegateID }) {
                throw .presenterNotInRoster("#\(delegateID)")
            }
            plan.batches[number - 1].presenterID = delegateID
        case .script(let number, let text):
            try check(number)
            let cleaned = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false)
                .map { VietnameseText.normalize(String($0)) }.joined(separator: "\n") }
            plan.batches[number - 1].script = cleaned?.isEmpty == true ? nil : cleaned
        case .settings(let settings):
            guard (1...50).contains(settings.batchSize) else { throw .badBatchSize(settings.batchSize) }
            for (what, value) in [(AwardTiming.perRecipient, settings.secondsPerRecipient), (.perBatch, settings.secondsPerBatch),
                                  (.decisionReading, settings.decisionReadingSeconds)]
            where !(0...3600).contains(value) {
                throw .badSeconds(what, value)
            }
            plan.settings = settings
        }
        return plan
    }
}
