/// The OS account a terminal runs as and the groups it is a member of, as the command line
/// read them from the system: the domain only compares names.
public struct OSAccount: Hashable, Sendable {
    public var user: String
    public var groups: Set<String>

    public init(user: String, groups: Set<String> = []) {
        self.user = user
        self.groups = groups
    }
}
