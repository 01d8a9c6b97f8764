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
            try store.run(.imports(.all(checked.event, from: checked.source)), by: actor, at: time)
            return .success(checked.counts)
        } catch {
            return .failure(error)
        }
    }

    /// Every write is one command through `EventStore.run`; seating writes also say what the
    /// pane shows after them (counts, the stand-in and where they sit).
    private func write(_ effect: StoreEffect, by actor: Actor, at time: Date, showSeen: Int64?) throws(StoreError) -> WriteOutcome {
        switch effect {
        case .seating(.edit(let change)): try store.run(.seating(.edit(change)), by: actor, at: time)
        case .seating(.checkIn(let id, let checkedIn)): try store.run(.roster(.checkIn(delegateID: id, checkedIn)), by: actor, at: time)
        case .seating(.auto):
            guard case .autoAssigned(let event, let unseated) = try store.run(.seating(.autoAssign), by: actor, at: time) else { return .done }
            return .autoSeated(seated: event.seating.assignments.count, unseated: unseated.count)
        case .seating(.undoAuto):
            let event = try store.run(.seating(.undoAutoAssign), by: actor, at: time).event
            return .autoUndone(seated: event?.seating.assignments.count ?? 0)
        case .seating(.standIn(let absentID, let name, let title)):
            let result = try store.run(.roster(.standIn(for: absentID, name: name, title: title, unit: "")), by: actor, at: time)
            guard let standIn = result.delegate else { return .done }
            return .standInEntered(standIn)
        default:
            guard let command = effect.command(showSeen: showSeen) else { return .done }
            try store.run(command, by: actor, at: time)
        }
        return .done
    }
}
