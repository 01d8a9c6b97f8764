/// Something in the award data the organisers should fix before the ceremony. Problems are
/// reported, never repaired silently: nobody is dropped from a decision by Podium.
public enum AwardProblem: Hashable, Sendable {
    /// The same name and unit twice (accents and case ignored), with their ids.
    case duplicate(name: String, ids: [Int64])
    case missingUnit(id: Int64, name: String)
    /// The chosen presenter of a batch left the roster.
    case presenterMissing(batch: Int)
    /// Recipients in no batch (added after the batches were built).
    case unbatched(ids: [Int64])

    public static func check(_ event: EventData) -> [AwardProblem] {
        var problems: [AwardProblem] = []
        var seen: [String: [AwardRecipient]] = [:]
        var keys: [String] = []
        for recipient in event.recipients {
            let key = FoldedName.fold(recipient.name) + "|" + FoldedName.fold(recipient.unit)
            if seen[key] == nil { keys.append(key) }
            seen[key, default: []].append(recipient)
        }
        for key in keys {
            if let group = seen[key], group.count > 1 {
                problems.append(.duplicate(name: group[0].name, ids: group.map(\.id)))
            }
        }
        for recipient in event.recipients where VietnameseText.normalize(recipient.unit).isEmpty {
            problems.append(.missingUnit(id: recipient.id, name: recipient.name))
        }
        let plan = event.awardPlan
        let delegateIDs = Set(event.delegates.map(\.id))
        for (index, batch) in plan.batches.enumerated() {
            if let id = batch.presenterID, !delegateIDs.contains(id) {
                problems.append(.presenterMissing(batch: index + 1))
            }
        }
        if !plan.batches.isEmpty {
            let batched = Set(plan.batches.flatMap(\.recipientIDs))
            let loose = event.recipients.map(\.id).filter { !batched.contains($0) }
            if !loose.isEmpty { problems.append(.unbatched(ids: loose)) }
        }
        return problems
    }
}
