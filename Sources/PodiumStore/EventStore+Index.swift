import Foundation
import GRDB
import PodiumCore

/// PAR index writes: replacing the results (an import), and the reveal's steps, each checked
/// against the reveal as it stands inside the transaction that journals it.
extension EventStore {
    /// Replaces the scheme and every unit's scores; journals an index import with the counts. The
    /// reveal starts again from the beginning, since its steps were those of the old results.
    func replaceIndex(_ results: IndexResults, by actor: Actor, at time: Date) throws(StoreError) {
        try write { db in
            try IndexResultsRow.write(results, db)
            let counts = ImportFact.Counts(groups: results.scheme.groups.count, units: results.units.count, fields: results.scheme.fields.count)
            _ = try JournalRows.append(.imports(.replaced(.index, counts)), actor: actor, time: time, db)
        }
    }

    /// Where the reveal stands, folded from the journal.
    public func indexReveal() throws(StoreError) -> IndexRevealProgress {
        try read { db in try Self.revealProgress(db) }
    }

    /// Records a reveal step; the entry names the units it revealed, for the journal's readers.
    @discardableResult
    func performIndexReveal(_ action: IndexRevealAction, seen: Int? = nil, by actor: Actor, at time: Date) throws(StoreError) -> IndexRevealProgress {
        try write { db in
            let steps = IndexRevealStep.order(IndexRanking(try IndexResultsRow.read(db)))
            let progress = try Self.revealProgress(db, steps: steps.count)
            if let seen, seen != progress.revealed { throw StoreError.refused(.index(.overtaken(revealed: progress.revealed))) }
            do { try progress.validate(action, steps: steps.count) } catch let error as IndexRevealError { throw StoreError.refused(.index(error)) }
            let step = action == .next ? progress.revealed : progress.revealed - 1
            let fact = IndexRevealFact(action: action, step: step + 1, of: steps.count, units: steps[step].units.map(\.unit), group: steps[step].group.name)
            _ = try JournalRows.append(.indexReveal(fact), actor: actor, time: time, db)
            return IndexRevealProgress(revealed: action == .next ? progress.revealed + 1 : progress.revealed - 1)
        }
    }

    static func revealProgress(_ db: Database, steps: Int? = nil) throws -> IndexRevealProgress {
        let count = try steps ?? IndexRevealStep.order(IndexRanking(IndexResultsRow.read(db))).count
        // Only the entries since the last import count: an import starts the reveal again. So
        // does setting a rehearsal aside ("show.reset"): its reveal belonged to that rehearsal.
        let reset = try JournalRows.lastID(action: ShowAction.reset.actionName, db) ?? 0
        let entries = try (JournalRows.fetch(actionPrefix: IndexRevealAction.actionPrefix, db)
            + JournalRows.fetch(actionPrefix: ImportFact.Source.index.rawValue, db)).filter { $0.id > reset }.sorted { $0.id < $1.id }
        let since = entries.lastIndex { $0.fact.indexRevealAction == nil }.map { entries.index(after: $0) } ?? entries.startIndex
        return IndexRevealProgress(journal: Array(entries[since...]), steps: count)
    }
}
