import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore
import TermCore

/// Everything that can happen to the app, as the runner hands it to `AppState.update`: input,
/// the clock, the file, and the answers to the effects update asked for.
public enum AppMessage: Sendable {
    /// A key, a click or a resize; `frame` is the screen the person saw (where clicks land, how
    /// far a page key moves).
    case input(InputEvent, frame: Frame?)
    /// The wall clock, read by the runner once per pass.
    case tick(Date)
    /// What changed in the file since the last read, read in one transaction; `byOther` when it
    /// came from another process rather than from this one's own writes.
    case storeChanged(StoreChanges, byOther: Bool, at: Date)
    /// Reading the file failed.
    case storeReadFailed(StoreError, byOther: Bool)
    /// A write the update asked for is done, or refused.
    case writeFinished(StoreEffect, Result<WriteOutcome, StoreError>)
    /// The file's state as the store sees it, after a failed write or a wake-up.
    case fileChecked(FileWatch)
    /// A refused edit's form goes back up over what the other terminal changed, as typed.
    case reopenRefusedEdit(String)
    /// A stand-in was entered and the plan read back: the cursor goes to their seat.
    case standInEntered(Delegate, absentID: Int64)
    /// The writes one input asked for are all done (or stopped at a refusal).
    case writesDone
    /// The file's notification woke the loop: the store's view of the file, then what changed.
    case fileTouched(FileWatch)
    case importProgress(done: Int, total: Int)
    case importChecked(ImportDialog.Stage, remedies: [ImportRemedy])
    case importApplied(Result<ImportCounts, StoreError>)
}

/// What `update` asks the runner to do; performed in order.
public enum AppEffect: Sendable {
    /// Store writes, the first checked against the show as drawn (`showSeen`); the first failure
    /// stops the rest.
    case write([StoreEffect], by: Actor, showSeen: Int64?)
    /// Reads what changed in the file (`always`: even when the file did not say it changed).
    case readChanges(byOther: Bool, always: Bool)
    /// Asks the store whether the file is still the one opened, after `error` if any.
    case checkFile(after: StoreError?)
    /// Reads and checks the dialog's file against `event`, reporting progress as it goes.
    case checkImport(ImportDialog, event: EventData, vietnamese: Bool)
    /// Writes the import the dialog previewed.
    case applyImport(ImportDialog, by: Actor)
    /// Draws the screen now, before a slow effect that follows.
    case drawNow
    /// The screen changed: draw it at the end of this pass.
    case redraw
    /// Clears the terminal and draws everything again (Ctrl-L, a resize).
    case forceFullRedraw
    /// The pane or a selection moved: remembered so a killed terminal comes back there.
    case placeChanged(Pane, [Pane: Int])
    /// Hands a message back to update once the effects before it are done.
    case send(AppMessage)
    case quit
}

/// What a write reports beyond "done", for the notice it leaves.
public enum WriteOutcome: Sendable, Equatable {
    case done
    case autoSeated(seated: Int, unseated: Int)
    case autoUndone(seated: Int)
    case standInEntered(Delegate)
}

/// The parts of the event a read found changed; nil parts did not change.
public struct StoreChanges: Sendable {
    public var event: EventData?
    public var show: ShowState?
    public var awards: AwardProgress?
    public var indexReveal: IndexRevealProgress?
    public var roleGrants: RoleGrants?
    public var journal: [JournalEntry]?

    public init(event: EventData? = nil, show: ShowState? = nil, awards: AwardProgress? = nil, indexReveal: IndexRevealProgress? = nil,
                roleGrants: RoleGrants? = nil, journal: [JournalEntry]? = nil) {
        self.event = event
        self.show = show
        self.awards = awards
        self.indexReveal = indexReveal
        self.roleGrants = roleGrants
        self.journal = journal
    }
}

/// Whether the file is still the one this terminal opened and may write to.
public struct FileWatch: Sendable, Equatable {
    /// The store's own verdict: it stopped writing (damage found, moved while saving).
    public var stoppedWriting: StoreError?
    /// The path no longer names the file opened (replaced or deleted).
    public var problem: StoreError?

    public init(stoppedWriting: StoreError? = nil, problem: StoreError? = nil) {
        self.stoppedWriting = stoppedWriting
        self.problem = problem
    }
}

/// How many rows an import added, merged and skipped.
public struct ImportCounts: Sendable, Equatable {
    public var added: Int, merged: Int, skipped: Int
    public init(added: Int, merged: Int, skipped: Int) {
        self.added = added
        self.merged = merged
        self.skipped = skipped
    }
}
