import Foundation

/// A live award action as the journal records it ("award.tick" …). The ceremony's progress is
/// a fold of these entries, like the show's, so every terminal agrees on who has received.
public enum AwardAction: Hashable, Sendable {
    case tick(recipientID: Int64)
    case untick(recipientID: Int64)
    /// The batch on stage is done; the next one is called.
    case nextBatch
    case previousBatch

    public static let actionPrefix = "award."

    public var actionName: String {
        AwardAction.actionPrefix + {
            switch self {
            case .tick: "tick"
            case .untick: "untick"
            case .nextBatch: "batch-next"
            case .previousBatch: "batch-back"
            }
        }()
    }
}

/// Where the ceremony stands: which batch is on stage and who has received.
public struct AwardProgress: Hashable, Sendable {
    /// 0-based index of the batch on stage.
    public private(set) var currentBatch = 0
    public private(set) var ticked: Set<Int64> = []
    /// When each recipient was ticked, for the report.
    public private(set) var tickedAt: [Int64: Date] = [:]

    public init() {}

    public init(journal: [JournalEntry]) {
        for entry in journal.sorted(by: { $0.id < $1.id }) {
            guard let action = entry.fact.awardStep else { continue }
            switch action {
            case .tick(let id):
                ticked.insert(id)
                tickedAt[id] = entry.time
            case .untick(let id):
                ticked.remove(id)
                tickedAt[id] = nil
            case .nextBatch: currentBatch += 1
            case .previousBatch: currentBatch = max(0, currentBatch - 1)
            }
        }
    }

    /// The batch on stage, clamped to the plan (a plan rebuilt shorter keeps a valid index).
    public func currentIndex(in plan: AwardPlan) -> Int {
        min(currentBatch, max(0, plan.batches.count - 1))
    }

    /// Throws when `action` makes no sense now; only actions that pass are journaled.
    public func validate(_ action: AwardAction, plan: AwardPlan, recipients: [AwardRecipient]) throws(AwardError) {
        guard !plan.batches.isEmpty else { throw .noBatches }
        let current = currentIndex(in: plan)
        switch action {
        case .tick(let id), .untick(let id):
            guard let recipient = recipients.first(where: { $0.id == id }) else { throw .noSuchRecipient("#\(id)") }
            if case .tick = action {
                guard !ticked.contains(id) else { throw .alreadyTicked(recipient.name) }
                if let batch = plan.batchIndex(of: id), batch != current {
                    throw .notInCurrentBatch(recipient.name, batch: batch + 1, current: current + 1)
                }
            } else {
                guard ticked.contains(id) else { throw .notTicked(recipient.name) }
            }
        case .nextBatch:
            guard current + 1 < plan.batches.count else { throw .atLastBatch }
        case .previousBatch:
            guard current > 0 else { throw .atFirstBatch }
        }
    }
}
