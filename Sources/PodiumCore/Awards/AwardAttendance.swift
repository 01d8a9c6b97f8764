/// Whether a recipient is in the hall. The delegate roster's check-in decides where a delegate
/// matches (an individual by name, a collective by its representative's name, or by the seat
/// kept for its representative); otherwise the recipient's own flag, which defaults to present.
/// "Not checked in" means "absent" only once the real show has begun and check-in with it:
/// before the opening people are still arriving, and in a rehearsal nobody has come, so a
/// recipient is then expected unless marked absent. (Seen in a rehearsal: one check-in made
/// every other recipient absent, the award estimate collapsed and the script called nobody.)
public enum AwardAttendance {
    /// The roster's delegates by folded name, folded once for the whole roster so that matching
    /// a thousand recipients costs a thousand look-ups, not a thousand passes over the roster.
    public struct Roster: Hashable, Sendable {
        private var byName: [String: [Delegate]]
        private var checkInBegun: Bool
        private let checkInDecides: Bool

        /// `checkInDecides`: the real show has begun (`ShowState.checkInDecidesAttendance`).
        public init(_ delegates: [Delegate], checkInDecides: Bool = false) {
            var byName: [String: [Delegate]] = [:]
            for delegate in delegates { byName[FoldedName.fold(delegate.name), default: []].append(delegate) }
            self.byName = byName
            self.checkInDecides = checkInDecides
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
            case .fromCheckIn: !checkInDecides || !checkInBegun || (matchingDelegate(for: recipient)?.checkedIn ?? true)
            }
        }
    }

    public static func matchingDelegate(for recipient: AwardRecipient, in delegates: [Delegate]) -> Delegate? {
        Roster(delegates).matchingDelegate(for: recipient)
    }

    public static func isPresent(_ recipient: AwardRecipient, delegates: [Delegate], checkInDecides: Bool) -> Bool {
        Roster(delegates, checkInDecides: checkInDecides).isPresent(recipient)
    }
}
