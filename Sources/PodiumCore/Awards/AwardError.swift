/// Why an award change was refused. Each reads as one line: what is wrong and what to do.
public enum AwardError: Error, Hashable, Sendable, CustomStringConvertible {
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
    case notInCurrentBatch(String, batch: Int, current: Int)
    case atLastBatch
    case atFirstBatch
    case noBatches
    case badSeconds(String, Int)

    public var description: String {
        switch self {
        case .badBatchSize(let size):
            "a batch size of \(size) cannot work; give a whole number from 1 to 50 (8–12 fits most stages)"
        case .noSuchBatch(let number, let count):
            count == 0
                ? "there is no batch \(number): there are no batches yet; build them with `podium awards batches --rebuild`"
                : "there is no batch \(number); the batches are numbered 1 to \(count)"
        case .noSuchRecipient(let text):
            "no recipient matches \"\(text)\"; give an id or a name as `podium awards batches` lists them"
        case .ambiguousRecipient(let text, let candidates):
            "\"\(text)\" matches several recipients: \(candidates.joined(separator: "; ")); give the id instead"
        case .presenterNotInRoster(let text):
            "\"\(text)\" is not in the delegate roster; a presenter must be a delegate (give an id or a name from the roster)"
        case .ambiguousPresenter(let text, let candidates):
            "\"\(text)\" matches several delegates: \(candidates.joined(separator: "; ")); give the delegate id instead"
        case .badSplit(let batch, let at, let size):
            "batch \(batch) has \(size) recipients, so it cannot be split before position \(at); give a position from 2 to \(size)"
        case .lastBatchCannotMerge(let batch):
            "batch \(batch) is the last batch, so there is no following batch to merge into it"
        case .batchWouldBeEmpty(let batch):
            "moving this recipient would leave batch \(batch) empty; merge the batches instead (`podium awards merge`)"
        case .alreadyTicked(let name):
            "\(name) has already received the award; untick first if that was a mistake"
        case .notTicked(let name):
            "\(name) is not ticked, so there is nothing to untick"
        case .notInCurrentBatch(let name, let batch, let current):
            "\(name) is in batch \(batch), but batch \(current) is on stage; move to that batch first or move the recipient"
        case .atLastBatch:
            "this is the last batch; there is no next batch (end the awards segment with `podium show next`)"
        case .atFirstBatch:
            "this is the first batch; there is no batch before it"
        case .noBatches:
            "there are no batches yet; build them with `podium awards batches --rebuild`"
        case .badSeconds(let what, let value):
            "\(value) is not a usable number of seconds for \(what); give a whole number from 0 to 3600"
        }
    }
}
