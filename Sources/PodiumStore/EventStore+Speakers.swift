import Foundation
import GRDB
import PodiumCore

/// The speaker queue as the live show sees it. Its writes are `SpeakerCommand`s, decided in the
/// domain on what `run` reads for them (the live show's entries included) in the write's transaction.
extension EventStore {
    /// The queue joined with the live show at `now`.
    public func speakerQueue(at now: Date) throws(StoreError) -> SpeakerQueue {
        try read { db in
            let segments = try Segment.fetchAll(db)
            let state = ShowState(journal: try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db), segments: segments)
            return SpeakerQueue(contributions: try Contribution.fetchAll(db), state: state, segments: segments, now: now)
        }
    }
}
