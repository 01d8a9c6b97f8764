/// Why an event file could not be opened, read or changed. Each case reads as one line:
/// what happened, to which file, and what to do about it.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case fileExists(String)
    case notFound(String)
    case notAPodiumEvent(String, String)
    case newerSchema(String, found: Int, supported: Int)
    case readOnly(String)
    case corrupt(String, String)
    case sqlite(String, String)
    case invalid(String)
    /// The file at the path is no longer the one this process opened (moved or copied over).
    case replaced(String)
    /// The file this process opened was deleted.
    case vanished(String)
    /// A write could not reach the disk: it is full, or the file-size limit was reached.
    case writeFailed(String, String)
    /// The file was moved or replaced while a change was being committed: the change went into
    /// the file this process opened, which the path no longer names.
    case movedWhileSaving(String)

    public var description: String {
        switch self {
        case .fileExists(let path):
            "\(path) already exists; choose another file name or open the existing event"
        case .notFound(let path):
            "\(path) does not exist; check the path or create the event first"
        case .notAPodiumEvent(let path, let reason):
            "\(path) is not a Podium event (\(reason)); it was left untouched — open a file created by Podium"
        case .newerSchema(let path, let found, let supported):
            "\(path) was written by a newer Podium (schema \(found), this one reads up to \(supported)); update Podium to open it"
        case .readOnly(let path):
            "\(path) is open read-only, so the change was not saved; open a writable copy to edit"
        case .corrupt(let path, let detail):
            "\(path) is damaged (\(detail)); restore it from a backup or re-create the event"
        case .sqlite(let path, let detail):
            "\(path): the database reported \"\(detail)\"; retry, and if it persists copy the file and report it"
        case .invalid(let message):
            message
        case .replaced(let path):
            "\(path) was replaced by another file since it was opened; nothing more is written — reopen the event to continue"
        case .vanished(let path):
            "\(path) was deleted since it was opened; nothing more is written — restore the file and reopen it"
        case .writeFailed(let path, let detail):
            "\(path): the change could not be written (\(detail)); nothing was saved — free disk space or raise the file-size limit, then retry"
        case .movedWhileSaving(let path):
            "\(path) was moved or replaced while a change was being saved: the change is in the file that was opened, which is no longer at this path; nothing more is written — find the moved file and reopen it"
        }
    }
}
