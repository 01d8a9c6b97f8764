import Foundation
import GRDB
import PodiumCore

extension EventStore {
    /// Applies a change to one participant group — and to the seating settings that name its
    /// block — reading and writing in one transaction, so a check-in or a seat moved on another
    /// terminal meanwhile is kept and the change never half-commits; journals "groups.update".
    @discardableResult
    func applyGroupEdit(_ edit: GroupEdit, by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try write { db in
            let (table, plan) = try SeatingRows.read(db)
            let groups = try ParticipantGroup.fetchAll(db)
            let base = EventData(info: try SingleRows.readInfo(db), groups: groups, rankTable: table, seating: plan)
            let changed: EventData
            do throws(GroupEdit.Problem) { changed = try edit.applied(to: base) } catch { throw StoreError.refused(.group(error)) }
            for group in changed.groups where !groups.contains(group) { try group.update(db) }
            if changed.seating.settings != plan.settings { try SeatingRows.write(rankTable: table, plan: changed.seating, db) }
            let counts = ImportFact.Counts(groups: changed.groups.count)
            _ = try JournalRows.append(.imports(.replaced(.groups, counts)), actor: actor, time: time, db)
            return changed
        }
    }
}
