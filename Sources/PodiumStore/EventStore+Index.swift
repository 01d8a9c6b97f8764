import Foundation
import GRDB
import PodiumCore

/// Where the PAR index's reveal stands. Its steps and the results' import are commands
/// (`IndexRevealAction.decided`, `ReplacementCommand`), checked inside the transaction that journals them.
extension EventStore {
    /// Where the reveal stands, folded from the journal.
    public func indexReveal() throws(StoreError) -> IndexRevealProgress {
        try read { db in try Self.revealProgress(db) }
    }

    static func revealProgress(_ db: Database, steps: Int? = nil) throws -> IndexRevealProgress {
        let count = try steps ?? IndexRevealStep.order(IndexRanking(IndexResultsRow.read(db))).count
        return IndexRevealProgress(current: try revealEntries(db), steps: count)
    }

    /// The entries the reveal folds from: its steps, the index imports and the rehearsal resets.
    static func revealEntries(_ db: Database) throws -> [JournalEntry] {
        try JournalRows.fetch(actionPrefix: IndexRevealAction.actionPrefix, db)
            + JournalRows.fetch(actionPrefix: ImportFact.Source.index.rawValue, db)
            + JournalRows.fetch(actionPrefix: ShowAction.reset.actionName, db)
    }
}
