import CZlib
import Foundation

/// Reads a ZIP archive's directory and unpacks its entries, bounded: the end record, every
/// directory entry and the local header each points to must lie inside the bytes, no entry may
/// declare or unpack more than `maximumEntryBytes`, and a deflate stream that ends before its
/// data does is an error. (The ZIP library loops for ever on such a stream, and stops the
/// process on a directory that lies about its offsets.) A workbook is small, so ZIP64 archives
/// are refused.
struct ZIPLayout {
    struct Refusal: Error {
        var reason: String
    }

    struct Entry {
        var method: Int
        var dataOffset: Int
        var compressedSize: Int
        var uncompressedSize: Int
        var crc: UInt32
    }

    let bytes: [UInt8]
    let maximumEntryBytes: Int
    private(set) var entries: [String: Entry] = [:]

    init(_ data: Data, maximumEntryBytes: Int) throws(Refusal) {
        bytes = [UInt8](data)
        self.maximumEntryBytes = maximumEntryBytes
        // The end record is 22 bytes plus a comment of at most 65,535.
        let earliest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: earliest, by: -1).first(where: { u32($0) == 0x0605_4B50 })
        else { throw Refusal(reason: "it has no ZIP directory (the file is truncated or not a workbook)") }
        guard let count = u16(end + 10), let size = u32(end + 12), let offset = u32(end + 16) else {
            throw Refusal(reason: "its ZIP directory is cut short")
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw Refusal(reason: "it is a ZIP64 archive, far larger than a workbook of names")
        }
        guard offset + size <= end else { throw Refusal(reason: "its ZIP directory points outside the file") }
        var at = offset
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, let method = u16(at + 10), let crc = u32(at + 16),
                  let compressed = u32(at + 20), let uncompressed = u32(at + 24),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let local = u32(at + 42)
            else { throw Refusal(reason: "an entry of its ZIP directory is damaged") }
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw Refusal(reason: "an entry of its ZIP directory runs past the directory") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= offset
            else { throw Refusal(reason: "the entry \(name) points outside the file") }
            guard uncompressed <= maximumEntryBytes else {
                throw Refusal(reason: "the entry \(name) unpacks to \(uncompressed / 1_048_576) MB, more than the \(maximumEntryBytes / 1_048_576) MB a sheet may hold")
            }
            entries[name] = Entry(
                method: method, dataOffset: local + 30 + localName + localExtra, compressedSize: compressed,
                uncompressedSize: uncompressed, crc: UInt32(crc)
            )
            at = next
        }
    }

    /// The unpacked bytes of `name`, nil when there is no such entry.
    func unpack(_ name: String) throws(Refusal) -> Data? {
        guard let entry = entries[name] else { return nil }
        let packed = bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]
        let data: Data
        switch entry.method {
        case 0: data = Data(packed)
        case 8: data = try inflate(packed, name: name)
        default: throw Refusal(reason: "the entry \(name) uses compression method \(entry.method), which workbooks do not use")
        }
        guard data.count == entry.uncompressedSize else {
            throw Refusal(reason: "the entry \(name) unpacks to \(data.count) bytes, not the \(entry.uncompressedSize) its directory says")
        }
        let crc = data.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        guard crc == entry.crc else { throw Refusal(reason: "the entry \(name) fails its checksum") }
        return data
    }

    /// Raw deflate, stopped at `maximumEntryBytes`; a stream that runs out of input before its
    /// end, or is malformed, is refused.
    private func inflate(_ packed: ArraySlice<UInt8>, name: String) throws(Refusal) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Refusal(reason: "the entry \(name) cannot be unpacked")
        }
        defer { inflateEnd(&stream) }
        var input = Array(packed)
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let limit = maximumEntryBytes
        let outcome: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                if output.count > limit { return Z_MEM_ERROR }
                // Z_BUF_ERROR: no progress possible, the input ended before the stream did.
                if status != Z_OK { return status }
            }
        }
        switch outcome {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR: throw Refusal(reason: "the entry \(name) unpacks to more than \(limit / 1_048_576) MB")
        default: throw Refusal(reason: "the entry \(name) is damaged or cut short")
        }
    }

    private func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }

    private func u32(_ at: Int) -> Int? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
