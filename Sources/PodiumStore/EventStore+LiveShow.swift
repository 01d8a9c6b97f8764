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
                    throw StoreError.refused(.show(error))
                }
                last = try JournalRows.append(action: step.actionName, payload: step.payload, actor: actor, time: time, db)
                state = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: segments)
            }
            guard let last else { throw StoreError.nothingToRecord(action: action.actionName) }
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
