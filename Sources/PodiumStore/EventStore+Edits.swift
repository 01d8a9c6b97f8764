import Foundation
import GRDB
import PodiumCore

/// The version an edit from a form is based on.
extension EventStore {
    /// The id of the newest journal entry that changed record `id` (its version), nil when none
    /// did since the journal began: what `podium programme edit --based-on` is given.
    public func version(of record: EditConflict.Record, id: Int64) throws(StoreError) -> Int64? {
        try read { db in
            try JournalRows.fetch(after: 0, record: record, db).last { record.touched(by: $0.fact, id: id) != .untouched }?.id
        }
    }
}
