/// An event's role table: which OS accounts and groups may take which roles. Empty, it grants
/// every role to everyone (an event run by one person, or by colleagues who trust each other's
/// choice of `--role`). Once it has a row, an account may take only what a row grants it or one
/// of its groups, with two exceptions that no row can take away: everyone may watch (viewer,
/// which opens the file read-only), and the file's owner may take organizer, so that nobody
/// locks the event away from the one who can put the table right.
public struct RoleGrants: Hashable, Sendable {
    /// In order: users before groups, each by name, then by role.
    public private(set) var grants: [RoleGrant]

    public init(_ grants: [RoleGrant] = []) {
        self.grants = Set(grants).sorted()
    }

    public var isEmpty: Bool { grants.isEmpty }

    public func contains(_ grant: RoleGrant) -> Bool { grants.contains(grant) }

    /// The table with `grant` added (unchanged when it is already there).
    public func granting(_ grant: RoleGrant) -> RoleGrants { RoleGrants(grants + [grant]) }

    /// The table without `grant` (unchanged when it is not there).
    public func revoking(_ grant: RoleGrant) -> RoleGrants { RoleGrants(grants.filter { $0 != grant }) }

    /// Whether a row grants `role` to the account or to one of its groups.
    private func grants(_ role: Role, to account: OSAccount) -> Bool {
        grants.contains { grant in
            guard grant.role == role else { return false }
            switch grant.grantee {
            case .user(let name): return name == account.user
            case .group(let name): return account.groups.contains(name)
            }
        }
    }

    /// Whether `account` may take `role` on an event whose file `fileOwner` owns.
    public func allows(_ role: Role, for account: OSAccount, fileOwner: String?) -> Bool {
        if grants.isEmpty || role == .viewer { return true }
        if role == .organizer, let fileOwner, account.user == fileOwner { return true }
        return grants(role, to: account)
    }

    /// Every role `account` may take, in the order of `Role.allCases`.
    public func roles(for account: OSAccount, fileOwner: String?) -> [Role] {
        Role.allCases.filter { allows($0, for: account, fileOwner: fileOwner) }
    }

    /// Those who may change the table: every user and group granted organizer.
    public var granters: [Grantee] { grants.filter { $0.role == .organizer }.map(\.grantee) }

    /// Refuses a role the table does not let `account` take, saying who can grant it.
    public func check(_ role: Role, for account: OSAccount, fileOwner: String?) throws(RoleClaimRefusal) {
        guard !allows(role, for: account, fileOwner: fileOwner) else { return }
        throw RoleClaimRefusal(
            role: role, user: account.user, allowed: roles(for: account, fileOwner: fileOwner),
            granters: granters, fileOwner: fileOwner
        )
    }
}
