import PodiumCore

/// Who makes a change: every journal entry records the operator's name and role.
public struct Actor: Hashable, Sendable {
    public var operatorName: String
    public var role: Role

    public init(operatorName: String, role: Role) {
        self.operatorName = operatorName
        self.role = role
    }
}
