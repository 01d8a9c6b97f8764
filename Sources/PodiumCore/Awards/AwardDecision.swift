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

    /// Whether `text` reads as a decision number: digits, a slash, then the document's code
    /// ("125/QĐ-UBND", "3/QĐ-CT").
    public static func isValidNumber(_ text: String) -> Bool {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let digits = parts.first, !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return false }
        let code = parts[1]
        return !code.isEmpty && code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" } && code.contains { $0.isLetter }
    }
}
