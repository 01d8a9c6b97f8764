import Foundation

/// Checks the structure of a ZIP archive before the ZIP library reads it: the end record,
/// every central directory entry and the local header each points to must lie inside the
/// bytes, and no entry may declare more unpacked bytes than `maximumEntryBytes`. The library
/// trusts these offsets and stops the process on a file that lies about them; a workbook is
/// small, so ZIP64 archives are refused too.
enum ZIPLayout {
    struct Refusal: Error {
        var reason: String
    }

    /// Why the archive cannot be read, or nil when its layout is sound.
    static func check(_ data: Data, maximumEntryBytes: Int) -> Refusal? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= bytes.count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        // The end record is 22 bytes plus a comment of at most 65,535.
        let earliest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: earliest, by: -1).first(where: { u32($0) == 0x0605_4B50 })
        else { return Refusal(reason: "it has no ZIP directory (the file is truncated or not a workbook)") }
        guard let count = u16(end + 10), let size = u32(end + 12), let offset = u32(end + 16) else {
            return Refusal(reason: "its ZIP directory is cut short")
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            return Refusal(reason: "it is a ZIP64 archive, far larger than a workbook of names")
        }
        guard offset + size <= end else { return Refusal(reason: "its ZIP directory points outside the file") }
        var at = offset
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50,
                  let compressed = u32(at + 20), let uncompressed = u32(at + 24),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let local = u32(at + 42)
            else { return Refusal(reason: "an entry of its ZIP directory is damaged") }
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { return Refusal(reason: "an entry of its ZIP directory runs past the directory") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= offset
            else { return Refusal(reason: "the entry \(name) points outside the file") }
            guard uncompressed <= maximumEntryBytes else {
                return Refusal(reason: "the entry \(name) unpacks to \(uncompressed / 1_048_576) MB, more than the \(maximumEntryBytes / 1_048_576) MB a sheet may hold")
            }
            at = next
        }
        return nil
    }
}
