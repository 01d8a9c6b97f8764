/// A collective (tập thể) or an individual (cá nhân) named in a decision.
public struct AwardRecipient: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var decisionID: Int64
    /// Order within the decision, which is the order of calling within a form.
    public var order: Int
    public var kind: Kind
    public var name: String
    public var title: String
    public var unit: String
    /// The form of award, e.g. "Bằng khen của Chủ tịch UBND tỉnh".
    public var form: String
    /// Who receives on behalf of a collective.
    public var representative: String

    public enum Kind: String, Hashable, Sendable, Codable { case collective, individual }

    public init(
        id: Int64, decisionID: Int64, order: Int, kind: Kind, name: String, title: String = "",
        unit: String, form: String, representative: String = ""
    ) {
        self.id = id
        self.decisionID = decisionID
        self.order = order
        self.kind = kind
        self.name = name
        self.title = title
        self.unit = unit
        self.form = form
        self.representative = representative
    }
}
