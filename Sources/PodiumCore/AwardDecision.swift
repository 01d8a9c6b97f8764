/// A commendation decision (Quyết định … tặng Bằng khen), read aloud before its recipients are called.
public struct AwardDecision: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    /// "125/QĐ-UBND"
    public var number: String
    public var date: CivilDate?
    public var signer: String
    public var signerTitle: String
    /// "về việc tặng Bằng khen …"
    public var subject: String

    public init(id: Int64, number: String, date: CivilDate?, signer: String, signerTitle: String, subject: String) {
        self.id = id
        self.number = number
        self.date = date
        self.signer = signer
        self.signerTitle = signerTitle
        self.subject = subject
    }
}
