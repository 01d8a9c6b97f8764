import Foundation

/// A reveal step as the journal records it ("index.reveal-next", "index.reveal-back"). Where the
/// reveal stands is a fold of these entries, so it survives a crash and every terminal agrees.
public enum IndexRevealAction: String, Hashable, Sendable, CaseIterable {
    case next = "index.reveal-next"
    case back = "index.reveal-back"

    public static let actionPrefix = "index.reveal-"

    /// Decides this step on the results (`context.event.index`) and the reveal's entries, index
    /// imports and rehearsal resets (`context.journal`); `seen` is how many steps the screen it
    /// was pressed on showed: if another terminal has stepped since, this press is refused, not
    /// taken as a second step.
    public func decided(seen: Int?, _ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let steps = IndexRevealStep.order(IndexRanking(context.event.index))
        let progress = IndexRevealProgress(current: context.journal, steps: steps.count)
        if let seen, seen != progress.revealed { throw .refused(.index(.overtaken(revealed: progress.revealed))) }
        do throws(IndexRevealError) { try progress.validate(self, steps: steps.count) } catch { throw .refused(.index(error)) }
        let step = self == .next ? progress.revealed : progress.revealed - 1
        let fact = IndexRevealFact(action: self, step: step + 1, of: steps.count, units: steps[step].units.map(\.unit), group: steps[step].group.name)
        return CommandDecision(facts: [.indexReveal(fact)])
    }
}

/// How many steps of the reveal have been shown.
public struct IndexRevealProgress: Hashable, Sendable {
    public private(set) var revealed = 0

    public init() {}

    /// Each step moves within 0...steps; a "back" at zero or a "next" past the end (the results
    /// were re-imported with fewer units) is clamped rather than trusted.
    public init(journal: [JournalEntry], steps: Int) {
        for entry in journal.sorted(by: { $0.id < $1.id }) {
            switch entry.fact.indexRevealAction {
            case .next?: revealed = min(steps, revealed + 1)
            case .back?: revealed = max(0, revealed - 1)
            case nil: continue
            }
        }
    }

    public init(revealed: Int) { self.revealed = max(0, revealed) }

    /// Where the reveal stands, from the journal's reveal steps, index imports and rehearsal
    /// resets (`journal`, any order): only the steps since the last import count, since an
    /// import starts the reveal again; so does setting a rehearsal aside ("show.reset"), whose
    /// reveal belonged to that rehearsal.
    public init(current journal: [JournalEntry], steps: Int) {
        let reset = journal.filter { $0.action == ShowAction.reset.actionName }.map(\.id).max() ?? 0
        let entries = journal.filter { $0.id > reset && $0.action != ShowAction.reset.actionName }.sorted { $0.id < $1.id }
        let since = entries.lastIndex { $0.fact.indexRevealAction == nil }.map { entries.index(after: $0) } ?? entries.startIndex
        self.init(journal: Array(entries[since...]), steps: steps)
    }

    /// Throws when `action` cannot be taken now; only actions that pass are journaled.
    public func validate(_ action: IndexRevealAction, steps: Int) throws(IndexRevealError) {
        guard steps > 0 else { throw .noResults }
        switch action {
        case .next: if revealed >= steps { throw .allRevealed }
        case .back: if revealed == 0 { throw .nothingRevealed }
        }
    }
}

/// Why a reveal step was refused.
public enum IndexRevealError: Error, Hashable, Sendable {
    case noResults, allRevealed, nothingRevealed
    /// Another terminal moved the reveal on after the screen this was pressed on, to `revealed`
    /// steps: two MCs pressing next at once reveal one step, and the second is told.
    case overtaken(revealed: Int)
}
