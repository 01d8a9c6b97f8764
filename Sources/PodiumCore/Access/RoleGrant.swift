/// One row of an event's role table: `grantee` may take `role`.
public struct RoleGrant: Hashable, Sendable, Comparable {
    public var grantee: Grantee
    public var role: Role

    public init(_ grantee: Grantee, _ role: Role) {
        self.grantee = grantee
        self.role = role
    }

    public static func < (lhs: RoleGrant, rhs: RoleGrant) -> Bool {
        if lhs.grantee != rhs.grantee { return lhs.grantee < rhs.grantee }
        return Role.allCases.firstIndex(of: lhs.role)! < Role.allCases.firstIndex(of: rhs.role)!
    }
}
