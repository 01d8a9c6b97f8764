import PodiumCore

/// The awards pane's actions: each tick or batch change goes to the store as an effect, where it
/// is checked against the ceremony as it stands and journaled.
extension AppState {
    /// The batch's presenting leader when they are among the leaders not yet arrived: marked on
    /// the awards pane and on the MC's live panel, where they are called up.
    func presenterNotArrived(_ batch: AwardCeremony.Batch) -> Delegate? {
        batch.presenter.flatMap { seatingDerived.absentLeaderNames.contains($0.name) ? $0 : nil }
    }

    /// Nil when this terminal may tick recipients and call batches; otherwise why not.
    public var awardsDisabledReason: String? {
        if isReadOnly { return readOnlyReason }
        return role.may(.runCeremony) ? nil : strings.awardsRoleReason
    }

    mutating func applyAwards(_ action: AwardsPaneAction) {
        let ceremony = awardCeremony
        switch action {
        case .toggleTick:
            guard let batch = ceremony.current, batch.entries.indices.contains(selectedRow(in: .awards)) else { return }
            let entry = batch.entries[selectedRow(in: .awards)]
            let id = entry.recipient.id
            effects.append(.performAward(entry.isTicked ? .untick(recipientID: id) : .tick(recipientID: id)))
            // The MC reads down the list: after a tick the next name is selected.
            if !entry.isTicked { selection[.awards] = min(selectedRow(in: .awards) + 1, batch.entries.count - 1) }
        case .nextBatch:
            effects.append(.performAward(.nextBatch))
            selection[.awards] = 0
        case .previousBatch:
            effects.append(.performAward(.previousBatch))
            selection[.awards] = 0
        }
    }
}
