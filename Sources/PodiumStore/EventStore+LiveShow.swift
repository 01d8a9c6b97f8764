import Foundation
import GRDB
import PodiumCore

extension EventStore {
    /// The live show folded from the journal.
    public func showState() throws(StoreError) -> ShowState {
        try read { db in
            ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: try Segment.fetchAll(db))
        }
    }

    /// What the show's status needs, in one read: the programme and the live show, and, for an
    /// awards segment's estimate, the ceremony (recipients, plan, the roster they are matched
    /// against) with its progress. Never the seating plan, the hall or the checklist.
    public func showSnapshot() throws(StoreError) -> (event: EventData, show: ShowState, awards: AwardProgress) {
        try read { db in
            let parts: EventParts = try AwardRecipient.count(db) == 0 ? [.segments] : [.segments, .groups, .delegates, .awards]
            var event = EventData(info: try SingleRows.readInfo(db))
            try Self.read(parts, into: &event, db)
            let show = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: event.segments)
            return (event, show, AwardProgress(journal: try Self.awardEntriesOfThisRun(db)))
        }
    }

    /// Records a live-show command's facts after checking it against the show as it stands,
    /// inside the same transaction: two terminals pressing "next" at once move the show on only
    /// once, and a gate override is recorded with the start it allows or not at all. Inside a
    /// contributions block `next` is recorded as the invitation of the speaker on deck (see
    /// `SpeakerQueue.resolve`); a start may be preceded by a rehearsal mark or set-aside (see
    /// `RehearsalRule`). Returns the entry of the action itself, the last one recorded.
    @discardableResult
    func perform(_ command: LiveShowCommand, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        try write { db in
            let event = EventData(
                info: try SingleRows.readInfo(db), segments: try Segment.fetchAll(db),
                contributions: try Contribution.fetchAll(db), checklist: try ChecklistItem.fetchAll(db)
            )
            let journal = try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db)
            let facts: [JournalFact]
            do throws(LiveShowCommand.Refusal) {
                facts = try command.facts(journal: journal, event: event, role: actor.role, operatorName: actor.operatorName, now: time)
            } catch {
                switch error {
                case .show(let reason): throw StoreError.refused(.show(reason))
                default: throw StoreError.refused(.liveShow(error))
                }
            }
            var last: JournalEntry?
            for fact in facts { last = try JournalRows.append(fact, actor: actor, time: time, db) }
            guard let last else { throw StoreError.nothingToRecord(action: command.action.actionName) }
            return last
        }
    }

    /// The rehearsals set aside with "show.reset", oldest first, for their reports.
    public func setAsideRehearsals() throws(StoreError) -> [ShowState] {
        try read { db in
            ShowState.setAside(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: try Segment.fetchAll(db))
        }
    }
}
