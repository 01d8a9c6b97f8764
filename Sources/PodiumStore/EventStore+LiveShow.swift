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

    /// Records a live-show action after checking it against the show as it stands, inside the
    /// same transaction: two terminals pressing "next" at once move the show on only once.
    /// Inside a contributions block `next` is recorded as the invitation of the speaker on deck
    /// (see `SpeakerQueue.resolve`). A start on a day other than the event's, or with
    /// `rehearsal`, is recorded after a "show.rehearse" mark; a real start over a rehearsal
    /// after a "show.reset" (see `RehearsalRule`). Returns the entry of `action` itself.
    @discardableResult
    public func perform(
        _ action: ShowAction, by actor: Actor, at time: Date, rehearsal: RehearsalRule.Rehearsal? = nil
    ) throws(StoreError) -> JournalEntry {
        try write { db in
            let segments = try Segment.fetchAll(db)
            let info = try SingleRows.readInfo(db)
            var state = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: segments)
            let contributions = try Contribution.fetchAll(db)
            let action = SpeakerQueue.resolve(action, state: state, segments: segments, contributions: contributions, now: time)
            let steps = RehearsalRule.recorded(action, state: state, info: info, now: time, timeZone: info.timeZone, rehearsal: rehearsal)
            var last: JournalEntry?
            for step in steps {
                do {
                    try state.validate(step, segments: segments)
                    try SpeakerQueue.validate(step, contributions: contributions)
                } catch let error as ShowError {
                    throw StoreError.invalid(error.description)
                }
                last = try JournalRows.append(action: step.actionName, payload: step.payload, actor: actor, time: time, db)
                state = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: segments)
            }
            guard let last else { throw StoreError.invalid("nothing to record for \(action.actionName)") }
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
