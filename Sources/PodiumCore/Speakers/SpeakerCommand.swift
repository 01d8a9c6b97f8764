/// A change to the speaker queue, from the speakers pane or `podium speakers`. Decided against
/// the queue joined with the live show (`SpeakerQueue`) in the write's transaction.
public enum SpeakerCommand: Hashable, Sendable {
    /// The speaker at the podium is withdrawn only with `force`.
    case withdraw(id: Int64, force: Bool)
    case restore(id: Int64)
    /// To `position` (1…count; anything else is refused); the queue is renumbered.
    case move(id: Int64, to: Int)
    /// Appends at the end; a speaker not in the roster is refused unless `addDelegateToGroup` names a group.
    case add(ContributionDraft, addDelegateToGroup: String?)
    case save(Contribution)
    /// A contribution edited from a form opened on the journal's `basis.version`: refused if
    /// another operator changed the same fields meanwhile.
    case edit(Contribution, EditBasis)
}
