/// A change to the role table (`podium access`, the access overlay).
public enum AccessChange: Hashable, Sendable {
    case grant(RoleGrant)
    case revoke(RoleGrant)
}

extension AccessChange {
    /// Decides on the role table as it is (`context.grants`): a grant the table holds already,
    /// or a revoke of one it does not hold, changes nothing and records nothing.
    public func decided(_ context: CommandContext) -> CommandDecision {
        switch self {
        case .grant(let grant):
            guard !context.grants.contains(grant) else { return .nothing }
            return CommandDecision(changes: RecordChanges(inserts: [.roleGrant(grant)]), facts: [.access(.granted(grant))])
        case .revoke(let grant):
            guard context.grants.contains(grant) else { return .nothing }
            return CommandDecision(changes: RecordChanges(deletes: [.roleGrant(grant)]), facts: [.access(.revoked(grant))])
        }
    }
}
