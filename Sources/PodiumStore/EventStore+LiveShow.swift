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
    @discardableResult
    /// Inside a contributions block `next` is recorded as the invitation of the speaker on deck
    /// (see `SpeakerQueue.resolve`).
    public func perform(_ action: ShowAction, by actor: Actor, at time: Date) throws(StoreError) -> JournalEntry {
        try write { db in
            let segments = try Segment.fetchAll(db)
            let state = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: segments)
            let contributions = try Contribution.fetchAll(db)
            let action = SpeakerQueue.resolve(action, state: state, segments: segments, contributions: contributions, now: time)
            do {
                try state.validate(action, segments: segments)
                try SpeakerQueue.validate(action, contributions: contributions)
            } catch let error as ShowError {
                throw StoreError.invalid(error.description)
            }
            return try JournalRows.append(action: action.actionName, payload: action.payload, actor: actor, time: time, db)
        }
    }
}
