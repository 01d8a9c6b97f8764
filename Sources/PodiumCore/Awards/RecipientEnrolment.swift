/// Award recipients as delegates, so that everyone the MC will call up has a seat: every
/// individual, and for each collective its representative (or the place kept for
/// "Đại diện <collective>" until one is named). Someone already on the roster — matched as
/// attendance matches them, by name with the unit deciding between namesakes — is marked as
/// a recipient, never listed twice; everyone else joins the award recipients' group.
public enum RecipientEnrolment {
    public struct Report: Hashable, Sendable {
        /// Delegates created, in calling order.
        public var created: [Delegate] = []
        /// Delegates already on the roster, now marked as award recipients, in calling order.
        public var linked: [Delegate] = []
        /// The award recipients' group, when the event had none and this enrolment made it.
        public var createdGroup: ParticipantGroup?

        public init() {}

        public var isEmpty: Bool { created.isEmpty && linked.isEmpty }
    }

    /// The group the plan calls "Đại biểu điển hình tiên tiến" (section III.3.3).
    public static let groupKey = "awardees"
    public static let groupName = "Đại biểu điển hình tiên tiến"
    static let groupAliases = ["Điển hình tiên tiến", "Khen thưởng"]

    /// Enrols every recipient of `event` who is not yet a delegate, in calling order (so new
    /// delegates' ids follow the order they will be called), and marks those who already are.
    @discardableResult
    public static func enrol(_ event: inout EventData) -> Report {
        var report = Report()
        guard !event.recipients.isEmpty else { return report }
        var roster = AwardAttendance.Roster(event.delegates)
        var groupKey: String?
        for recipient in callingOrder(event) {
            if let existing = roster.matchingDelegate(for: recipient) {
                guard let index = event.delegates.firstIndex(where: { $0.id == existing.id }),
                      !event.delegates[index].flags.contains(.awardRecipient) else { continue }
                event.delegates[index].flags.insert(.awardRecipient)
                report.linked.append(event.delegates[index])
                continue
            }
            let key = groupKey ?? awardGroup(in: &event, report: &report)
            groupKey = key
            let delegate = Delegate(
                id: (event.delegates.map(\.id).max() ?? 0) + 1, name: recipient.attendee,
                title: recipient.kind == .individual ? recipient.title : "",
                unit: recipient.unit, groupKey: key, flags: .awardRecipient
            )
            event.delegates.append(delegate)
            roster.add(delegate)
            report.created.append(delegate)
        }
        return report
    }

    /// The delegates who go up for the event's recipients (as attendance matches them).
    public static func attendeeIDs(_ event: EventData) -> Set<Int64> {
        let roster = AwardAttendance.Roster(event.delegates)
        return Set(event.recipients.compactMap { roster.matchingDelegate(for: $0)?.id })
    }

    /// The recipients in the order they will be called: batch by batch (the stored batches, or
    /// the automatic ones), then anyone no batch holds in protocol order.
    public static func callingOrder(_ event: EventData) -> [AwardRecipient] {
        let byID = Dictionary(event.recipients.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<Int64>()
        var result: [AwardRecipient] = []
        for id in AwardCeremony.effectivePlan(event).batches.flatMap(\.recipientIDs) {
            if let recipient = byID[id], seen.insert(id).inserted { result.append(recipient) }
        }
        // Only recipients left out of every batch need the protocol's order.
        guard seen.count < event.recipients.count else { return result }
        for recipient in AwardBatching.protocolOrder(event, forms: event.awardPlan.settings.forms) where seen.insert(recipient.id).inserted {
            result.append(recipient)
        }
        return result
    }

    /// The key of the event's award recipients' group, made (after the other groups) when missing.
    private static func awardGroup(in event: inout EventData, report: inout Report) -> String {
        let groups = event.groups
        if let group = event.group(forKey: groupKey)
            ?? ([groupName] + groupAliases).lazy.compactMap({ ParticipantGroup.match($0, in: groups) }).first {
            return group.key
        }
        let group = ParticipantGroup(
            id: (event.groups.map(\.id).max() ?? 0) + 1, key: groupKey, name: groupName,
            order: (event.groups.map(\.order).max() ?? 0) + 1, level: .guest, aliases: groupAliases, shortLabel: "Điển hình"
        )
        event.groups.append(group)
        report.createdGroup = group
        return group.key
    }
}
