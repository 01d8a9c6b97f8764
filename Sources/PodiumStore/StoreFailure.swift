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
            switch error.resultCode {
            case .SQLITE_READONLY: return .readOnly(path)
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
