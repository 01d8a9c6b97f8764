/// Changes to the event's role table. The grantee is written as on the command line: "lan" for
/// an account, "@bantochuc" for a group; the journal entry itself names the OS account that
/// made the change.
public enum AccessFact: Hashable, Sendable, FactArea {
    case granted(RoleGrant)
    case revoked(RoleGrant)

    public var grant: RoleGrant {
        switch self {
        case .granted(let grant), .revoked(let grant): grant
        }
    }

    var name: String {
        switch self {
        case .granted: "access.grant"
        case .revoked: "access.revoke"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        writer.set("grantee", grant.grantee.written)
        writer.set("role", grant.role.rawValue)
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> AccessFact? {
        guard name == "access.grant" || name == "access.revoke" else { return nil }
        guard let grantee = Grantee(parsing: try fields.string("grantee")) else { throw FactFields.Unreadable(field: "grantee") }
        guard let role = Role(rawValue: try fields.string("role")) else { throw FactFields.Unreadable(field: "role") }
        let grant = RoleGrant(grantee, role)
        return name == "access.grant" ? .granted(grant) : .revoked(grant)
    }
}
