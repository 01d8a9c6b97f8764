/// The roster indexed by folded name, stand-in and title, built once for a question about many
/// people at a time (or by a screen once per change of the delegates). It answers as
/// `EventData.standIn(for:)`, `speaker(of:)` and `delegate(namedBy:)` do, which fold every
/// delegate's name on each call: asked for every segment and contribution of a large event,
/// or on every frame, they cost seconds.
public struct RosterLookup: Sendable {
    private let byID: [Int64: Delegate]
    /// The first delegate (not a stand-in) of each folded name.
    private let principalByName: [String: Delegate]
    /// The delegates (not stand-ins) of each folded title.
    private let principalsByTitle: [String: [Delegate]]
    /// Stand-ins by the folded name of the person they replace, in roster order.
    private let standIns: [String: [Delegate]]

    public init(_ delegates: [Delegate]) {
        var byID: [Int64: Delegate] = [:]
        var byName: [String: Delegate] = [:]
        var byTitle: [String: [Delegate]] = [:]
        var standIns: [String: [Delegate]] = [:]
        for delegate in delegates {
            if byID[delegate.id] == nil { byID[delegate.id] = delegate }
            if let absent = delegate.standInFor {
                standIns[VietnameseText.folded(absent), default: []].append(delegate)
            } else {
                let name = VietnameseText.folded(delegate.name)
                if byName[name] == nil { byName[name] = delegate }
                byTitle[VietnameseText.folded(delegate.title), default: []].append(delegate)
            }
        }
        self.byID = byID
        principalByName = byName
        principalsByTitle = byTitle
        self.standIns = standIns
    }

    /// As `EventData.standIn(for:)`: the latest stand-in entered for the delegate's name.
    public func standIn(for delegate: Delegate) -> Delegate? {
        standIns[VietnameseText.folded(delegate.name)]?.last { $0.id != delegate.id }
    }

    /// As `EventData.speaker(of:)`.
    public func speaker(of contribution: Contribution) -> Delegate? {
        if let id = contribution.delegateID, let linked = byID[id] { return linked }
        let name = VietnameseText.folded(contribution.speakerName)
        guard !name.isEmpty else { return nil }
        return principalByName[name]
    }

    /// As `EventData.attending(for:)`.
    public func attending(for delegate: Delegate) -> Delegate {
        standIn(for: delegate) ?? delegate
    }

    /// As `EventData.presented(_:)`.
    public func presented(_ contribution: Contribution) -> Contribution {
        guard let speaker = speaker(of: contribution), let standIn = standIn(for: speaker) else { return contribution }
        var changed = contribution
        changed.speakerName = standIn.name
        changed.speakerTitle = standIn.title
        changed.delegateID = standIn.id
        return changed
    }

    /// As `EventData.delegate(namedBy:)`.
    public func delegate(namedBy presenter: String) -> Delegate? {
        let wanted = VietnameseText.folded(presenter)
        guard !wanted.isEmpty else { return nil }
        if let named = principalByName[wanted] { return named }
        guard let titled = principalsByTitle[wanted], titled.count == 1 else { return nil }
        return titled[0]
    }
}
