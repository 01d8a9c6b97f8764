/// Whether a recipient is in the hall. The delegate roster's check-in decides where a delegate
/// matches (an individual by name, a collective by its representative's name); otherwise the
/// recipient's own flag, which defaults to present.
public enum AwardAttendance {
    /// The roster's delegates by folded name, folded once for the whole roster so that matching
    /// a thousand recipients costs a thousand look-ups, not a thousand passes over the roster.
    public struct Roster: Hashable, Sendable {
        private var byName: [String: [Delegate]]

        public init(_ delegates: [Delegate]) {
            var byName: [String: [Delegate]] = [:]
            for delegate in delegates { byName[FoldedName.fold(delegate.name), default: []].append(delegate) }
            self.byName = byName
        }

        public func matchingDelegate(for recipient: AwardRecipient) -> Delegate? {
            let person = recipient.kind == .individual ? recipient.name : recipient.representative
            let wanted = FoldedName.fold(person)
            guard !wanted.isEmpty, let sameName = byName[wanted] else { return nil }
            guard sameName.count > 1 else { return sameName.first }
            // Two delegates with one name: the one from the recipient's unit.
            let unit = FoldedName.fold(recipient.unit)
            return sameName.first { FoldedName.fold($0.unit) == unit } ?? sameName.first
        }

        public func isPresent(_ recipient: AwardRecipient) -> Bool {
            switch recipient.attendance {
            case .present: true
            case .absent: false
            case .fromCheckIn: matchingDelegate(for: recipient)?.checkedIn ?? true
            }
        }
    }

    public static func matchingDelegate(for recipient: AwardRecipient, in delegates: [Delegate]) -> Delegate? {
        Roster(delegates).matchingDelegate(for: recipient)
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
