/// Who is actually there for each person the programme names. A delegate with a stand-in is
/// represented by the stand-in (with the stand-in's own title); every place that names a
/// person — MC lines, the speaker queue, award presenters, the introduction — reads through
/// these, so entering a stand-in changes them all at once.
extension EventData {
    /// The stand-in entered for `delegate` (the latest, if several were entered).
    public func standIn(for delegate: Delegate) -> Delegate? {
        let name = VietnameseText.folded(delegate.name)
        return delegates.last { $0.id != delegate.id && $0.standInFor.map(VietnameseText.folded) == name }
    }

    /// The person who comes for `delegate`: their stand-in if one was entered, else themselves.
    public func attending(for delegate: Delegate) -> Delegate {
        standIn(for: delegate) ?? delegate
    }

    /// The roster delegate who speaks `contribution`: the linked delegate, else the one with that name.
    public func speaker(of contribution: Contribution) -> Delegate? {
        if let id = contribution.delegateID, let linked = delegates.first(where: { $0.id == id }) { return linked }
        let name = VietnameseText.folded(contribution.speakerName)
        guard !name.isEmpty else { return nil }
        return delegates.first { VietnameseText.folded($0.name) == name && $0.standInFor == nil }
    }

    /// `contribution` as it will be presented: a speaker who sent a stand-in is replaced by the
    /// stand-in's name and title.
    public func presented(_ contribution: Contribution) -> Contribution {
        guard let speaker = speaker(of: contribution), let standIn = standIn(for: speaker) else { return contribution }
        var changed = contribution
        changed.speakerName = standIn.name
        changed.speakerTitle = standIn.title
        changed.delegateID = standIn.id
        return changed
    }

    /// Every contribution as it will be presented (see `presented(_:)`).
    public var presentedContributions: [Contribution] { contributions.map(presented) }

    /// The delegate a segment's presenter text names: a delegate's exact name, else the one
    /// delegate holding exactly that title ("Chủ tịch UBND tỉnh"). Nil for free text ("MC", "Sở Nội vụ").
    public func delegate(namedBy presenter: String) -> Delegate? {
        let wanted = VietnameseText.folded(presenter)
        guard !wanted.isEmpty else { return nil }
        let principals = delegates.filter { $0.standInFor == nil }
        if let named = principals.first(where: { VietnameseText.folded($0.name) == wanted }) { return named }
        let titled = principals.filter { VietnameseText.folded($0.title) == wanted }
        return titled.count == 1 ? titled[0] : nil
    }

    /// Speakers and presenters who are not there: not checked in and nobody standing in.
    /// Each is listed once, speakers of contributions still to come first, then award presenters
    /// and the presenters of segments. Until check-in has begun (nobody checked in yet) nobody
    /// is missing: "not checked in" only means "absent" once protocol staff are at the door.
    public var missingPresenters: [Delegate] { missingPresenters(roster: RosterLookup(delegates)) }

    /// The same with the roster already indexed (`RosterLookup(delegates)`), as a screen keeps it.
    public func missingPresenters(roster: RosterLookup) -> [Delegate] {
        guard delegates.contains(where: \.checkedIn) else { return [] }
        var result: [Delegate] = []
        var listed = Set<Int64>()
        func check(_ delegate: Delegate?) {
            guard let delegate, !delegate.checkedIn, roster.standIn(for: delegate) == nil,
                  !listed.contains(delegate.id) else { return }
            listed.insert(delegate.id)
            result.append(delegate)
        }
        for contribution in contributions where contribution.status != .withdrawn { check(roster.speaker(of: contribution)) }
        let plan = AwardCeremony.effectivePlan(self)
        let presenters = AwardBatching.Presenters(self)
        for index in plan.batches.indices {
            check(presenters.principal(ofBatch: index, plan: plan))
        }
        for segment in segments { check(roster.delegate(namedBy: segment.presenter)) }
        return result
    }
}
