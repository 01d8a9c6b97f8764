import Foundation
import GRDB
import PodiumCore

/// Checklist writes beyond plain upserts: a status change read and written in one transaction
/// (two terminals ticking at once never lose each other's edit). The MC's gate override is
/// recorded with the start it allows (see `LiveShowCommand`).
extension EventStore {
    /// Applies `change` to item `id` and journals what changed.
    /// Throws with nothing changed when the item does not exist or the change breaks a rule.
    @discardableResult
    func changeChecklistStatus(
        id: Int64, _ change: ChecklistStatusChange, by actor: Actor, at time: Date
    ) throws(StoreError) -> ChecklistItem {
        let path = path
        return try write { db in
            guard let old = try ChecklistItem.fetch(db, id: id) else {
                throw StoreError.noSuchRecord(.checklistItem, id: id, path: path)
            }
            let new: ChecklistItem
            do { new = try old.applying(change) } catch let error as ChecklistRuleError { throw StoreError.refused(.checklist(error)) }
            guard new != old else { return old }
            try new.update(db)
            _ = try JournalRows.append(.checklist(.statusChanged(FieldChanges(from: old, to: new, id: id))), actor: actor, time: time, db)
            return new
        }
    }
}
