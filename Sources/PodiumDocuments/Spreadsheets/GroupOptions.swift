import PodiumCore

/// How a delegate import places rows whose group the event lacks: create the groups the file
/// names, map a file's text onto an existing group, or put everyone without a group in one.
public struct GroupOptions: Hashable, Sendable {
    /// Create the groups the file names that the event lacks (see `GroupProposal`).
    public var create: Bool
    /// A file's group text → an existing group, by key or name.
    public var mapping: [String: String]
    /// The group for rows naming none (or for every row of a file without a group column);
    /// created if the event lacks it.
    public var everyone: String?
    /// The new groups' precedence: their names in the order wanted (others follow as proposed).
    public var order: [String]

    public init(create: Bool = false, mapping: [String: String] = [:], everyone: String? = nil, order: [String] = []) {
        self.create = create
        self.mapping = mapping
        self.everyone = everyone
        self.order = order
    }

    /// Reads "TEXT=GROUP" pairs as the CLI's --map-group takes them.
    public static func mapping(_ pairs: [String]) -> (mapping: [String: String], bad: [String]) {
        var mapping: [String: String] = [:]
        var bad: [String] = []
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map { VietnameseText.normalize(String($0)) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                bad.append(pair)
                continue
            }
            mapping[parts[0]] = parts[1]
        }
        return (mapping, bad)
    }
}
