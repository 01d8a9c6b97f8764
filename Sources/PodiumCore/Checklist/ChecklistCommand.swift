import Foundation

/// A change to the checklist, from the checklist pane or `podium check`.
public enum ChecklistCommand: Hashable, Sendable {
    /// Adds (`id` 0 takes a fresh id; an unknown id is kept) or replaces an item.
    case save(ChecklistItem)
    /// An item edited from a form opened on `basis` (refused if another operator changed it since).
    case edit(ChecklistItem, EditBasis)
    case changeStatus(id: Int64, ChecklistStatusChange)
    case delete(id: Int64)

    public var capability: RoleTable.Capability {
        if case .changeStatus = self { .changeChecklistStatus } else { .editChecklist }
    }

    /// Decides the change on `context.event.checklist` as it stands (for `.edit`, the item and
    /// the journal after its basis).
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let items = context.event.checklist
        switch self {
        case .save(var item):
            let old = item.id == 0 ? nil : items.first { $0.id == item.id }
            if item.id == 0 { item.id = context.nextID(.checklistItem) }
            let fact = upsertFact(
                old: old, new: item, id: item.id, created: { .checklist(.created($0)) }, updated: { .checklist(.updated($0)) },
                narrow: ["status", "blocked_reason"], narrowed: { .checklist(.statusChanged($0)) }
            )
            let changes = old == nil ? RecordChanges(inserts: [.checklistItem(item)]) : RecordChanges(updates: [.checklistItem(item)])
            return CommandDecision(changes: changes, facts: [fact])
        case .edit(let item, let basis):
            return try basis.saving(item, current: items.first { $0.id == item.id }, id: item.id, .checklistItem, .checklistItem, title: \.title, context) {
                merged throws(CommandRefusal) in try ChecklistCommand.save(merged).decided(context)
            }
        case .changeStatus(let id, let change):
            guard let old = items.first(where: { $0.id == id }) else { throw .noSuchRecord(.checklistItem, id: id) }
            let new: ChecklistItem
            do throws(ChecklistRuleError) { new = try old.applying(change) } catch { throw .refused(.checklist(error)) }
            guard new != old else { return .nothing }
            return CommandDecision(
                changes: RecordChanges(updates: [.checklistItem(new)]),
                facts: [.checklist(.statusChanged(FieldChanges(from: old, to: new, id: id)))]
            )
        case .delete(let id):
            guard let item = items.first(where: { $0.id == id }) else { throw .noSuchRecord(.checklistItem, id: id) }
            return CommandDecision(changes: RecordChanges(deletes: [.checklistItem(id: id)]), facts: [.checklist(.deleted(itemID: id, title: item.title))])
        }
    }
}
