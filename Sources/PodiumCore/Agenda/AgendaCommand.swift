import Foundation

/// A change to the programme, from the agenda pane or `podium programme`.
public enum AgendaCommand: Hashable, Sendable {
    /// Adds (`id` 0 takes a fresh id; an unknown id is kept) or replaces a segment.
    case save(Segment)
    /// A segment edited from a form opened on `basis`.
    case edit(Segment, EditBasis)
    /// Removes a segment; the ones after it move up and checklist items that gated it gate nothing.
    case delete(id: Int64)
    /// Moves a segment to `toPosition` (clamped to the programme).
    case move(id: Int64, toPosition: Int)

    /// Decides on `context.event.segments` (in position order) and, for a delete, its checklist.
    /// Positions stay 1...n after a delete or a move.
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let segments = context.event.segments.sorted { $0.position < $1.position }
        switch self {
        case .save(var segment):
            let old = segment.id == 0 ? nil : segments.first { $0.id == segment.id }
            if segment.id == 0 { segment.id = context.nextID(.segment) }
            let fact = upsertFact(old: old, new: segment, id: segment.id, created: { .agenda(.created($0)) }, updated: { .agenda(.updated($0)) })
            let changes = old == nil ? RecordChanges(inserts: [.segment(segment)]) : RecordChanges(updates: [.segment(segment)])
            return CommandDecision(changes: changes, facts: [fact])
        case .edit(let segment, let basis):
            return try basis.saving(segment, current: segments.first { $0.id == segment.id }, id: segment.id, .segment, .segment, title: \.title, context) {
                merged throws(CommandRefusal) in try AgendaCommand.save(merged).decided(context)
            }
        case .delete(let id):
            guard let segment = segments.first(where: { $0.id == id }) else { throw .noSuchRecord(.segment, id: id) }
            var changes = RecordChanges(deletes: [.segment(id: id)])
            for var later in segments where later.position > segment.position {
                later.position -= 1
                changes.updates.append(.segment(later))
            }
            // A checklist item may not gate a segment that no longer exists.
            let gating = context.event.checklist.filter { $0.gatesSegmentID == id }
            for var item in gating {
                item.gatesSegmentID = nil
                changes.updates.append(.checklistItem(item))
            }
            let fact = AgendaFact.deleted(segmentID: id, title: segment.title, position: segment.position, ungated: gating.map(\.id))
            return CommandDecision(changes: changes, facts: [.agenda(fact)])
        case .move(let id, let toPosition):
            var order = segments
            guard let index = order.firstIndex(where: { $0.id == id }) else { throw .noSuchRecord(.segment, id: id) }
            let moving = order.remove(at: index)
            let target = min(max(toPosition, 1), order.count + 1)
            order.insert(moving, at: target - 1)
            var changes = RecordChanges()
            for (offset, var segment) in order.enumerated() where segment.position != offset + 1 {
                segment.position = offset + 1
                changes.updates.append(.segment(segment))
            }
            return CommandDecision(changes: changes, facts: [.agenda(.moved(segmentID: id, from: moving.position, to: target))])
        }
    }
}
