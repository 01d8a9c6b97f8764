/// A rule of the domain said no. Each case carries the typed reason of one capability, so the
/// interface that shows it (the TUI, the command line) words it in its own language and tells
/// the user what to do in its own terms: a key, or a flag.
public enum Refusal: Error, Hashable, Sendable {
    case show(ShowError)
    case speakers(SpeakerQueueError)
    case awards(AwardError)
    case seating(SeatingEditError)
    case hall(HallEditError)
    case checklist(ChecklistRuleError)
    case index(IndexRevealError)
    case group(GroupEdit.Problem)
    /// The live show's own refusals (the role, the checklist gate); its `.show` reasons are `.show`.
    case liveShow(LiveShowCommand.Refusal)
    /// Another operator changed the record an open form was editing (`EditBasis`).
    case conflict(EditConflict)
    /// The role table does not give the role this capability.
    case notAllowed(Role, RoleTable.Capability)
}
