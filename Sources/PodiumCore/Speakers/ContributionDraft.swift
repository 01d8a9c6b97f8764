/// A contribution as typed (CLI flags or the pane's form), checked before it is stored.
public struct ContributionDraft: Hashable, Sendable {
    public var topic: String
    public var unit: String
    public var speakerName: String
    public var speakerTitle: String
    public var minutes: Int

    public init(topic: String, unit: String, speakerName: String = "", speakerTitle: String = "", minutes: Int = 8) {
        self.topic = topic
        self.unit = unit
        self.speakerName = speakerName
        self.speakerTitle = speakerTitle
        self.minutes = minutes
    }

    /// The delegate this draft names, matched by name ignoring case and diacritics; of two
    /// namesakes, the one from the contribution's unit.
    public func delegate(in roster: [Delegate]) -> Delegate? {
        let wanted = VietnameseText.folded(speakerName)
        guard !wanted.isEmpty else { return nil }
        let named = roster.filter { VietnameseText.folded($0.name) == wanted }
        let unit = VietnameseText.folded(unit)
        return named.first { VietnameseText.folded($0.unit) == unit } ?? named.first
    }

    /// The contribution to append at the end of `existing`. A named speaker must be in the roster
    /// (so protocol can seat and introduce them); the roster's title fills a title left blank.
    public func contribution(existing: [Contribution], roster: [Delegate]) throws(SpeakerQueueError) -> Contribution {
        let topic = VietnameseText.normalize(topic)
        let unit = VietnameseText.normalize(unit)
        guard !topic.isEmpty else { throw .emptyTopic }
        guard !unit.isEmpty else { throw .emptyUnit }
        guard (1...SpeakerQueueError.maximumMinutes).contains(minutes) else { throw .badMinutes(minutes) }
        var title = VietnameseText.normalize(speakerTitle)
        var name = VietnameseText.normalize(speakerName)
        var delegateID: Int64?
        if !name.isEmpty {
            guard let delegate = delegate(in: roster) else { throw .speakerNotInRoster(name) }
            delegateID = delegate.id
            // Typed without diacritics ("Le Cong Thang"), the name is said as the roster writes it.
            name = delegate.name
            if title.isEmpty { title = delegate.title }
        }
        let position = (existing.map(\.position).max() ?? 0) + 1
        return Contribution(
            id: 0, position: position, topic: topic, unit: unit, speakerName: name, speakerTitle: title,
            allottedSeconds: minutes * 60, delegateID: delegateID
        )
    }

    /// The roster entry to create when the named speaker is not in the roster yet.
    public func newDelegate(groupKey: String, groups: [ParticipantGroup]) throws(SpeakerQueueError) -> Delegate {
        guard let group = groups.first(where: { $0.key == groupKey }) ?? ParticipantGroup.match(groupKey, in: groups) else {
            throw .unknownGroup(groupKey)
        }
        return Delegate(
            id: 0, name: VietnameseText.normalize(speakerName), title: VietnameseText.normalize(speakerTitle),
            unit: VietnameseText.normalize(unit), groupKey: group.key, flags: .speaker
        )
    }
}
