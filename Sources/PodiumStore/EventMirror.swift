import GRDB
import PodiumCore

/// The event as one screen holds it, kept up to date with only what changed in the file: the
/// journal entries after the last one seen, and the tables those entries name. Each refresh is
/// one read transaction, so a screen never mixes two states of the file.
public struct EventMirror: Sendable {
    public private(set) var event: EventData
    public private(set) var show: ShowState
    public private(set) var awards: AwardProgress
    public private(set) var indexReveal: IndexRevealProgress
    /// Who may take which role, for the organiser's role-table form.
    public private(set) var roleGrants: RoleGrants
    /// The newest entries, oldest first, for the journal overlay: read with the rest, so opening
    /// the overlay costs no read and it follows other terminals as they work.
    public private(set) var recentJournal: [JournalEntry]
    /// How many entries `recentJournal` keeps.
    public static let recentJournalLimit = 500
    private var showEntries: [JournalEntry]
    private var awardEntries: [JournalEntry]
    /// The newest entry read; if the file no longer holds it, the file was replaced.
    private var lastEntry: JournalEntry?

    public init(store: EventStore) throws(StoreError) {
        self = try store.read { db in try Self.readAll(db) }
    }

    /// Reads what changed since the last refresh; returns the parts read again (empty when
    /// nothing changed).
    @discardableResult
    public mutating func refresh(from store: EventStore) throws(StoreError) -> EventParts {
        let current = self
        let (mirror, parts) = try store.read { db in try current.refreshed(db) }
        self = mirror
        return parts
    }

    private static func readAll(_ db: Database) throws -> EventMirror {
        let event = try EventStore.readAll(db)
        let showEntries = try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db)
        let awardEntries = try EventStore.awardEntriesOfThisRun(db)
        let lastID = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM journal") ?? 0
        return EventMirror(
            event: event, show: ShowState(journal: showEntries, segments: event.segments),
            awards: AwardProgress(journal: awardEntries), indexReveal: try EventStore.revealProgress(db),
            recentJournal: try JournalRows.fetchNewest(recentJournalLimit, db), roleGrants: try EventStore.readRoleGrants(db),
            showEntries: showEntries, awardEntries: awardEntries,
            lastEntry: try JournalRows.fetch(after: lastID - 1, limit: 1, db).first
        )
    }

    private init(event: EventData, show: ShowState, awards: AwardProgress, indexReveal: IndexRevealProgress,
                 recentJournal: [JournalEntry], roleGrants: RoleGrants, showEntries: [JournalEntry], awardEntries: [JournalEntry], lastEntry: JournalEntry?) {
        self.event = event
        self.show = show
        self.awards = awards
        self.indexReveal = indexReveal
        self.recentJournal = recentJournal
        self.roleGrants = roleGrants
        self.showEntries = showEntries
        self.awardEntries = awardEntries
        self.lastEntry = lastEntry
    }

    private func refreshed(_ db: Database) throws -> (EventMirror, EventParts) {
        let lastID = lastEntry?.id ?? 0
        // The entry last seen, unchanged, proves this is still the same file's history.
        let seen = try JournalRows.fetch(after: lastID - 1, limit: 1, db).first
        guard seen == lastEntry else { return (try Self.readAll(db), .all) }
        let entries = try JournalRows.fetch(after: lastID, limit: nil, db)
        // A commit without a journal entry is not Podium's: read everything.
        guard !entries.isEmpty else { return (try Self.readAll(db), .all) }
        let parts = entries.reduce(into: EventParts()) { $0.formUnion(.touched(by: $1)) }
        guard parts != .all else { return (try Self.readAll(db), .all) }
        var mirror = self
        try EventStore.read(parts, into: &mirror.event, db)
        mirror.lastEntry = entries.last
        mirror.recentJournal = Array((mirror.recentJournal + entries).suffix(Self.recentJournalLimit))
        let newShow = entries.filter { $0.fact.showAction != nil }
        mirror.showEntries += newShow
        if !newShow.isEmpty || parts.contains(.segments) {
            mirror.show = ShowState(journal: mirror.showEntries, segments: mirror.event.segments)
        }
        let newAwards = entries.filter { $0.fact.awardStep != nil }
        // A rehearsal set aside takes its ticks and its reveal with it, as a fresh read would.
        let reset = newShow.last { $0.fact.showAction == .reset }?.id
        if let reset {
            mirror.awardEntries = newAwards.filter { $0.id > reset }
        } else {
            mirror.awardEntries += newAwards
        }
        if !newAwards.isEmpty || reset != nil { mirror.awards = AwardProgress(journal: mirror.awardEntries) }
        if parts.contains(.indexReveal) || parts.contains(.index) || reset != nil {
            mirror.indexReveal = try EventStore.revealProgress(db, steps: IndexRevealStep.order(IndexRanking(mirror.event.index)).count)
        }
        if parts.contains(.access) { mirror.roleGrants = try EventStore.readRoleGrants(db) }
        return (mirror, parts)
    }
}
