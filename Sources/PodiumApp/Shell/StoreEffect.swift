import Foundation
import PodiumCore
import PodiumStore

/// A change to the event a command asks for. `AppState.apply` stays pure and only queues
/// effects; `AppLoop` performs them through the store (journaled) and shows any error.
public enum StoreEffect: Hashable, Sendable {
    case upsertChecklistItem(ChecklistItem)
    case changeChecklistStatus(id: Int64, ChecklistStatusChange)
    case deleteChecklistItem(id: Int64)
    case recordGateOverride(segmentID: Int64, openItems: [ChecklistItem])
    case perform(ShowAction)
    case performAward(AwardAction)

    public func perform(on store: EventStore, by actor: Actor, at time: Date) throws(StoreError) {
        switch self {
        case .upsertChecklistItem(let item): _ = try store.upsertChecklistItem(item, by: actor, at: time)
        case .changeChecklistStatus(let id, let change): try store.changeChecklistStatus(id: id, change, by: actor, at: time)
        case .deleteChecklistItem(let id): try store.deleteChecklistItem(id: id, by: actor, at: time)
        case .recordGateOverride(let segmentID, let items):
            try store.recordGateOverride(segmentID: segmentID, openItems: items, by: actor, at: time)
        case .perform(let action): try store.perform(action, by: actor, at: time)
        case .performAward(let action): try store.performAward(action, by: actor, at: time)
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
