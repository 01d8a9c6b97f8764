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
    /// Whether the recipient is in the hall: read from check-in, or set by hand.
    public var attendance: Attendance
    /// Who comes up instead when the recipient is absent; empty means the name is skipped.
    public var receivedBy: String
    /// How to say a name the MC may stumble on ("Sùng A Páo: Sùng A Pảo").
    public var pronunciation: String

    public enum Kind: String, Hashable, Sendable, Codable { case collective, individual }

    /// `fromCheckIn` follows the delegate with the same name (a collective: its representative);
    /// with no such delegate the recipient counts as present until someone says otherwise.
    public enum Attendance: String, Hashable, Sendable, Codable, CaseIterable { case fromCheckIn = "check-in", present, absent }

    public init(
        id: Int64, decisionID: Int64, order: Int, kind: Kind, name: String, title: String = "",
        unit: String, form: String, representative: String = "", attendance: Attendance = .fromCheckIn,
        receivedBy: String = "", pronunciation: String = ""
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
        self.attendance = attendance
        self.receivedBy = receivedBy
        self.pronunciation = pronunciation
    }

    /// The person who goes up and sits in the hall for this recipient: an individual, a
    /// collective's named representative, or — until one is named — "Đại diện <collective>",
    /// the name on the place card kept for whoever the collective sends.
    public var attendee: String {
        switch kind {
        case .individual: name
        case .collective: representative.isEmpty ? "Đại diện \(VietnameseText.midSentence(name))" : representative
        }
    }
}
