import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A descriptor that becomes readable when the event file, its `-wal` or its `-shm` is written,
/// created, deleted or renamed: a waiting TUI sleeps on it instead of polling. It watches the
/// folder (a file's own watch is lost when it is replaced) and wakes only for the event's names.
/// Only on Linux (inotify); elsewhere `descriptor` is nil and the app polls `PRAGMA data_version`.
final class FileWatch: Sendable {
    let descriptor: Int32?
    private let names: Set<String>

    init(path: String) {
        let url = URL(fileURLWithPath: path)
        let file = url.lastPathComponent
        names = [file, file + "-wal", file + "-shm", file + "-journal"]
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            descriptor = nil
            return
        }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        guard inotify_add_watch(fd, url.deletingLastPathComponent().path, mask) >= 0 else {
            close(fd)
            descriptor = nil
            return
        }
        descriptor = fd
        #else
        descriptor = nil
        #endif
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Reads every pending notification; true if one concerned the event's files.
    func drain() -> Bool {
        #if canImport(Glibc)
        guard let descriptor else { return false }
        var touched = false
        let capacity = 16 * 1024
        var bytes = [UInt8](repeating: 0, count: capacity)
        while true {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, capacity) }
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let length = bytes.withUnsafeBytes { raw in
                    Int(raw.loadUnaligned(fromByteOffset: offset + header - MemoryLayout<UInt32>.size, as: UInt32.self))
                }
                let nameBytes = bytes[(offset + header)..<min(count, offset + header + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                if names.contains(name) { touched = true }
                offset += header + length
            }
        }
        return touched
        #else
        return false
        #endif
    }
}
