import Foundation
import PodiumCore
import PodiumStore

/// A change to the event a command asks for. `AppState.apply` stays pure and only queues
/// effects; the loop has the session (`StoreSession`) perform them through the store
/// (journaled) and hands the outcome back to `AppState.update`.
public enum StoreEffect: Hashable, Sendable {
    case upsertChecklistItem(ChecklistItem)
    /// An item edited from a form opened on the journal's `basis.version`.
    case editChecklistItem(ChecklistItem, EditBasis)
    case changeChecklistStatus(id: Int64, ChecklistStatusChange)
    case deleteChecklistItem(id: Int64)
    case perform(ShowAction)
    /// The action, starting a segment whose checklist items are not done: the override is
    /// recorded with it, in the same transaction.
    case performOverridingGate(ShowAction)
    /// The details edited from the form opened on the journal's `basis.version`.
    case editEventInfo(EventInfo, EditBasis)
    /// Starts the show as a rehearsal, its plan laid from `planStart` (nil: now).
    case startRehearsal(planStart: Date?, overrideGate: Bool)
    case upsertSegment(Segment)
    case editSegment(Segment, EditBasis)
    case deleteSegment(id: Int64)
    case moveSegment(id: Int64, toPosition: Int)
    /// Seating writes report counts or a stand-in (`WriteOutcome`), which update turns into a
    /// notice or a cursor move.
    case seating(SeatingWrite)
    // The speaker queue.
    case withdrawContribution(id: Int64, force: Bool)
    case restoreContribution(id: Int64)
    case moveContribution(id: Int64, toPosition: Int)
    case addContribution(ContributionDraft, addDelegateToGroup: String?)
    case upsertContribution(Contribution)
    /// A contribution edited from a form opened on the journal's `basis.version`.
    case editContribution(Contribution, EditBasis)
    case performAward(AwardAction)
    /// `seen`: the steps revealed when it was pressed, so a second MC's press is not a second step.
    case performIndexReveal(IndexRevealAction, seen: Int)
    /// The hall editor's result; delegates on seats the new hall lacks become unseated.
    /// `basedOn` (here and below): the newest journal entry the screen showed when the form
    /// opened or the key was pressed; a change to the same record since refuses the write.
    case updateHall(Hall, basedOn: Int64? = nil)
    // Preparing the day.
    /// A group and the seating settings that name it, in one write.
    case groupEdit(GroupEdit)
    case updateRankTable(RankTable, basedOn: Int64? = nil)
    case setPrecedenceOverride(delegateID: Int64, Int?, basedOn: Int64? = nil)
    case updateSeatingSettings(SeatingSettings, basedOn: Int64? = nil)
    case upsertDecision(AwardDecision, basedOn: Int64? = nil)
    case saveRecipient(AwardRecipient)
    /// A recipient edited from a form opened on the journal's `basis.version`.
    case editRecipient(AwardRecipient, EditBasis)
    case removeRecipient(id: Int64)
    case editAwardBatches(AwardBatchEdit, basedOn: Int64? = nil)
    /// The role table (organisers).
    case grantRole(RoleGrant)
    case revokeRole(RoleGrant)

    /// The command this effect runs; `showSeen` is the newest live-show entry the screen showed:
    /// a live step pressed on a show that another terminal has moved on since is refused, not
    /// applied twice. Nil for seating, whose outcome the session reads back itself.
    public func command(showSeen: Int64? = nil) -> EventCommand? {
        switch self {
        case .upsertChecklistItem(let item): .checklist(.save(item))
        case .editChecklistItem(let item, let basis): .checklist(.edit(item, basis))
        case .changeChecklistStatus(let id, let change): .checklist(.changeStatus(id: id, change))
        case .deleteChecklistItem(let id): .checklist(.delete(id: id))
        case .perform(let action): .liveShow(LiveShowCommand(action, basedOn: showSeen))
        case .performOverridingGate(let action): .liveShow(LiveShowCommand(action, overrideGate: true, basedOn: showSeen))
        case .editEventInfo(let info, let basis): .event(.edit(info, basis))
        case .startRehearsal(let planStart, let overrideGate):
            .liveShow(LiveShowCommand(.start, overrideGate: overrideGate, rehearsal: RehearsalRule.Rehearsal(planStart: planStart)))
        case .upsertSegment(let segment): .agenda(.save(segment))
        case .editSegment(let segment, let basis): .agenda(.edit(segment, basis))
        case .deleteSegment(let id): .agenda(.delete(id: id))
        case .moveSegment(let id, let position): .agenda(.move(id: id, toPosition: position))
        case .seating: nil
        case .withdrawContribution(let id, let force): .speakers(.withdraw(id: id, force: force))
        case .restoreContribution(let id): .speakers(.restore(id: id))
        case .moveContribution(let id, let position): .speakers(.move(id: id, to: position))
        case .addContribution(let draft, let group): .speakers(.add(draft, addDelegateToGroup: group))
        case .upsertContribution(let contribution): .speakers(.save(contribution))
        case .editContribution(let contribution, let basis): .speakers(.edit(contribution, basis))
        case .performAward(let action): .awards(.step(action))
        case .performIndexReveal(let action, let seen): .indexReveal(action, seen: seen)
        case .updateHall(let hall, let version): .seating(.hall(hall, basedOn: version))
        case .groupEdit(let edit): .roster(.group(edit))
        case .updateRankTable(let table, let version): .seating(.rankTable(table, basedOn: version))
        case .setPrecedenceOverride(let id, let rank, let version): .roster(.setPrecedence(delegateID: id, rank, basedOn: version))
        case .updateSeatingSettings(let settings, let version): .seating(.settings(settings, basedOn: version))
        case .upsertDecision(let decision, let version): .awards(.saveDecision(decision, basedOn: version))
        case .saveRecipient(let recipient): .awards(.saveRecipient(recipient))
        case .editRecipient(let recipient, let basis): .awards(.editRecipient(recipient, basis))
        case .removeRecipient(let id): .awards(.removeRecipient(id: id))
        case .editAwardBatches(let edit, let version): .awards(.editBatches(edit, basedOn: version))
        case .grantRole(let grant): .access(.grant(grant))
        case .revokeRole(let grant): .access(.revoke(grant))
        }
    }
}

/// A yes/no question whose "yes" performs `effects` (delete an item, override a gate…).
public struct Confirmation: Hashable, Sendable {
    public var question: String
    public var effects: [StoreEffect]

    public init(question: String, effects: [StoreEffect]) {
        self.question = question
        self.effects = effects
    }
}
