import Foundation
import PodiumCore

/// Seating and roster shortcuts the store's own callers use; every write goes through `run`.
extension EventStore {
    /// Applies `change` to the event as stored and returns the event as it becomes.
    @discardableResult
    func editSeating(_ change: SeatingChange, by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try eventAfter(run(.seating(.edit(change)), by: actor, at: time))
    }

    /// Replaces the plan by auto-assignment (locked seats kept); returns who could not be seated.
    func autoAssignSeats(by actor: Actor, at time: Date) throws(StoreError) -> (EventData, unseated: [Int64]) {
        let result = try run(.seating(.autoAssign), by: actor, at: time)
        return (try eventAfter(result), result.unseated ?? [])
    }

    /// Puts back the plan the last auto-assignment replaced, if no seat changed since.
    func undoAutoAssign(by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try eventAfter(run(.seating(.undoAutoAssign), by: actor, at: time))
    }

    /// Replaces the hall; delegates on seats it no longer has become unseated.
    func updateHall(_ hall: Hall, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.seating(.hall(hall)), by: actor, at: time)
    }

    /// Applies a change to one participant group and the seating settings that name its block.
    @discardableResult
    func applyGroupEdit(_ edit: GroupEdit, by actor: Actor, at time: Date) throws(StoreError) -> EventData {
        try eventAfter(run(.roster(.group(edit)), by: actor, at: time))
    }

    /// The event a command's result carries (these commands always carry one; else as stored).
    private func eventAfter(_ result: CommandResult) throws(StoreError) -> EventData {
        guard let event = result.event else { return try load() }
        return event
    }

    /// Gives a delegate a rank of their own (nil: by the rank table again), changing nothing
    /// else of the record, so a check-in made meanwhile on another terminal stays.
    func setPrecedenceOverride(delegateID: Int64, _ rank: Int?, by actor: Actor, at time: Date) throws(StoreError) {
        try run(.roster(.setPrecedence(delegateID: delegateID, rank)), by: actor, at: time)
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
