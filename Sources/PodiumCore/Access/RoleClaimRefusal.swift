/// A role asked for that the event's role table does not grant the account: it names the role,
/// the account, the roles it may take instead, and who can grant it (those granted organizer,
/// and the file's owner, who may always take organizer).
public struct RoleClaimRefusal: Error, Hashable, Sendable {
    public var role: Role
    public var user: String
    /// The roles the table lets this account take (viewer always among them), in table order.
    public var allowed: [Role]
    /// Users and groups granted organizer, in table order.
    public var granters: [Grantee]
    /// The event file's owner; nil when the system could not say.
    public var fileOwner: String?

    public init(role: Role, user: String, allowed: [Role], granters: [Grantee], fileOwner: String?) {
        self.role = role
        self.user = user
        self.allowed = allowed
        self.granters = granters
        self.fileOwner = fileOwner
    }

    /// The command a granter runs to let the account take the role.
    public var grantCommand: String { "podium access grant \(user) \(role.rawValue)" }
}
