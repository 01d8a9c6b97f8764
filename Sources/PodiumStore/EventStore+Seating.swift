import Foundation
import GRDB
import PodiumCore

/// Seating writes. Each reads the plan as it is in the file now, applies the change there
/// (so two protocol terminals cannot overwrite each other's moves) and journals it.
extension EventStore {
    /// Applies `change` to the event as stored, keeps the plan and journals the change's fact.
    /// A refused change throws `.refused` with the change's reason and changes nothing.
    @discardableResult
    func editSeating(_ change: SeatingChange, by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try write { db in
            var event = try Self.readAll(db)
            let applied: (plan: SeatingPlan, fact: SeatingFact)
            do throws(SeatingEditError) {
                applied = try change.applied(to: event)
            } catch {
                throw StoreError.refused(.seating(error))
            }
            try SeatingRows.write(rankTable: event.rankTable, plan: applied.plan, db)
            event.seating = applied.plan
            _ = try JournalRows.append(.seating(applied.fact), actor: actor, time: time, db)
            return event
        }
    }

    /// Replaces the plan by auto-assignment (locked seats kept); returns who could not be seated.
    /// The plan it replaces goes into the journal entry, so `undoAutoAssign` can put it back.
    func autoAssignSeats(by actor: Actor, at time: Date) throws(StoreError) -> (EventData, unseated: [Int64]) {
        try write { db in
            var event = try Self.readAll(db)
            let before = event.seating.assignments
            let (plan, unseated) = SeatingEdit.auto(event)
            try SeatingRows.writeAssignments(plan.assignments, db)
            event.seating = plan
            let fact = SeatingFact.autoAssigned(
                seated: plan.assignments.count, unseated: unseated.count, locked: plan.assignments.filter(\.locked).count, before: before
            )
            _ = try JournalRows.append(.seating(fact), actor: actor, time: time, db)
            return (event, unseated)
        }
    }

    /// Puts back the plan the last auto-assignment replaced, as long as no seat has changed since
    /// (a later move would otherwise be lost without anyone noticing). Returns the event as it
    /// now is and how many delegates the restored plan seats.
    func undoAutoAssign(by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try write { db in
            let changes = try ["seat.", "delegate.standin", "hall.update"].flatMap { try JournalRows.fetch(actionPrefix: $0, db) }
                .filter { entry in
                    switch entry.fact {
                    case .seating(let fact): fact.changesWhoSitsWhere
                    case .roster(.standIn), .unrecognised: true
                    default: false
                    }
                }
            let last = changes.max(by: { $0.id < $1.id })
            guard let last, case .seating(.autoAssigned(_, _, _, let restored)) = last.fact else {
                if let last, last.action == "seat.auto" { throw StoreError.autoAssignmentNotKept(entryID: last.id) }
                throw StoreError.noAutoAssignmentToUndo
            }
            var event = try Self.readAll(db)
            let present = Set(event.delegates.map(\.id))
            event.seating.assignments = restored.filter { present.contains($0.delegateID) }
            try SeatingRows.writeAssignments(event.seating.assignments, db)
            _ = try JournalRows.append(.seating(.autoUndone(undoes: last.id, seated: event.seating.assignments.count)), actor: actor, time: time, db)
            return event
        }
    }

    func updateRankTable(_ table: RankTable, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            let (_, plan) = try SeatingRows.read(db)
            try SeatingRows.write(rankTable: table, plan: plan, db)
            _ = try JournalRows.append(.seating(.ranksChanged(rules: table.rules.count, unmatchedRank: table.unmatchedRank)), actor: actor, time: time, db)
        }
    }

    /// Gives a delegate a rank of their own (nil: by the rank table again), changing nothing
    /// else of the record, so a check-in made meanwhile on another terminal stays.
    func setPrecedenceOverride(delegateID: Int64, _ rank: Int?, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.roster(.setPrecedence(delegateID: delegateID, rank)), by: actor, at: time)
    }

    func updateSeatingSettings(_ settings: SeatingSettings, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            var (table, plan) = try SeatingRows.read(db)
            plan.settings = settings
            try SeatingRows.write(rankTable: table, plan: plan, db)
            _ = try JournalRows.append(.seating(.settingsChanged(FieldChanges(record: settings, id: nil))), actor: actor, time: time, db)
        }
    }

    /// Replaces the hall. Delegates on seats it no longer has (or marks unusable) become
    /// unseated in the same transaction; everything else about them is kept.
    func updateHall(_ hall: Hall, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            try SingleRows.writeHall(hall, db)
            let (_, plan) = try SeatingRows.read(db)
            let kept = HallEdit.keepingSeated(plan, in: hall)
            if kept.assignments.count != plan.assignments.count {
                try SeatingRows.writeAssignments(kept.assignments, db)
            }
            let fact = SeatingFact.hallChanged(
                sections: hall.sections.count, presidium: hall.presidiumSeats, seats: hall.seatCount,
                unseated: plan.assignments.count - kept.assignments.count
            )
            _ = try JournalRows.append(.seating(fact), actor: actor, time: time, db)
        }
    }

    /// Marks a delegate as arrived (or not).
    func setCheckedIn(delegateID: Int64, _ checkedIn: Bool, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.roster(.checkIn(delegateID: delegateID, checkedIn)), by: actor, at: time)
    }

    /// Records that `standIn` attends for `absentID` (decided by `RosterCommand.standIn`).
    @discardableResult
    func enterStandIn(
        for absentID: Int64, name: String, title: String, unit: String, by actor: Actor, at time: Date
    ) throws(StoreError) -> Delegate {
        let result = try run(.roster(.standIn(for: absentID, name: name, title: title, unit: unit)), by: actor, at: time)
        guard let standIn = result.delegate else { throw StoreError.nothingToRecord(action: "delegate.standin") }
        return standIn
    }
}
