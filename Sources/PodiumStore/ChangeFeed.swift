import Foundation

/// Tells the app when the event file changed under it, whether by another process or by another
/// store on the same file. It polls `PRAGMA data_version` on its own read-only connection, which
/// is cheap enough to call every 50 ms.
public final class ChangeFeed: Sendable {
    private let probe: VersionProbe
    private let lock = NSLock()
    nonisolated(unsafe) private var lastSeen: Int

    public init(store: EventStore) throws(StoreError) {
        probe = try VersionProbe(path: store.path, readOnly: store.isReadOnly)
        lastSeen = try probe.current()
    }

    /// True once for each batch of commits made since the previous call. A file that cannot be
    /// read reports no change; the next `load()` surfaces the error.
    public func hasChanged() -> Bool {
        guard let version = try? probe.current() else { return false }
        return lock.withLock {
            defer { lastSeen = version }
            return version != lastSeen
        }
    }
}
