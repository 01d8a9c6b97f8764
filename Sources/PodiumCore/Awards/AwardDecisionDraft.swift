/// The award decision as typed in the form or on the command line, checked the same way:
/// a number such as 125/QĐ-UBND and a date; signer and form of award free text.
public struct AwardDecisionDraft: Hashable, Sendable {
    public var number: String
    public var date: String
    /// Nil keeps the decision's current value (the command line's omitted options).
    public var signer: String?
    public var signerTitle: String?
    /// The form of award; the decision is "về việc tặng" it.
    public var form: String?

    public enum Problem: Error, Hashable, Sendable {
        case badNumber(String)
        case badDate(String)
    }

    public static let subjectPrefix = "về việc tặng "

    public init(number: String, date: String, signer: String? = nil, signerTitle: String? = nil, form: String? = nil) {
        self.number = number
        self.date = date
        self.signer = signer
        self.signerTitle = signerTitle
        self.form = form
    }

    /// The form of award a decision's subject names ("về việc tặng Bằng khen …" → "Bằng khen …"),
    /// or nil when the subject is worded otherwise.
    public static func form(ofSubject subject: String) -> String? {
        subject.hasPrefix(subjectPrefix) ? String(subject.dropFirst(subjectPrefix.count)) : nil
    }

    /// The decision: `base` changed, or a new one.
    public func decision(base: AwardDecision?) throws(Problem) -> AwardDecision {
        let number = VietnameseText.normalize(self.number)
        guard AwardDecision.isValidNumber(number) else { throw .badNumber(number) }
        guard let day = CivilDate(parsing: date.trimmingSpaces) else { throw .badDate(date.trimmingSpaces) }
        var decision = base ?? AwardDecision(id: 0, number: number, date: day, signer: "", signerTitle: "", subject: "")
        decision.number = number
        decision.date = day
        if let signer { decision.signer = VietnameseText.normalize(signer) }
        if let signerTitle { decision.signerTitle = VietnameseText.normalize(signerTitle) }
        if let form {
            let clean = VietnameseText.normalize(form)
            decision.subject = clean.isEmpty ? "" : Self.subjectPrefix + clean
        }
        return decision
    }
}
