import Foundation

/// Tells the app when the event file changed under it, whether by another process or by another
/// store on the same file. The truth is `PRAGMA data_version` on its own read-only connection;
/// `wakeDescriptor` lets a waiting app sleep until the file's bytes move instead of polling it.
public final class ChangeFeed: Sendable {
    private let probe: VersionProbe
    private let watch: FileWatch
    private let lock = NSLock()
    nonisolated(unsafe) private var lastSeen: Int

    public init(store: EventStore) throws(StoreError) {
        probe = try VersionProbe(path: store.path, readOnly: store.isReadOnly)
        watch = FileWatch(path: store.path)
        lastSeen = try probe.current()
    }

    /// Readable when the event file or its WAL was written, created, deleted or renamed; nil
    /// where the system offers no file notifications, and the app must poll `hasChanged()`.
    public var wakeDescriptor: Int32? { watch.descriptor }

    /// Consumes the file notifications that arrived; true if one concerned the event's files,
    /// and always true without notifications, so a poller asks `hasChanged()` every time.
    public func fileWasTouched() -> Bool {
        guard watch.descriptor != nil else { return true }
        return watch.drain()
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
