import Foundation
import GRDB
import PodiumCore

extension EventStore {
    /// Applies a change to one participant group — and to the seating settings that name its
    /// block — reading and writing in one transaction, so a check-in or a seat moved on another
    /// terminal meanwhile is kept and the change never half-commits; journals "groups.update".
    @discardableResult
    public func applyGroupEdit(_ edit: GroupEdit, by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try write { db in
            let (table, plan) = try SeatingRows.read(db)
            let groups = try ParticipantGroup.fetchAll(db)
            let base = EventData(info: try SingleRows.readInfo(db), groups: groups, rankTable: table, seating: plan)
            let changed: EventData
            do { changed = try edit.applied(to: base) } catch { throw StoreError.invalid(String(describing: error)) }
            for group in changed.groups where !groups.contains(group) { try group.update(db) }
            if changed.seating.settings != plan.settings { try SeatingRows.write(rankTable: table, plan: changed.seating, db) }
            var payload: [String: Any] = ["group": edit.groupKey]
            if let name = edit.name { payload["name"] = name }
            if let label = edit.shortLabel { payload["shortLabel"] = label }
            if let order = edit.order { payload["order"] = order }
            if let block = edit.block { payload["block"] = block.rawValue }
            _ = try JournalRows.append(action: "groups.update", payload: JSONText.object(payload), actor: actor, time: time, db)
            return changed
        }
    }
}
