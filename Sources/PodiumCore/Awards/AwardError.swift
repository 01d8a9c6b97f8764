/// Why an award change was refused; the interfaces word each case (`ErrorStrings`).
public enum AwardError: Error, Hashable, Sendable {
    case badBatchSize(Int)
    case noSuchBatch(Int, count: Int)
    case noSuchRecipient(String)
    case ambiguousRecipient(String, candidates: [String])
    case presenterNotInRoster(String)
    case ambiguousPresenter(String, candidates: [String])
    case badSplit(batch: Int, at: Int, size: Int)
    case lastBatchCannotMerge(Int)
    /// A move that would leave its batch with nobody: merging says what is meant.
    case batchWouldBeEmpty(Int)
    case alreadyTicked(String)
    case notTicked(String)
    /// A recipient who has received the award in this show cannot leave the list.
    case cannotRemoveTicked(String)
    case notInCurrentBatch(String, batch: Int, current: Int)
    case atLastBatch
    case atFirstBatch
    case noBatches
    case badSeconds(AwardTiming, Int)
}

/// The timings of the ceremony given in seconds.
public enum AwardTiming: Hashable, Sendable, CaseIterable {
    case perRecipient
    case perBatch
    case decisionReading
}
