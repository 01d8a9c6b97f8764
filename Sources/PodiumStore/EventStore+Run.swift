import Foundation
import GRDB
import PodiumCore

/// The store's one public write: a command from the domain, applied in one transaction. The
/// role table is checked first; then what the command needs is read (never the whole event
/// where a part will do), the command is decided, its record changes are written and its facts
/// appended. A refused command leaves neither a change nor a fact.
extension EventStore {
    @discardableResult
    public func run(_ command: EventCommand, by actor: Actor, at time: Date) throws(StoreError) -> CommandResult {
        do throws(Refusal) { try command.authorize(actor.role) } catch { throw .refused(error) }
        switch command {
        case .checklist(let command): return try run(command, actor, time)
        case .agenda(let command): return try run(command, actor, time)
        case .roster(let command): return try run(command, actor, time)
        case .speakers(let command): return try run(command, actor, time)
        case .awards(let command): return try run(command, actor, time)
        case .seating(let command): return try run(command, actor, time)
        case .event(.info(let info)):
            try updateEventInfo(info, by: actor, at: time)
            return .nothing
        case .event(.setting(let key, let value)):
            try setSetting(key, to: value, by: actor, at: time)
            return .nothing
        case .access(.grant(let grant)): return .changed(try self.grant(grant, by: actor, at: time))
        case .access(.revoke(let grant)): return .changed(try revoke(grant, by: actor, at: time))
        case .imports(.all(let data, let settings?, let source)):
            try replaceAll(with: data, settings: settings, from: source, by: actor, at: time)
            return .nothing
        case .imports(.all(let data, nil, let source)):
            try replaceAll(with: data, from: source, by: actor, at: time)
            return .nothing
        case .imports(.index(let results)):
            try replaceIndex(results, by: actor, at: time)
            return .nothing
        case .liveShow(let command): return .entry(try perform(command, by: actor, at: time))
        case .indexReveal(let action, let seen): return .indexReveal(try performIndexReveal(action, seen: seen, by: actor, at: time))
        }
    }

    private func run(_ command: ChecklistCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        if case .edit(let item, let basis) = command {
            return .checklistItem(try editChecklistItem(item, basedOn: basis, by: actor, at: time))
        }
        let id: Int64 = switch command {
        case .save(let item): item.id
        case .changeStatus(let id, _), .delete(let id): id
        case .edit(let item, _): item.id
        }
        return try decideAndApply(actor, time) { db in
            let items = if case .save = command { try ChecklistItem.fetchAll(db) } else { try ChecklistItem.fetch(db, id: id).map { [$0] } ?? [] }
            return (EventData(info: try SingleRows.readInfo(db), checklist: items), [.checklistItem: try Self.nextID(ChecklistItem.self, db)])
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, db in
            if case .delete = command { return .nothing }
            if case .checklistItem(let item)? = decision.changes.record { return .checklistItem(item) }
            return try ChecklistItem.fetch(db, id: id).map(CommandResult.checklistItem) ?? .nothing
        }
    }

    private func run(_ command: AgendaCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        if case .edit(let segment, let basis) = command { return .segment(try editSegment(segment, basedOn: basis, by: actor, at: time)) }
        return try decideAndApply(actor, time) { db in
            var event = EventData(info: try SingleRows.readInfo(db), segments: try Segment.fetchAll(db))
            if case .delete(let id) = command {
                event.checklist = try ChecklistItem.fetchAll(db).filter { $0.gatesSegmentID == id }
            }
            return (event, [.segment: try Self.nextID(Segment.self, db)])
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, _ in
            guard case .save = command, case .segment(let segment)? = decision.changes.record else { return .nothing }
            return .segment(segment)
        }
    }

    private func run(_ command: RosterCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        switch command {
        case .edit(let delegate, let basis): return .delegate(try editDelegate(delegate, basedOn: basis, by: actor, at: time))
        case .group(let edit): return .event(try applyGroupEdit(edit, by: actor, at: time))
        default: break
        }
        let named: Int64 = switch command {
        case .checkIn(let id, _), .setPrecedence(let id, _), .standIn(let id, _, _, _): id
        case .save(let delegate): delegate.id
        case .edit(let delegate, _): delegate.id
        case .group: 0
        }
        return try decideAndApply(actor, time) { db in
            var event = EventData(info: try SingleRows.readInfo(db), delegates: try Delegate.fetch(db, id: named).map { [$0] } ?? [])
            if case .standIn = command { event.seating = try SeatingRows.read(db).1 }
            return (event, [.delegate: try Self.nextID(Delegate.self, db)])
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, _ in
            guard case .delegate(let delegate)? = decision.changes.record else { return .nothing }
            if case .standIn = command {
                let seat = (decision.changes.seatAssignments ?? []).first { $0.delegateID == delegate.id }?.seat
                return .standIn(delegate, seat: seat)
            }
            return .delegate(delegate)
        }
    }

    private func run(_ command: SpeakerCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        if case .edit(let contribution, let basis) = command {
            return .contribution(try editContribution(contribution, basedOn: basis, by: actor, at: time))
        }
        return try decideAndApply(actor, time) { db in
            var event = EventData(info: try SingleRows.readInfo(db))
            var journal: [JournalEntry] = []
            switch command {
            case .withdraw, .restore:
                // Who is speaking and who has spoken come from the live show.
                event.segments = try Segment.fetchAll(db)
                event.contributions = try Contribution.fetchAll(db)
                journal = try JournalRows.fetch(actionPrefix: ShowAction.actionPrefix, db)
            case .move: event.contributions = try Contribution.fetchAll(db)
            case .add(_, let groupKey):
                event.contributions = try Contribution.fetchAll(db)
                event.delegates = try Delegate.fetchAll(db)
                if groupKey != nil { event.groups = try ParticipantGroup.fetchAll(db) }
            case .save(let contribution): event.contributions = try Contribution.fetch(db, id: contribution.id).map { [$0] } ?? []
            case .edit: break
            }
            let nextIDs: [CommandRecord: Int64] = [.contribution: try Self.nextID(Contribution.self, db), .delegate: try Self.nextID(Delegate.self, db)]
            return (event, journal, nextIDs)
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, _, _ in
            switch command {
            case .add, .save:
                // The contribution added or saved (an add may insert its speaker first).
                for case .contribution(let contribution) in decision.changes.inserts + decision.changes.updates { return .contribution(contribution) }
                return .nothing
            case .withdraw, .restore, .move, .edit: return .nothing
            }
        }
    }

    private func run(_ command: AwardCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        if case .editRecipient(let recipient, let basis) = command {
            return .recipient(try editRecipient(recipient, basedOn: basis, by: actor, at: time))
        }
        return try decideAndApply(actor, time) { db in
            var event = EventData(info: try SingleRows.readInfo(db))
            var journal: [JournalEntry] = []
            switch command {
            case .rebuildBatches, .editBatches: event = try Self.awardEvent(db)
            case .saveRecipient(let recipient) where recipient.id == 0: event = try Self.awardEvent(db)
            case .updateRecipient(let recipient), .saveRecipient(let recipient):
                event.recipients = try AwardRecipient.fetch(db, id: recipient.id).map { [$0] } ?? []
            case .removeRecipient(let id):
                event.recipients = try AwardRecipient.fetch(db, id: id).map { [$0] } ?? []
                event.awardPlan = try AwardPlanRow.read(db)
                journal = try Self.awardEntriesOfThisRun(db)
            case .saveDecision: event.decisions = try AwardDecision.fetchAll(db)
            case .step:
                event = try Self.awardEvent(db)
                journal = try Self.awardEntriesOfThisRun(db)
            case .editRecipient: break
            }
            return (event, journal, [.awardRecipient: try Self.nextID(AwardRecipient.self, db)])
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, entries, db in
            switch command {
            case .rebuildBatches:
                for case .awards(.batchesRebuilt(_, let report)) in decision.facts { return .batchReport(report) }
                return .nothing
            case .editBatches: return decision.changes.awardPlan.map(CommandResult.awardPlan) ?? .nothing
            case .updateRecipient(let recipient), .saveRecipient(let recipient), .editRecipient(let recipient, _):
                for case .awardRecipient(let saved) in decision.changes.inserts + decision.changes.updates { return .recipient(saved) }
                // Nothing changed: the recipient as the file holds it.
                return try AwardRecipient.fetch(db, id: recipient.id).map(CommandResult.recipient) ?? .nothing
            case .removeRecipient: return .nothing
            case .saveDecision:
                for case .awardDecision(let saved) in decision.changes.inserts + decision.changes.updates { return .decision(saved) }
                return .nothing
            case .step: return entries.last.map(CommandResult.entry) ?? .nothing
            }
        }
    }

    private func run(_ command: SeatingCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        switch command {
        case .edit(let change): return .event(try editSeating(change, by: actor, at: time))
        case .autoAssign:
            let (event, unseated) = try autoAssignSeats(by: actor, at: time)
            return .autoAssigned(event, unseated: unseated)
        case .undoAutoAssign: return .event(try undoAutoAssign(by: actor, at: time))
        case .rankTable(let table): try updateRankTable(table, by: actor, at: time)
        case .settings(let settings): try updateSeatingSettings(settings, by: actor, at: time)
        case .hall(let hall): try updateHall(hall, by: actor, at: time)
        }
        return .nothing
    }

    /// Reads what the command needs, decides it, writes its changes and appends its facts, in
    /// one write transaction.
    private func decideAndApply(
        _ actor: Actor, _ time: Date,
        read: @escaping @Sendable (Database) throws -> (EventData, [CommandRecord: Int64]),
        decide: @escaping @Sendable (CommandContext) throws(CommandRefusal) -> CommandDecision,
        result: @escaping @Sendable (CommandDecision, Database) throws -> CommandResult
    ) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time) { db in
            let (event, nextIDs) = try read(db)
            return (event, [], nextIDs)
        } decide: { context throws(CommandRefusal) in try decide(context) } result: { decision, _, db in try result(decision, db) }
    }

    /// The same for a command decided on journal entries as well (read with the event), whose
    /// result may name the entries its facts became.
    private func decideAndApply(
        _ actor: Actor, _ time: Date,
        read: @escaping @Sendable (Database) throws -> (EventData, [JournalEntry], [CommandRecord: Int64]),
        decide: @escaping @Sendable (CommandContext) throws(CommandRefusal) -> CommandDecision,
        result: @escaping @Sendable (CommandDecision, [JournalEntry], Database) throws -> CommandResult
    ) throws(StoreError) -> CommandResult {
        let path = path
        return try write { db in
            let (event, journal, nextIDs) = try read(db)
            let context = CommandContext(
                event: event, journal: journal, role: actor.role, operatorName: actor.operatorName, now: time, nextIDs: nextIDs
            )
            let decision: CommandDecision
            do throws(CommandRefusal) { decision = try decide(context) } catch { throw Self.storeError(error, path: path) }
            try Self.apply(decision.changes, db)
            let entries = try decision.facts.map { fact in try JournalRows.append(fact, actor: actor, time: time, db) }
            return try result(decision, entries, db)
        }
    }

    static func storeError(_ refusal: CommandRefusal, path: String) -> StoreError {
        switch refusal {
        case .refused(let refusal): .refused(refusal)
        case .standInNeedsName: .standInNeedsName
        case .noSuchRecord(let record, let id):
            switch record {
            case .segment: .noSuchRecord(.segment, id: id, path: path)
            case .checklistItem: .noSuchRecord(.checklistItem, id: id, path: path)
            case .delegate: .noSuchRecord(.delegate, id: id, path: path)
            case .awardRecipient: .noSuchRecord(.awardRecipient, id: id, path: path)
            // Speakers
            case .contribution: .noSuchRecord(.contribution, id: id, path: path)
            }
        }
    }

    /// Writes a decision's record changes: deletes first, then updates, then inserts (with the
    /// ids the decision gave them), then the seating plan's assignments and the award plan.
    static func apply(_ changes: RecordChanges, _ db: Database) throws {
        for removal in changes.deletes {
            switch removal {
            case .segment(let id): _ = try Segment.delete(db, id: id)
            case .checklistItem(let id): _ = try ChecklistItem.delete(db, id: id)
            // Awards
            case .awardRecipient(let id): _ = try AwardRecipient.delete(db, id: id)
            }
        }
        for record in changes.updates {
            switch record {
            case .segment(let segment): try segment.update(db)
            case .checklistItem(let item): try item.update(db)
            case .delegate(let delegate): try delegate.update(db)
            // Speakers
            case .contribution(let contribution): try contribution.update(db)
            // Awards
            case .awardRecipient(let recipient): try recipient.update(db)
            case .awardDecision(let decision): try decision.update(db)
            case .participantGroup(let group): try group.update(db)
            }
        }
        for record in changes.inserts {
            switch record {
            case .segment(let segment): _ = try segment.inserted(db)
            case .checklistItem(let item): _ = try item.inserted(db)
            case .delegate(let delegate): _ = try delegate.inserted(db)
            // Speakers
            case .contribution(let contribution): _ = try contribution.inserted(db)
            // Awards
            case .awardRecipient(let recipient): _ = try recipient.inserted(db)
            case .awardDecision(let decision): _ = try decision.inserted(db)
            case .participantGroup(let group): _ = try group.inserted(db)
            }
        }
        if let assignments = changes.seatAssignments { try SeatingRows.writeAssignments(assignments, db) }
        // Awards
        if let plan = changes.awardPlan { try AwardPlanRow.write(plan, db) }
    }

    /// The id SQLite would give the next row of `E`'s table.
    static func nextID<E: StoredEntity>(_: E.Type, _ db: Database) throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(E.table)") ?? 0) + 1
    }
}

extension RecordChanges {
    /// The record the command saved: its insert, or else its first update.
    var record: Record? { inserts.first ?? updates.first }
}
