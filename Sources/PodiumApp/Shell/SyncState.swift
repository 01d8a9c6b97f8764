import Foundation

/// How this terminal's view of the event file relates to the file on disk.
public enum SyncState: Equatable, Sendable {
    case synced
    /// Another process committed a change that this screen has just loaded.
    case updatedByOther(at: Date)
    case readOnly
    case failed(String)
    /// The file this terminal opened was replaced (moved or copied over) or deleted: nothing
    /// more is written, whatever is pressed.
    case fileLost(replaced: Bool)
    /// The integrity check on open, or the full one after a failed write, found the file
    /// damaged: it is read-only.
    case damaged
}

/// The newest change another terminal made, as the status bar names it: when it arrived here
/// and whose it was, so an operator can tell that sync is alive and who is working.
public struct OtherChange: Equatable, Sendable {
    public var arrived: Date
    public var operatorName: String

    public init(arrived: Date, operatorName: String) {
        self.arrived = arrived
        self.operatorName = operatorName
    }
}
