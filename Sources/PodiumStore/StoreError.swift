import PodiumCore

/// Why an event file could not be opened, read or changed. The interfaces word each case in
/// their language (`ErrorStrings`); `description` is the English form for logs and tests.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case fileExists(String)
    case notFound(String)
    case notAPodiumEvent(String, String)
    case newerSchema(String, found: Int, supported: Int)
    case readOnly(String)
    case corrupt(String, String)
    case sqlite(String, String)
    /// A rule of the domain refused the change; nothing was written.
    case refused(Refusal)
    /// The record a change names is not in the file (another terminal deleted it, or the id is wrong).
    case noSuchRecord(RecordKind, id: Int64, path: String)
    /// A stand-in is entered without a name.
    case standInNeedsName
    /// The last seating change is not an auto-assignment (none was made, or seats changed since).
    case noAutoAssignmentToUndo
    /// The journal entry of the last auto-assignment lacks the plan it replaced.
    case autoAssignmentNotKept(entryID: Int64)
    /// A fact this version of Podium only reads (kept from an older file), given to be written:
    /// a programming error, refused before it reaches the file.
    case unwritableFact(name: String)
    /// A live-show action that resolves to no step at all: a programming error.
    case nothingToRecord(action: String)
    /// The file at the path is no longer the one this process opened (moved or copied over).
    case replaced(String)
    /// The file this process opened was deleted.
    case vanished(String)
    /// A write could not reach the disk: it is full, or the file-size limit was reached.
    case writeFailed(String, String)
    /// The file was moved or replaced while a change was being committed: the change went into
    /// the file this process opened, which the path no longer names.
    case movedWhileSaving(String)
    /// Another connection held the file's write lock beyond the wait (a long import in another
    /// terminal): nothing was written.
    case busy(String)

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
        case .refused(let refusal):
            "refused: \(refusal)"
        case .noSuchRecord(let kind, let id, let path):
            "there is no \(kind.rawValue) with id \(id) in \(path)"
        case .standInNeedsName:
            "the stand-in needs a name"
        case .noAutoAssignmentToUndo:
            "there is no auto-assignment to undo: none was made or seats changed after it"
        case .autoAssignmentNotKept(let entryID):
            "the auto-assignment in journal entry \(entryID) did not keep the plan it replaced"
        case .unwritableFact(let name):
            "\"\(name)\" is not a fact this version of Podium writes"
        case .nothingToRecord(let action):
            "nothing to record for \(action)"
        case .replaced(let path):
            "\(path) was replaced by another file since it was opened; nothing more is written — reopen the event to continue"
        case .vanished(let path):
            "\(path) was deleted since it was opened; nothing more is written — restore the file and reopen it"
        case .writeFailed(let path, let detail):
            "\(path): the change could not be written (\(detail)); nothing was saved — free disk space or raise the file-size limit, then retry"
        case .movedWhileSaving(let path):
            "\(path) was moved or replaced while a change was being saved: the change is in the file that was opened, which is no longer at this path; nothing more is written — find the moved file and reopen it"
        case .busy(let path):
            "\(path) is busy with another terminal's change; nothing was written — try again in a moment"
        }
    }
}

/// The kinds of record a change may name by id.
public enum RecordKind: String, CaseIterable, Hashable, Sendable {
    case segment
    case checklistItem = "checklist item"
    case delegate
    case awardRecipient = "award recipient"
    case contribution
}
