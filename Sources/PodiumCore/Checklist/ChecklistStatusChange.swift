/// What a person does to an item's status: tick it, reopen it, start it, or block it.
public enum ChecklistStatusChange: Hashable, Sendable {
    case done
    case reopen
    case doing
    /// Blocked items must say why, so whoever can unblock them knows what to do.
    case block(reason: String)
}

public enum ChecklistRuleError: Error, Hashable, Sendable {
    case blockNeedsReason(id: Int64)
}

extension ChecklistItem {
    /// The item after `change`. Leaving `blocked` clears the reason; blocking records the reason
    /// normalised to NFC. A change to the status the item already has is allowed and keeps it.
    public func applying(_ change: ChecklistStatusChange) throws(ChecklistRuleError) -> ChecklistItem {
        var item = self
        switch change {
        case .done: item.status = .done
        case .reopen: item.status = .todo
        case .doing: item.status = .doing
        case .block(let reason):
            let reason = VietnameseText.normalize(reason)
            guard !reason.isEmpty else { throw .blockNeedsReason(id: id) }
            item.status = .blocked
            item.blockedReason = reason
            return item
        }
        item.blockedReason = ""
        return item
    }

    /// Space in the pane: done items reopen, every other status becomes done.
    public var toggleChange: ChecklistStatusChange { status == .done ? .reopen : .done }
}
