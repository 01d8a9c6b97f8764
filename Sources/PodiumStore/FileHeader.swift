import Foundation

/// The first 100 bytes of an SQLite file, read with plain file I/O so that a file can be judged
/// without letting SQLite near it. See https://sqlite.org/fileformat.html#the_database_header
struct FileHeader {
    static let magic = Array("SQLite format 3\0".utf8)

    let bytes: [UInt8]

    /// Reads the header, or says in a few words why this is no SQLite file at all.
    static func read(path: String) -> Result<FileHeader, Refusal> {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(Refusal("it cannot be read")) }
        defer { try? handle.close() }
        let bytes = Array((try? handle.read(upToCount: 100)) ?? Data())
        if bytes.isEmpty { return .failure(Refusal("the file is empty")) }
        guard bytes.count == 100, Array(bytes.prefix(16)) == magic else {
            return .failure(Refusal("it is not an SQLite database"))
        }
        return .success(FileHeader(bytes: bytes))
    }

    var applicationID: Int32 { Int32(bitPattern: bigEndian(at: 68)) }
    var userVersion: Int { Int(Int32(bitPattern: bigEndian(at: 60))) }
    /// Read/write format versions 2 mean the file is in WAL mode.
    var isWAL: Bool { bytes[18] == 2 || bytes[19] == 2 }

    private func bigEndian(at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    struct Refusal: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
