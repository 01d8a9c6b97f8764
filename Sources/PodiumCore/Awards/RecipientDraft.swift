/// A recipient as a person typed it (a form or the command line), checked before it is saved:
/// the same checks from the TUI and the CLI.
public struct RecipientDraft: Hashable, Sendable {
    public var name: String
    /// "cá nhân"/"individual" or "tập thể"/"collective" (case and diacritics aside).
    public var kind: String
    public var title: String
    public var unit: String
    public var form: String
    public var representative: String

    public enum Problem: Error, Hashable, Sendable {
        case noDecision
        case emptyName
        case badKind(String)
        case emptyForm
    }

    public init(name: String, kind: String, title: String = "", unit: String = "", form: String = "", representative: String = "") {
        self.name = name
        self.kind = kind
        self.title = title
        self.unit = unit
        self.form = form
        self.representative = representative
    }

    public init(_ recipient: AwardRecipient) {
        self.init(
            name: recipient.name, kind: recipient.kind == .individual ? "cá nhân" : "tập thể", title: recipient.title,
            unit: recipient.unit, form: recipient.form, representative: recipient.representative
        )
    }

    /// The kind typed: either language, or the code.
    public static func kind(typed text: String) -> AwardRecipient.Kind? {
        switch VietnameseText.folded(text) {
        case "ca nhan", "individual", "person": .individual
        case "tap the", "collective", "group": .collective
        default: nil
        }
    }

    /// The recipient this draft describes: `base` when editing one, otherwise a new one after
    /// the last of the event's latest decision.
    public func recipient(base: AwardRecipient?, event: EventData) throws(Problem) -> AwardRecipient {
        guard let decision = base.map({ $0.decisionID }) ?? event.decisions.max(by: { $0.id < $1.id })?.id else { throw .noDecision }
        let name = VietnameseText.normalize(self.name)
        guard !name.isEmpty else { throw .emptyName }
        guard let kind = Self.kind(typed: self.kind) else { throw .badKind(VietnameseText.normalize(self.kind)) }
        let form = VietnameseText.normalize(self.form)
        guard !form.isEmpty else { throw .emptyForm }
        var recipient = base ?? AwardRecipient(
            id: 0, decisionID: decision, order: (event.recipients.filter { $0.decisionID == decision }.map(\.order).max() ?? 0) + 1,
            kind: kind, name: name, unit: "", form: form
        )
        recipient.kind = kind
        recipient.name = name
        recipient.title = VietnameseText.normalize(title)
        recipient.unit = VietnameseText.normalize(unit)
        recipient.form = form
        recipient.representative = VietnameseText.normalize(representative)
        return recipient
    }
}

extension AwardPlan {
    /// The plan with a new recipient placed: after the last of its form if a batch holds that
    /// form, else at the end of the last batch. With no stored batches nothing is stored: the
    /// automatic batches take it in.
    public func placing(_ recipient: AwardRecipient, among recipients: [AwardRecipient]) -> AwardPlan {
        guard !batches.isEmpty else { return self }
        var plan = self
        let sameForm = Set(recipients.filter { $0.form == recipient.form }.map(\.id))
        let index = plan.batches.lastIndex { $0.recipientIDs.contains(where: sameForm.contains) } ?? plan.batches.count - 1
        plan.batches[index].recipientIDs.append(recipient.id)
        plan.batches[index].isManual = true
        return plan
    }

    /// The plan without a recipient; a batch it leaves empty goes, as there is nothing left to present.
    public func removing(_ recipientID: Int64) -> AwardPlan {
        var plan = self
        for index in plan.batches.indices { plan.batches[index].recipientIDs.removeAll { $0 == recipientID } }
        plan.batches.removeAll { $0.recipientIDs.isEmpty }
        return plan
    }
}
