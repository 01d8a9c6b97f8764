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
        case .event(let command): return try run(command, actor, time)
        case .access(let change):
            return try decideAndApply(actor, time) { db in
                (EventData(info: try SingleRows.readInfo(db)), [:])
            } grants: { db in try Self.readRoleGrants(db) } decide: { context in change.decided(context) } result: { decision, _ in
                .changed(!decision.facts.isEmpty)
            }
        case .imports(let replacement):
            // An import is decided on nothing of what it replaces.
            let decision = replacement.decided()
            return try write { db in
                try Self.apply(decision.changes, by: actor, at: time, db)
                for fact in decision.facts { _ = try JournalRows.append(fact, actor: actor, time: time, db) }
                return .nothing
            }
        case .liveShow(let command): return .entry(try perform(command, by: actor, at: time))
        case .indexReveal(let action, let seen):
            return try decideAndApply(actor, time) { db in
                (EventData(info: try SingleRows.readInfo(db), index: try IndexResultsRow.read(db)), [:])
            } journal: { db in try Self.revealEntries(db) } decide: { context throws(CommandRefusal) in try action.decided(seen: seen, context) }
                result: { _, db in .indexReveal(try Self.revealProgress(db)) }
        }
    }

    private func run(_ command: ChecklistCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        let id: Int64 = switch command {
        case .save(let item): item.id
        case .changeStatus(let id, _), .delete(let id): id
        case .edit(let item, _): item.id
        }
        return try decideAndApply(actor, time) { db in
            let items = if case .save = command { try ChecklistItem.fetchAll(db) } else { try ChecklistItem.fetch(db, id: id).map { [$0] } ?? [] }
            return (EventData(info: try SingleRows.readInfo(db), checklist: items), [.checklistItem: try Self.nextID(ChecklistItem.self, db)])
        } journal: { db in
            guard case .edit(_, let basis) = command else { return [] }
            return try Self.since(basis.version, .checklistItem, db)
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, db in
            if case .delete = command { return .nothing }
            if case .checklistItem(let item)? = decision.changes.record { return .checklistItem(item) }
            return try ChecklistItem.fetch(db, id: id).map(CommandResult.checklistItem) ?? .nothing
        }
    }

    private func run(_ command: AgendaCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time) { db in
            var event = EventData(info: try SingleRows.readInfo(db), segments: try Segment.fetchAll(db))
            if case .delete(let id) = command {
                event.checklist = try ChecklistItem.fetchAll(db).filter { $0.gatesSegmentID == id }
            }
            return (event, [.segment: try Self.nextID(Segment.self, db)])
        } journal: { db in
            guard case .edit(_, let basis) = command else { return [] }
            return try Self.since(basis.version, .segment, db)
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, db in
            switch command {
            case .save:
                guard case .segment(let segment)? = decision.changes.record else { return .nothing }
                return .segment(segment)
            // An edit that changed nothing answers with the segment as it is.
            case .edit(let segment, _): return try Segment.fetch(db, id: segment.id).map(CommandResult.segment) ?? .nothing
            default: return .nothing
            }
        }
    }

    private func run(_ command: RosterCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        if case .group = command { return try runGroupEdit(command, actor, time) }
        let named: Int64 = switch command {
        case .checkIn(let id, _), .setPrecedence(let id, _, _), .standIn(let id, _, _, _): id
        case .save(let delegate): delegate.id
        case .edit(let delegate, _): delegate.id
        case .group: 0
        }
        return try decideAndApply(actor, time) { db in
            var event = EventData(info: try SingleRows.readInfo(db), delegates: try Delegate.fetch(db, id: named).map { [$0] } ?? [])
            if case .standIn = command { event.seating = try SeatingRows.read(db).1 }
            return (event, [.delegate: try Self.nextID(Delegate.self, db)])
        } journal: { db in
            switch command {
            case .edit(_, let basis): try Self.since(basis.version, .delegate, db)
            case .setPrecedence(_, _, let version): try Self.since(version, .delegate, db)
            default: []
            }
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { decision, db in
            guard case .delegate(let delegate)? = decision.changes.record else {
                // An edit that changed nothing answers with the delegate as they are.
                guard case .edit(let delegate, _) = command else { return .nothing }
                return try Delegate.fetch(db, id: delegate.id).map(CommandResult.delegate) ?? .nothing
            }
            if case .standIn = command {
                let seat = (decision.changes.seatAssignments ?? []).first { $0.delegateID == delegate.id }?.seat
                return .standIn(delegate, seat: seat)
            }
            return .delegate(delegate)
        }
    }

    private func run(_ command: SpeakerCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time, reading: { db in
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
            case .edit(let contribution, let basis):
                event.contributions = try Contribution.fetch(db, id: contribution.id).map { [$0] } ?? []
                journal = try Self.since(basis.version, .contribution, db)
            }
            let nextIDs: [CommandRecord: Int64] = [.contribution: try Self.nextID(Contribution.self, db), .delegate: try Self.nextID(Delegate.self, db)]
            return (event, journal, nextIDs)
        }, decide: { context throws(CommandRefusal) in try command.decided(context) }) { _, decision, _, db in
            switch command {
            case .add, .save, .edit:
                // The contribution added or saved (an add may insert its speaker first).
                for case .contribution(let contribution) in decision.changes.inserts + decision.changes.updates { return .contribution(contribution) }
                // An edit that changed nothing answers with the contribution as it is.
                guard case .edit(let contribution, _) = command else { return .nothing }
                return try Contribution.fetch(db, id: contribution.id).map(CommandResult.contribution) ?? .nothing
            case .withdraw, .restore, .move: return .nothing
            }
        }
    }

    private func run(_ command: AwardCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time, reading: { db in
            var event = EventData(info: try SingleRows.readInfo(db))
            var journal: [JournalEntry] = []
            switch command {
            case .rebuildBatches: event = try Self.awardEvent(db)
            case .editBatches(_, let version):
                event = try Self.awardEvent(db)
                journal = try Self.since(version, .awardPlan, db)
            case .saveRecipient(let recipient) where recipient.id == 0: event = try Self.awardEvent(db)
            case .updateRecipient(let recipient), .saveRecipient(let recipient):
                event.recipients = try AwardRecipient.fetch(db, id: recipient.id).map { [$0] } ?? []
            case .removeRecipient(let id):
                event.recipients = try AwardRecipient.fetch(db, id: id).map { [$0] } ?? []
                event.awardPlan = try AwardPlanRow.read(db)
                journal = try Self.awardEntriesOfThisRun(db)
            case .editRecipient(let recipient, let basis):
                event.recipients = try AwardRecipient.fetch(db, id: recipient.id).map { [$0] } ?? []
                journal = try Self.since(basis.version, .awardRecipient, db)
            case .saveDecision(_, let version):
                event.decisions = try AwardDecision.fetchAll(db)
                journal = try Self.since(version, .awardDecision, db)
            case .step:
                event = try Self.awardEvent(db)
                journal = try Self.awardEntriesOfThisRun(db)
            }
            return (event, journal, [.awardRecipient: try Self.nextID(AwardRecipient.self, db)])
        }, decide: { context throws(CommandRefusal) in try command.decided(context) }) { _, decision, entries, db in
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

    /// A group edit reads the groups and the seating plan, since it may rewrite the settings
    /// that name the group's block, and, from a form, the journal after its basis.
    private func runGroupEdit(_ command: RosterCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time, reading: { db in
            let (table, plan) = try SeatingRows.read(db)
            let event = EventData(info: try SingleRows.readInfo(db), groups: try ParticipantGroup.fetchAll(db), rankTable: table, seating: plan)
            guard case .group(let edit) = command else { return (event, [], [:]) }
            return (event, try Self.since(edit.basedOn, .group, db), [:])
        }, decide: { context throws(CommandRefusal) in try command.decided(context) }) { context, decision, _, _ in
            .event(RosterCommand.applying(decision.changes, toGroupsOf: context.event))
        }
    }

    /// Seat edits, auto-assignment and its undo read the whole event (the result is the event as
    /// it becomes); the hall reads the plan; the rank table and the settings read nothing more.
    private func run(_ command: SeatingCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time, reading: { db in
            switch command {
            case .edit, .autoAssign: return (try Self.readAll(db), [], [:])
            case .undoAutoAssign:
                let journal = try SeatingCommand.seatChangePrefixes.flatMap { try JournalRows.fetch(actionPrefix: $0, db) }
                return (try Self.readAll(db), journal, [:])
            case .hall(_, let version):
                return (EventData(info: try SingleRows.readInfo(db), seating: try SeatingRows.read(db).1), try Self.since(version, .hall, db), [:])
            case .rankTable(_, let version): return (EventData(info: try SingleRows.readInfo(db)), try Self.since(version, .rankTable, db), [:])
            case .settings(_, let version):
                let event = EventData(info: try SingleRows.readInfo(db), seating: try SeatingRows.read(db).1)
                return (event, try Self.since(version, .seatingSettings, db), [:])
            }
        }, decide: { context throws(CommandRefusal) in try command.decided(context) }) { context, decision, _, _ in
            var event = context.event
            if let assignments = decision.changes.seatAssignments { event.seating.assignments = assignments }
            switch command {
            case .edit, .undoAutoAssign: return .event(event)
            case .autoAssign: return .autoAssigned(event, unseated: SeatingCommand.unseated(by: event.seating, in: event))
            case .rankTable, .settings, .hall: return .nothing
            }
        }
    }

    private func run(_ command: EventInfoCommand, _ actor: Actor, _ time: Date) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time) { db in
            (EventData(info: try SingleRows.readInfo(db)), [:])
        } journal: { db in
            guard case .edit(_, let basis) = command else { return [] }
            return try Self.since(basis.version, .eventInfo, db)
        } decide: { context throws(CommandRefusal) in try command.decided(context) } result: { _, _ in .nothing }
    }

    /// Reads what the command needs, decides it, writes its changes and appends its facts, in
    /// one write transaction.
    private func decideAndApply(
        _ actor: Actor, _ time: Date,
        read: @escaping @Sendable (Database) throws -> (EventData, [CommandRecord: Int64]),
        journal: @escaping @Sendable (Database) throws -> [JournalEntry] = { _ in [] },
        grants: @escaping @Sendable (Database) throws -> RoleGrants = { _ in RoleGrants() },
        decide: @escaping @Sendable (CommandContext) throws(CommandRefusal) -> CommandDecision,
        result: @escaping @Sendable (CommandDecision, Database) throws -> CommandResult
    ) throws(StoreError) -> CommandResult {
        try decideAndApply(actor, time, reading: { db in
            let (event, nextIDs) = try read(db)
            return (event, try journal(db), nextIDs)
        }, grants: grants, decide: decide) { _, decision, _, db in try result(decision, db) }
    }

    /// The same, for a command decided on journal entries too, whose result is built from the
    /// event it was decided on or names the entries its facts became.
    private func decideAndApply(
        _ actor: Actor, _ time: Date,
        reading read: @escaping @Sendable (Database) throws -> (EventData, [JournalEntry], [CommandRecord: Int64]),
        grants: @escaping @Sendable (Database) throws -> RoleGrants = { _ in RoleGrants() },
        decide: @escaping @Sendable (CommandContext) throws(CommandRefusal) -> CommandDecision,
        result: @escaping @Sendable (CommandContext, CommandDecision, [JournalEntry], Database) throws -> CommandResult
    ) throws(StoreError) -> CommandResult {
        let path = path
        return try write { db in
            let (event, journal, nextIDs) = try read(db)
            let context = CommandContext(
                event: event, journal: journal, role: actor.role, operatorName: actor.operatorName, now: time, nextIDs: nextIDs,
                grants: try grants(db)
            )
            let decision: CommandDecision
            do throws(CommandRefusal) { decision = try decide(context) } catch { throw Self.storeError(error, path: path) }
            try Self.apply(decision.changes, by: actor, at: time, db)
            let entries = try decision.facts.map { fact in try JournalRows.append(fact, actor: actor, time: time, db) }
            return try result(context, decision, entries, db)
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
        // Seating
        case .noAutoAssignmentToUndo: .noAutoAssignmentToUndo
        case .autoAssignmentNotKept(let entryID): .autoAssignmentNotKept(entryID: entryID)
        }
    }

    /// Writes a decision's record changes: an import's parts first, then deletes, then updates,
    /// then inserts (with the ids the decision gave them), then the seating plan's assignments, its rank table and
    /// settings, the hall and the award plan.
    /// A role grant's row names the OS account that granted it and when.
    static func apply(_ changes: RecordChanges, by actor: Actor, at time: Date, _ db: Database) throws {
        switch changes.replacement {
        case .all(let data, let settings)?:
            try replaceEntities(with: data, db)
            if let settings {
                try db.execute(sql: "DELETE FROM settings")
                for (key, value) in settings { try writeSetting(key, value, db) }
            }
        case .index(let results)?: try IndexResultsRow.write(results, db)
        case nil: break
        }
        for removal in changes.deletes {
            switch removal {
            case .segment(let id): _ = try Segment.delete(db, id: id)
            case .checklistItem(let id): _ = try ChecklistItem.delete(db, id: id)
            case .roleGrant(let grant):
                try db.execute(sql: "DELETE FROM role_grants WHERE grantee = ? AND role = ?", arguments: [grant.grantee.written, grant.role.rawValue])
            // Awards
            case .awardRecipient(let id): _ = try AwardRecipient.delete(db, id: id)
            }
        }
        for record in changes.updates {
            switch record {
            case .segment(let segment): try segment.update(db)
            case .checklistItem(let item): try item.update(db)
            case .delegate(let delegate): try delegate.update(db)
            case .eventInfo(let info): try SingleRows.writeInfo(info, db)
            case .setting(let key, let value): try writeSetting(key, value, db)
            case .roleGrant(let grant): try writeGrant(grant, by: actor, at: time, db)
            // Speakers
            case .contribution(let contribution): try contribution.update(db)
            // Awards
            case .awardRecipient(let recipient): try recipient.update(db)
            case .awardDecision(let decision): try decision.update(db)
            // Groups
            case .participantGroup(let group): try group.update(db)
            }
        }
        for record in changes.inserts {
            switch record {
            case .segment(let segment): _ = try segment.inserted(db)
            case .checklistItem(let item): _ = try item.inserted(db)
            case .delegate(let delegate): _ = try delegate.inserted(db)
            case .eventInfo(let info): try SingleRows.writeInfo(info, db)
            case .setting(let key, let value): try writeSetting(key, value, db)
            case .roleGrant(let grant): try writeGrant(grant, by: actor, at: time, db)
            // Speakers
            case .contribution(let contribution): _ = try contribution.inserted(db)
            // Awards
            case .awardRecipient(let recipient): _ = try recipient.inserted(db)
            case .awardDecision(let decision): _ = try decision.inserted(db)
            // Groups
            case .participantGroup(let group): _ = try group.inserted(db)
            }
        }
        if let assignments = changes.seatAssignments { try SeatingRows.writeAssignments(assignments, db) }
        // Seating
        if changes.rankTable != nil || changes.seatingSettings != nil {
            let (table, settings) = try SeatingRows.readConfig(db)
            try SeatingRows.writeConfig(rankTable: changes.rankTable ?? table, settings: changes.seatingSettings ?? settings, db)
        }
        if let hall = changes.hall { try SingleRows.writeHall(hall, db) }
        // Awards
        if let plan = changes.awardPlan { try AwardPlanRow.write(plan, db) }
    }

    private static func writeGrant(_ grant: RoleGrant, by actor: Actor, at time: Date, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO role_grants (grantee, role, granted_by, granted_at) VALUES (?, ?, ?, ?)",
            arguments: [grant.grantee.written, grant.role.rawValue, actor.osUser, JournalRows.roundedToMillisecond(time).timeIntervalSince1970]
        )
    }

    private static func writeSetting(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// The entries after `version` that may touch records of `record`'s kind: what a write based
    /// on that version is decided on (none when it is based on nothing).
    static func since(_ version: Int64?, _ record: EditConflict.Record, _ db: Database) throws -> [JournalEntry] {
        guard let version else { return [] }
        return try JournalRows.fetch(after: version, record: record, db)
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
