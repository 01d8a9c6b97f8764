import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore

/// The event file as the app loop uses it: writes, reads of what changed, the file's state
/// and its wake-ups, and the import's file work. `StoreSession` is the real one; tests use a
/// double that records what was asked of it.
public protocol EventSession: AnyObject {
    /// Performs one write; `showSeen` is the newest live-show entry the screen showed.
    func perform(_ effect: StoreEffect, by actor: Actor, at time: Date, showSeen: Int64?) -> Result<WriteOutcome, StoreError>
    /// What changed since the last read, in one transaction; nil when the file says nothing
    /// changed (`always`: read anyway).
    func readChanges(always: Bool) throws(StoreError) -> StoreChanges?
    /// Whether the path still names the file opened and the store still writes, after `error`.
    func fileWatch(after error: StoreError?) -> FileWatch
    /// Readable when the file may have changed; nil: the loop polls instead.
    var wakeDescriptor: Int32? { get }
    /// Consumes the file's wake-up, if one came.
    func fileWasTouched() -> Bool
    /// Reads and checks the dialog's file; `progress` is called as rows go by.
    func checkImport(_ dialog: ImportDialog, event: EventData, vietnamese: Bool,
                     progress: @escaping (Int, Int) -> Void) -> (stage: ImportDialog.Stage, remedies: [ImportRemedy])
    /// Writes the import last checked.
    func applyImport(_ dialog: ImportDialog, by actor: Actor, at time: Date) -> Result<ImportCounts, StoreError>
}
