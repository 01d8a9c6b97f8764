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
    case updateEventInfo(EventInfo)
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
