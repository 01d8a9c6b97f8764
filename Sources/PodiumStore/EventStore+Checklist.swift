import Foundation
import GRDB
import PodiumCore

/// Checklist writes beyond plain upserts: a status change read and written in one transaction
/// (two terminals ticking at once never lose each other's edit). The MC's gate override is
/// recorded with the start it allows (see `LiveShowCommand`).
extension EventStore {
    /// Applies `change` to item `id` and journals what changed (decided by `ChecklistCommand`).
    @discardableResult
    func changeChecklistStatus(
        id: Int64, _ change: ChecklistStatusChange, by actor: Actor, at time: Date
    ) throws(StoreError) -> ChecklistItem {
        let result = try run(.checklist(.changeStatus(id: id, change)), by: actor, at: time)
        guard let item = result.checklistItem else { throw StoreError.noSuchRecord(.checklistItem, id: id, path: path) }
        return item
    }
}
