import Foundation
import GRDB
import PodiumCore

/// Edits made from an open form, checked against what the form was opened on (`EditBasis`) in
/// the same transaction that writes them: a record another operator changed meanwhile is
/// refused with who and when (`EditConflict`), and an edit that goes in writes only the
/// fields it changes, so a check-in or a status tick made meanwhile stays.
extension EventStore {
    @discardableResult
    func editChecklistItem(_ item: ChecklistItem, basedOn basis: EditBasis, by actor: Actor, at time: Date) throws(StoreError) -> ChecklistItem {
        try edit(
            item, basis, .checklistItem, kind: .checklistItem, title: \.title, actor: actor, time: time,
            updated: { .checklist(.updated($0)) }, narrow: ["status", "blocked_reason"], narrowed: { .checklist(.statusChanged($0)) }
        )
    }

    @discardableResult
    func editSegment(_ segment: Segment, basedOn basis: EditBasis, by actor: Actor, at time: Date) throws(StoreError) -> Segment {
        try edit(segment, basis, .segment, kind: .segment, title: \.title, actor: actor, time: time, updated: { .agenda(.updated($0)) })
    }

    /// A contribution's topic, speaker, time or MC lines edited from the speakers pane; a status
    /// change (withdrawn, restored) made meanwhile stays.
    @discardableResult
    func editContribution(_ contribution: Contribution, basedOn basis: EditBasis, by actor: Actor, at time: Date) throws(StoreError) -> Contribution {
        try edit(
            contribution, basis, .contribution, kind: .contribution, title: \.topic, actor: actor, time: time,
            updated: { .speakers(.updated($0)) }, narrow: ["status"], narrowed: { .speakers(.statusChanged($0)) }
        )
    }

    /// An award recipient's name, kind, title, unit, form or representative edited from a form.
    @discardableResult
    func editRecipient(_ recipient: AwardRecipient, basedOn basis: EditBasis, by actor: Actor, at time: Date) throws(StoreError) -> AwardRecipient {
        try edit(recipient, basis, .awardRecipient, kind: .awardRecipient, title: \.name, actor: actor, time: time, updated: { .awards(.recipientChanged($0)) })
    }

    /// A delegate's title, unit, group or stand-in corrected from a form.
    @discardableResult
    func editDelegate(_ delegate: Delegate, basedOn basis: EditBasis, by actor: Actor, at time: Date) throws(StoreError) -> Delegate {
        try edit(
            delegate, basis, .delegate, kind: .delegate, title: \.name, actor: actor, time: time, updated: { .roster(.updated($0)) },
            narrow: ["checked_in"], narrowed: { changes in .roster(.checkedIn(delegateID: delegate.id, name: delegate.name, checkedIn: delegate.checkedIn)) }
        )
    }

    /// The id of the newest journal entry that changed record `id` (its version), nil when none
    /// did since the journal began: what `podium programme edit --based-on` is given.
    public func version(of record: EditConflict.Record, id: Int64) throws(StoreError) -> Int64? {
        try read { db in
            try JournalRows.fetch(after: 0, record: record, db).last { record.touched(by: $0.fact, id: id) != .untouched }?.id
        }
    }

    private func edit<E: StoredEntity & Equatable>(
        _ item: E, _ basis: EditBasis, _ record: EditConflict.Record, kind: RecordKind, title: @escaping @Sendable (E) -> String,
        actor: Actor, time: Date, updated: @escaping @Sendable (FieldChanges) -> JournalFact, narrow: Set<String> = [],
        narrowed: (@Sendable (FieldChanges) -> JournalFact)? = nil
    ) throws(StoreError) -> E {
        let path = path
        return try write { db in
            let since = try JournalRows.fetch(after: basis.version, record: record, db)
            let info = try SingleRows.readInfo(db)
            guard let current = try E.fetch(db, id: item.id) else {
                if let clash = basis.conflict(with: since, record: record, id: item.id) {
                    throw StoreError.refused(.conflict(EditConflict(record: record, title: "", entry: clash, info: info)))
                }
                throw StoreError.noSuchRecord(kind, id: item.id, path: path)
            }
            let decided: (record: E, changes: FieldChanges)?
            do throws(CommandRefusal) {
                decided = try basis.decide(item, current: current, record: record, id: item.id, title: title(current), journal: since, info: info)
            } catch { throw Self.storeError(error, path: path) }
            guard let (merged, changes) = decided else { return current }
            try merged.update(db)
            let fact = if let narrowed, changes.names.isSubset(of: narrow) { narrowed(changes) } else { updated(changes) }
            _ = try JournalRows.append(fact, actor: actor, time: time, db)
            return merged
        }
    }
}
