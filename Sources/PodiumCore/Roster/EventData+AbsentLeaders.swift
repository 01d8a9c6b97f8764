extension EventData {
    /// Delegates of the leaders' groups who have not checked in, in roster order: protocol staff
    /// and the MC need them before introducing the delegates.
    public var absentLeaders: [Delegate] {
        let leaderGroups = Set(seating.settings.leaderGroups)
        let represented = representedNames
        return delegates.filter {
            leaderGroups.contains($0.groupKey) && !$0.checkedIn && $0.standInFor == nil
                && !represented.contains(VietnameseText.folded($0.name))
        }
    }

    /// The folded names of the delegates a stand-in was entered for.
    public var representedNames: Set<String> {
        Set(delegates.compactMap { $0.standInFor.map(VietnameseText.folded) })
    }
}
