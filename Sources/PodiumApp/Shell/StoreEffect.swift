import Foundation
import PodiumCore
import PodiumStore

/// A change to the event a command asks for. `AppState.apply` stays pure and only queues
/// effects; `AppLoop` performs them through the store (journaled) and shows any error.
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
    case updateEventInfo(EventInfo)
    /// Starts the show as a rehearsal, its plan laid from `planStart` (nil: now).
    case startRehearsal(planStart: Date?, overrideGate: Bool)
    case upsertSegment(Segment)
    case editSegment(Segment, EditBasis)
    case deleteSegment(id: Int64)
    case moveSegment(id: Int64, toPosition: Int)
    /// Seating writes also move the pane's cursor or report counts, so the app loop performs them.
    case seating(SeatingWrite)
    // The speaker queue.
    case withdrawContribution(id: Int64, force: Bool)
    case restoreContribution(id: Int64)
    case moveContribution(id: Int64, toPosition: Int)
    case addContribution(ContributionDraft, addDelegateToGroup: String?)
    case upsertContribution(Contribution)
    case performAward(AwardAction)
    case performIndexReveal(IndexRevealAction)
    /// The hall editor's result; delegates on seats the new hall lacks become unseated.
    case updateHall(Hall)
    // Preparing the day.
    /// A group and the seating settings that name it, in one write.
    case groupEdit(GroupEdit)
    case updateRankTable(RankTable)
    case setPrecedenceOverride(delegateID: Int64, Int?)
    case updateSeatingSettings(SeatingSettings)
    case upsertDecision(AwardDecision)
    case saveRecipient(AwardRecipient)
    case removeRecipient(id: Int64)
    case editAwardBatches(AwardBatchEdit)
    /// The role table (organisers).
    case grantRole(RoleGrant)
    case revokeRole(RoleGrant)

    /// `showSeen` is the newest live-show entry the screen showed: a live step pressed on a show
    /// that another terminal has moved on since is refused, not applied twice.
    public func perform(on store: EventStore, by actor: Actor, at time: Date, showSeen: Int64? = nil) throws(StoreError) {
        switch self {
        case .upsertChecklistItem(let item): _ = try store.upsertChecklistItem(item, by: actor, at: time)
        case .editChecklistItem(let item, let basis): try store.editChecklistItem(item, basedOn: basis, by: actor, at: time)
        case .changeChecklistStatus(let id, let change): try store.changeChecklistStatus(id: id, change, by: actor, at: time)
        case .deleteChecklistItem(let id): try store.deleteChecklistItem(id: id, by: actor, at: time)
        case .perform(let action): try store.perform(LiveShowCommand(action, basedOn: showSeen), by: actor, at: time)
        case .performOverridingGate(let action):
            try store.perform(LiveShowCommand(action, overrideGate: true, basedOn: showSeen), by: actor, at: time)
        case .updateEventInfo(let info): try store.updateEventInfo(info, by: actor, at: time)
        case .startRehearsal(let planStart, let overrideGate):
            let rehearsal = RehearsalRule.Rehearsal(planStart: planStart)
            try store.perform(LiveShowCommand(.start, overrideGate: overrideGate, rehearsal: rehearsal), by: actor, at: time)
        case .upsertSegment(let segment): _ = try store.upsertSegment(segment, by: actor, at: time)
        case .editSegment(let segment, let basis): try store.editSegment(segment, basedOn: basis, by: actor, at: time)
        case .deleteSegment(let id): try store.deleteSegment(id: id, by: actor, at: time)
        case .moveSegment(let id, let position): try store.moveSegment(id: id, toPosition: position, by: actor, at: time)
        case .seating: break
        case .withdrawContribution(let id, let force): try store.withdrawContribution(id: id, force: force, by: actor, at: time)
        case .restoreContribution(let id): try store.restoreContribution(id: id, by: actor, at: time)
        case .moveContribution(let id, let position): try store.moveContribution(id: id, to: position, by: actor, at: time)
        case .addContribution(let draft, let group): try store.addContribution(draft, addDelegateToGroup: group, by: actor, at: time)
        case .upsertContribution(let contribution): _ = try store.upsertContribution(contribution, by: actor, at: time)
        case .performAward(let action): try store.performAward(action, by: actor, at: time)
        case .performIndexReveal(let action): try store.performIndexReveal(action, by: actor, at: time)
        case .updateHall(let hall): try store.updateHall(hall, by: actor, at: time)
        case .groupEdit(let edit): try store.applyGroupEdit(edit, by: actor, at: time)
        case .updateRankTable(let table): try store.updateRankTable(table, by: actor, at: time)
        case .setPrecedenceOverride(let id, let rank): try store.setPrecedenceOverride(delegateID: id, rank, by: actor, at: time)
        case .updateSeatingSettings(let settings): try store.updateSeatingSettings(settings, by: actor, at: time)
        case .upsertDecision(let decision): _ = try store.upsertDecision(decision, by: actor, at: time)
        case .saveRecipient(let recipient): _ = try store.saveRecipient(recipient, by: actor, at: time)
        case .removeRecipient(let id): try store.removeRecipient(id: id, by: actor, at: time)
        case .editAwardBatches(let edit): try store.editAwardBatches(edit, by: actor, at: time)
        case .grantRole(let grant): try store.grant(grant, by: actor, at: time)
        case .revokeRole(let grant): try store.revoke(grant, by: actor, at: time)
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
