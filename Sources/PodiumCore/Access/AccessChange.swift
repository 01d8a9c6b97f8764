/// A change to the role table (`podium access`, the access overlay).
public enum AccessChange: Hashable, Sendable {
    case grant(RoleGrant)
    case revoke(RoleGrant)
}
