import Foundation

/// A reveal step as the journal records it ("index.reveal-next", "index.reveal-back"). Where the
/// reveal stands is a fold of these entries, so it survives a crash and every terminal agrees.
public enum IndexRevealAction: String, Hashable, Sendable, CaseIterable {
    case next = "index.reveal-next"
    case back = "index.reveal-back"

    public static let actionPrefix = "index.reveal-"
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
