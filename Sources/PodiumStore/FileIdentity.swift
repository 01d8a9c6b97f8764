import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which file a path names: its device and inode. A file moved over the event file, or the
/// event file deleted, shows as another identity (or none) at the same path, while this
/// process's connection still writes to the old one. `EventStore` compares it before every
/// write; a loop may compare it on every poll (`EventStore.fileProblem()`).
public struct FileIdentity: Equatable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    /// The identity of the file at `path` now, or nil when nothing is there.
    public static func of(path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
