import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore

/// The event file behind the app loop: the store, its change feed, and the event as last read.
/// Every write and read the TUI makes goes through here.
public final class StoreSession: EventSession {
    private let store: EventStore
    private let feed: ChangeFeed
    /// The event as last read from the file; refreshed with only what changed.
    private var mirror: EventMirror
    private let importer: ImportRunner

    public init(store: EventStore, feed: ChangeFeed, mirror: EventMirror, clock: @escaping @Sendable () -> Date) {
        self.store = store
        self.feed = feed
        self.mirror = mirror
        importer = ImportRunner(clock: clock)
    }

    public var wakeDescriptor: Int32? { feed.wakeDescriptor }

    public func fileWasTouched() -> Bool { feed.fileWasTouched() }

    public func readChanges(always: Bool) throws(StoreError) -> StoreChanges? {
        guard feed.hasChanged() || always else { return nil }
        let parts = try mirror.refresh(from: store)
        var changes = StoreChanges()
        if !parts.isDisjoint(with: .tables) { changes.event = mirror.event }
        if parts.contains(.show) || parts.contains(.segments) { changes.show = mirror.show }
        if parts.contains(.awardProgress) { changes.awards = mirror.awards }
        if parts.contains(.indexReveal) { changes.indexReveal = mirror.indexReveal }
        if parts.contains(.access) { changes.roleGrants = mirror.roleGrants }
        if !parts.isEmpty { changes.journal = mirror.recentJournal }
        return changes
    }

    public func fileWatch(after error: StoreError?) -> FileWatch {
        let problem: StoreError?
        switch error {
        case .replaced(let path)?: problem = .replaced(path)
        case .vanished(let path)?: problem = .vanished(path)
        default: problem = store.fileProblem()
        }
        return FileWatch(stoppedWriting: store.stoppedWriting, problem: problem)
    }

    public func perform(_ effect: StoreEffect, by actor: Actor, at time: Date, showSeen: Int64?) -> Result<WriteOutcome, StoreError> {
        do throws(StoreError) {
            return .success(try write(effect, by: actor, at: time, showSeen: showSeen))
        } catch {
            return .failure(error)
        }
    }

    public func checkImport(_ dialog: ImportDialog, event: EventData, vietnamese: Bool,
                            progress: @escaping (Int, Int) -> Void) -> (stage: ImportDialog.Stage, remedies: [ImportRemedy]) {
        importer.check(dialog, event: event, vietnamese: vietnamese, progress: progress)
    }

    public func applyImport(_ dialog: ImportDialog, by actor: Actor, at time: Date) -> Result<ImportCounts, StoreError> {
        if let choices = dialog.revision { importer.choose(choices) }
        guard let checked = importer.take() else { return .success(ImportCounts(added: 0, merged: 0, skipped: 0)) }
        do throws(StoreError) {
            try store.replaceAll(with: checked.event, from: checked.source, by: actor, at: time)
            return .success(checked.counts)
        } catch {
            return .failure(error)
        }
    }

    /// `showSeen`: a live step pressed on a show that another terminal has moved on since is
    /// refused, not applied twice.
    private func write(_ effect: StoreEffect, by actor: Actor, at time: Date, showSeen: Int64?) throws(StoreError) -> WriteOutcome {
        switch effect {
        case .upsertChecklistItem(let item): _ = try store.upsertChecklistItem(item, by: actor, at: time)
        case .editChecklistItem(let item, let basis): try store.editChecklistItem(item, basedOn: basis, by: actor, at: time)
        case .changeChecklistStatus(let id, let change): try store.changeChecklistStatus(id: id, change, by: actor, at: time)
        case .deleteChecklistItem(let id): try store.deleteChecklistItem(id: id, by: actor, at: time)
        case .perform(let action): try store.perform(LiveShowCommand(action, basedOn: showSeen), by: actor, at: time)
        case .performOverridingGate(let action):
            try store.perform(LiveShowCommand(action, overrideGate: true, basedOn: showSeen), by: actor, at: time)
        case .updateEventInfo(let info): try store.updateEventInfo(info, by: actor, at: time)
        case .startRehearsal(let planStart, let overrideGate):
            let rehearsal = RehearsalRule.Rehearsal(planStart: planStart)
            try store.perform(LiveShowCommand(.start, overrideGate: overrideGate, rehearsal: rehearsal), by: actor, at: time)
        case .upsertSegment(let segment): _ = try store.upsertSegment(segment, by: actor, at: time)
        case .editSegment(let segment, let basis): try store.editSegment(segment, basedOn: basis, by: actor, at: time)
        case .deleteSegment(let id): try store.deleteSegment(id: id, by: actor, at: time)
        case .moveSegment(let id, let position): try store.moveSegment(id: id, toPosition: position, by: actor, at: time)
        case .seating(.edit(let change)): _ = try store.editSeating(change, by: actor, at: time)
        case .seating(.checkIn(let id, let checkedIn)): try store.setCheckedIn(delegateID: id, checkedIn, by: actor, at: time)
        case .seating(.auto):
            let (event, unseated) = try store.autoAssignSeats(by: actor, at: time)
            return .autoSeated(seated: event.seating.assignments.count, unseated: unseated.count)
        case .seating(.undoAuto):
            let event = try store.undoAutoAssign(by: actor, at: time)
            return .autoUndone(seated: event.seating.assignments.count)
        case .seating(.standIn(let absentID, let name, let title)):
            return .standInEntered(try store.enterStandIn(for: absentID, name: name, title: title, unit: "", by: actor, at: time))
        case .withdrawContribution(let id, let force): try store.withdrawContribution(id: id, force: force, by: actor, at: time)
        case .restoreContribution(let id): try store.restoreContribution(id: id, by: actor, at: time)
        case .moveContribution(let id, let position): try store.moveContribution(id: id, to: position, by: actor, at: time)
        case .addContribution(let draft, let group): try store.addContribution(draft, addDelegateToGroup: group, by: actor, at: time)
        case .upsertContribution(let contribution): _ = try store.upsertContribution(contribution, by: actor, at: time)
        case .performAward(let action): try store.performAward(action, by: actor, at: time)
        case .performIndexReveal(let action): try store.performIndexReveal(action, by: actor, at: time)
        case .updateHall(let hall): try store.updateHall(hall, by: actor, at: time)
        case .groupEdit(let edit): try store.applyGroupEdit(edit, by: actor, at: time)
        case .updateRankTable(let table): try store.updateRankTable(table, by: actor, at: time)
        case .setPrecedenceOverride(let id, let rank): try store.setPrecedenceOverride(delegateID: id, rank, by: actor, at: time)
        case .updateSeatingSettings(let settings): try store.updateSeatingSettings(settings, by: actor, at: time)
        case .upsertDecision(let decision): _ = try store.upsertDecision(decision, by: actor, at: time)
        case .saveRecipient(let recipient): _ = try store.saveRecipient(recipient, by: actor, at: time)
        case .removeRecipient(let id): try store.removeRecipient(id: id, by: actor, at: time)
        case .editAwardBatches(let edit): try store.editAwardBatches(edit, by: actor, at: time)
        case .grantRole(let grant): try store.grant(grant, by: actor, at: time)
        case .revokeRole(let grant): try store.revoke(grant, by: actor, at: time)
        }
        return .done
    }
}
