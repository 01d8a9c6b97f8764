import Foundation
import GRDB
import PodiumCore

/// Seating writes. Each reads the plan as it is in the file now, applies the change there
/// (so two protocol terminals cannot overwrite each other's moves) and journals it.
extension EventStore {
    /// Applies `edit` to the event as stored and keeps the plan it returns. A refused edit
    /// throws `.refused` with the edit's reason and changes nothing.
    @discardableResult
    public func editSeating(
        action: String, payload: [String: any Sendable], by actor: Actor, at time: Date,
        _ edit: @escaping @Sendable (EventData, HallLayout) throws(SeatingEditError) -> SeatingPlan
    ) throws(StoreError) -> EventData {
        try write { db in
            var event = try Self.readAll(db)
            let plan: SeatingPlan
            do {
                plan = try edit(event, HallLayout(event.hall))
            } catch let error as SeatingEditError {
                throw StoreError.refused(.seating(error))
            }
            try SeatingRows.write(rankTable: event.rankTable, plan: plan, db)
            event.seating = plan
            _ = try JournalRows.append(action: action, payload: JSONText.object(payload), actor: actor, time: time, db)
            return event
        }
    }

    /// Replaces the plan by auto-assignment (locked seats kept); returns who could not be seated.
    /// The plan it replaces goes into the journal entry, so `undoAutoAssign` can put it back.
    public func autoAssignSeats(by actor: Actor, at time: Date) throws(StoreError) -> (EventData, unseated: [Int64]) {
        try write { db in
            var event = try Self.readAll(db)
            let before = event.seating.assignments
            let (plan, unseated) = SeatingEdit.auto(event)
            try SeatingRows.writeAssignments(plan.assignments, db)
            event.seating = plan
            let payload = JSONText.object([
                "seated": plan.assignments.count, "unseated": unseated.count,
                "locked": plan.assignments.filter(\.locked).count,
                "before": try JSONText.encode(before),
            ])
            _ = try JournalRows.append(action: Self.autoAssignAction, payload: payload, actor: actor, time: time, db)
            return (event, unseated)
        }
    }

    /// Puts back the plan the last auto-assignment replaced, as long as no seat has changed since
    /// (a later move would otherwise be lost without anyone noticing). Returns the event as it
    /// now is and how many delegates the restored plan seats.
    public func undoAutoAssign(by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try write { db in
            let changes = try Self.seatingChangeActions.flatMap { try JournalRows.fetch(actionPrefix: $0, db) }
            guard let last = changes.max(by: { $0.id < $1.id }), last.action == Self.autoAssignAction else {
                throw StoreError.noAutoAssignmentToUndo
            }
            guard let fields = try? JSONSerialization.jsonObject(with: Data(last.payload.utf8)) as? [String: Any],
                  let before = fields["before"] as? String,
                  let restored = try? JSONDecoder().decode([SeatAssignment].self, from: Data(before.utf8))
            else {
                throw StoreError.autoAssignmentNotKept(entryID: last.id)
            }
            var event = try Self.readAll(db)
            let present = Set(event.delegates.map(\.id))
            event.seating.assignments = restored.filter { present.contains($0.delegateID) }
            try SeatingRows.writeAssignments(event.seating.assignments, db)
            let payload = JSONText.object(["undoes": last.id, "seated": event.seating.assignments.count])
            _ = try JournalRows.append(action: "seat.undo-auto", payload: payload, actor: actor, time: time, db)
            return event
        }
    }

    static let autoAssignAction = "seat.auto"
    /// Journal actions that change who sits where; an auto-assignment is undoable only while it is the last of them.
    static let seatingChangeActions = ["seat.", "delegate.standin", "hall.update"]

    public func updateRankTable(_ table: RankTable, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            let (_, plan) = try SeatingRows.read(db)
            try SeatingRows.write(rankTable: table, plan: plan, db)
            let payload = JSONText.object(["rules": table.rules.count, "unmatchedRank": table.unmatchedRank])
            _ = try JournalRows.append(action: "seating.ranks", payload: payload, actor: actor, time: time, db)
        }
    }

    public func updateSeatingSettings(_ settings: SeatingSettings, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            var (table, plan) = try SeatingRows.read(db)
            plan.settings = settings
            try SeatingRows.write(rankTable: table, plan: plan, db)
            _ = try JournalRows.append(
                action: "seating.settings", payload: JSONText.object(JSONText.fields(settings)), actor: actor, time: time, db
            )
        }
    }

    /// Replaces the hall. Delegates on seats it no longer has (or marks unusable) become
    /// unseated in the same transaction; everything else about them is kept.
    public func updateHall(_ hall: Hall, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            try SingleRows.writeHall(hall, db)
            let (_, plan) = try SeatingRows.read(db)
            let kept = HallEdit.keepingSeated(plan, in: hall)
            if kept.assignments.count != plan.assignments.count {
                try SeatingRows.writeAssignments(kept.assignments, db)
            }
            let payload = JSONText.object([
                "sections": hall.sections.count, "presidium": hall.presidiumSeats, "seats": hall.seatCount,
                "unseated": plan.assignments.count - kept.assignments.count,
            ])
            _ = try JournalRows.append(action: "hall.update", payload: payload, actor: actor, time: time, db)
        }
    }

    /// Marks a delegate as arrived (or not); journalled as "delegate.checkin".
    public func setCheckedIn(delegateID: Int64, _ checkedIn: Bool, by actor: Actor, at time: Date) throws(StoreError) {
        let path = path
        try write { db in
            guard var delegate = try Delegate.fetch(db, id: delegateID) else {
                throw StoreError.noSuchRecord(.delegate, id: delegateID, path: path)
            }
            delegate.checkedIn = checkedIn
            try delegate.update(db)
            let payload = JSONText.object(["id": delegateID, "name": delegate.name, "checkedIn": checkedIn])
            _ = try JournalRows.append(action: "delegate.checkin", payload: payload, actor: actor, time: time, db)
        }
    }

    /// Records that `standIn` attends for `absentID`: the stand-in joins the roster (ranked by
    /// their own title), takes the absent delegate's group and their seat, locked or not. The
    /// absent delegate leaves the seat and nobody else moves: place cards are already out.
    @discardableResult
    public func enterStandIn(
        for absentID: Int64, name: String, title: String, unit: String, by actor: Actor, at time: Date
    ) throws(StoreError) -> Delegate {
        let path = path
        return try write { db in
            guard let absent = try Delegate.fetch(db, id: absentID) else {
                throw StoreError.noSuchRecord(.delegate, id: absentID, path: path)
            }
            let cleanName = VietnameseText.normalize(name)
            guard !cleanName.isEmpty else { throw StoreError.standInNeedsName }
            let standIn = try Delegate(
                id: 0, name: cleanName, title: VietnameseText.normalize(title),
                unit: unit.isEmpty ? absent.unit : VietnameseText.normalize(unit), groupKey: absent.groupKey,
                standInFor: absent.name, flags: absent.flags, checkedIn: true
            ).inserted(db)
            let event = try Self.readAll(db)
            let plan = SeatingEdit.standIn(standIn, for: absentID, in: event)
            try SeatingRows.writeAssignments(plan.assignments, db)
            let payload = JSONText.object([
                "id": standIn.id, "name": standIn.name, "title": standIn.title, "standInFor": absent.name,
                "seat": plan.assignment(of: standIn.id)?.seat ?? NSNull(),
            ])
            _ = try JournalRows.append(action: "delegate.standin", payload: payload, actor: actor, time: time, db)
            return standIn
        }
    }
}
