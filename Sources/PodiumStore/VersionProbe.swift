import GRDB

/// A dedicated connection that only reads `PRAGMA data_version`. On a writable file it is opened
/// read-write but `query_only`: SQLite lets only a read-write connection that closes last remove
/// the `-wal` and `-shm` files, and this one may well close last.
final class VersionProbe: Sendable {
    let path: String
    private let queue: DatabaseQueue

    init(path: String, readOnly: Bool) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(2)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        queue = try StoreFailure.map(path) { try DatabaseQueue(path: path, configuration: configuration) }
    }

    func current() throws(StoreError) -> Int {
        try StoreFailure.map(path) {
            try queue.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }
}
