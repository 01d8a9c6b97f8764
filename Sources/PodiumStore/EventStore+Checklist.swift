import Foundation
import GRDB
import PodiumCore

/// Checklist writes beyond plain upserts: a status change read and written in one transaction
/// (two terminals ticking at once never lose each other's edit), and the MC's gate override.
extension EventStore {
    /// Applies `change` to item `id` and journals "checklist.status" with what changed.
    /// Throws with nothing changed when the item does not exist or the change breaks a rule.
    @discardableResult
    public func changeChecklistStatus(
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
            let payload = JSONText.object(JSONText.changes(from: old, to: new, id: id))
            _ = try JournalRows.append(action: "checklist.status", payload: payload, actor: actor, time: time, db)
            return new
        }
    }

    /// Records that the MC started segment `segmentID` although `openItems` gating it were not done.
    /// Changes no table: the journal entry "checklist.gate-override" is the record.
    @discardableResult
    public func recordGateOverride(
        segmentID: Int64, openItems: [ChecklistItem], by actor: Actor, at time: Date
    ) throws(StoreError) -> JournalEntry {
        try write { db in
            let title = try String.fetchOne(db, sql: "SELECT title FROM segments WHERE id = ?", arguments: [segmentID])
            let items: [[String: Any]] = openItems.map {
                ["id": $0.id, "title": $0.title, "agency": $0.agency, "status": $0.status.rawValue]
            }
            let payload = JSONText.object(["segment": segmentID, "segmentTitle": title ?? NSNull(), "items": items])
            return try JournalRows.append(action: "checklist.gate-override", payload: payload, actor: actor, time: time, db)
        }
    }
}
