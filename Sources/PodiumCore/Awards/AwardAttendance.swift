/// Whether a recipient is in the hall. The delegate roster's check-in decides where a delegate
/// matches (an individual by name, a collective by its representative's name, or by the seat
/// kept for its representative); otherwise the recipient's own flag, which defaults to present.
/// Until check-in has begun (nobody checked in yet) a delegate who has not checked in is not
/// yet absent: "not checked in" only means "absent" once protocol staff are at the door.
public enum AwardAttendance {
    /// The roster's delegates by folded name, folded once for the whole roster so that matching
    /// a thousand recipients costs a thousand look-ups, not a thousand passes over the roster.
    public struct Roster: Hashable, Sendable {
        private var byName: [String: [Delegate]]
        private var checkInBegun: Bool

        public init(_ delegates: [Delegate]) {
            var byName: [String: [Delegate]] = [:]
            for delegate in delegates { byName[FoldedName.fold(delegate.name), default: []].append(delegate) }
            self.byName = byName
            checkInBegun = delegates.contains(where: \.checkedIn)
        }

        /// Adds a delegate created after the roster was indexed (an enrolment in progress).
        public mutating func add(_ delegate: Delegate) {
            byName[FoldedName.fold(delegate.name), default: []].append(delegate)
            checkInBegun = checkInBegun || delegate.checkedIn
        }

        /// Every delegate whose folded name is `folded`, in the roster's order.
        public func delegates(named folded: String) -> [Delegate] { byName[folded] ?? [] }

        public func matchingDelegate(for recipient: AwardRecipient) -> Delegate? {
            let wanted = FoldedName.fold(recipient.attendee)
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
            case .fromCheckIn: !checkInBegun || (matchingDelegate(for: recipient)?.checkedIn ?? true)
            }
        }
    }

    public static func matchingDelegate(for recipient: AwardRecipient, in delegates: [Delegate]) -> Delegate? {
        Roster(delegates).matchingDelegate(for: recipient)
    }

    public static func isPresent(_ recipient: AwardRecipient, delegates: [Delegate]) -> Bool {
        Roster(delegates).isPresent(recipient)
    }

    /// Someone goes up for this recipient: present, or absent with someone receiving on their behalf.
    public static func isCalled(_ recipient: AwardRecipient, delegates: [Delegate]) -> Bool {
        isPresent(recipient, delegates: delegates) || !recipient.receivedBy.isEmpty
    }
}
