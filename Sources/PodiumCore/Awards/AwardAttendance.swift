/// Whether a recipient is in the hall. The delegate roster's check-in decides where a delegate
/// matches (an individual by name, a collective by its representative's name); otherwise the
/// recipient's own flag, which defaults to present.
public enum AwardAttendance {
    public static func matchingDelegate(for recipient: AwardRecipient, in delegates: [Delegate]) -> Delegate? {
        let person = recipient.kind == .individual ? recipient.name : recipient.representative
        let wanted = VietnameseText.folded(person)
        guard !wanted.isEmpty else { return nil }
        let sameName = delegates.filter { VietnameseText.folded($0.name) == wanted }
        guard sameName.count > 1 else { return sameName.first }
        // Two delegates with one name: the one from the recipient's unit.
        let unit = VietnameseText.folded(recipient.unit)
        return sameName.first { VietnameseText.folded($0.unit) == unit } ?? sameName.first
    }

    public static func isPresent(_ recipient: AwardRecipient, delegates: [Delegate]) -> Bool {
        switch recipient.attendance {
        case .present: true
        case .absent: false
        case .fromCheckIn: matchingDelegate(for: recipient, in: delegates)?.checkedIn ?? true
        }
    }

    /// Someone goes up for this recipient: present, or absent with someone receiving on their behalf.
    public static func isCalled(_ recipient: AwardRecipient, delegates: [Delegate]) -> Bool {
        isPresent(recipient, delegates: delegates) || !recipient.receivedBy.isEmpty
    }
}
