import Foundation

/// How this terminal's view of the event file relates to the file on disk.
public enum SyncState: Equatable, Sendable {
    case synced
    /// Another process committed a change that this screen has just loaded.
    case updatedByOther(at: Date)
    case readOnly
    case failed(String)
}
