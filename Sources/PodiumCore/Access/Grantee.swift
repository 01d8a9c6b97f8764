/// Whom a role is granted to: one OS account, or every member of one OS group. Written as the
/// account's name ("lan") or the group's name after an at sign ("@bantochuc"), on the command
/// line and in the journal alike.
public enum Grantee: Hashable, Sendable, Comparable {
    case user(String)
    case group(String)

    /// "lan" or "@bantochuc"; nil for an empty name, a lone "@", or a name with spaces or
    /// control characters in it (no OS account or group has one).
    public init?(parsing text: String) {
        let isGroup = text.hasPrefix("@")
        let name = isGroup ? String(text.dropFirst()) : text
        guard !name.isEmpty, !name.hasPrefix("@"),
              !name.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        self = isGroup ? .group(name) : .user(name)
    }

    public var name: String {
        switch self {
        case .user(let name), .group(let name): name
        }
    }

    public var isGroup: Bool { if case .group = self { true } else { false } }

    /// How it is written: "lan", "@bantochuc".
    public var written: String { isGroup ? "@" + name : name }

    /// Users before groups, each in name order.
    public static func < (lhs: Grantee, rhs: Grantee) -> Bool {
        (lhs.isGroup ? 1 : 0, lhs.name) < (rhs.isGroup ? 1 : 0, rhs.name)
    }
}
