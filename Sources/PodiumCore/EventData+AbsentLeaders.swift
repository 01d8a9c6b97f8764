extension EventData {
    /// Delegates of the leaders' groups who have not checked in, in roster order: protocol staff
    /// and the MC need them before introducing the delegates.
    public var absentLeaders: [Delegate] {
        let leaderGroups = Set(seating.settings.leaderGroups)
        return delegates.filter { leaderGroups.contains($0.groupKey) && !$0.checkedIn }
    }
}
