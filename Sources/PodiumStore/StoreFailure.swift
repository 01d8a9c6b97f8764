import Foundation
import GRDB

/// Turns whatever SQLite or a row mapping throws into a `StoreError` that names the file.
enum StoreFailure {
    static func map<T>(_ path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as DatabaseError:
            switch error.extendedResultCode {
            // SQLite's own sign that the file was moved or deleted under the connection.
            case .SQLITE_READONLY_DBMOVED: return FileManager.default.fileExists(atPath: path) ? .replaced(path) : .vanished(path)
            case .SQLITE_READONLY: return .readOnly(path)
            case .SQLITE_FULL: return .writeFailed(path, "the disk is full or the file-size limit was reached")
            case .SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE, .SQLITE_IOERR_SHMSIZE:
                return .writeFailed(path, error.message ?? "input/output error")
            // Retried by SQLite for the connection's busy timeout (5 s) before it gets here.
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path)
            case .SQLITE_CORRUPT: return .corrupt(path, error.message ?? "\(error)")
            case .SQLITE_NOTADB: return .notAPodiumEvent(path, "SQLite cannot read it as a database")
            default: return .sqlite(path, error.message ?? "\(error)")
            }
        case let error as StoredValueError:
            return .corrupt(path, error.description)
        case let error as RowDecodingError:
            return .corrupt(path, "\(error)")
        default:
            return .sqlite(path, "\(error)")
        }
    }
}
