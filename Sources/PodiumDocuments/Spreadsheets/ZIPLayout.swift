import CZlib
import Foundation
import PodiumCore

/// Reads a ZIP archive's directory and unpacks its entries, bounded: the end record, every
/// directory entry and the local header each points to must lie inside the bytes, no entry may
/// declare or unpack more than `maximumEntryBytes`, and a deflate stream that ends before its
/// data does is an error. (The ZIP library loops for ever on such a stream, and stops the
/// process on a directory that lies about its offsets.) A workbook is small, so ZIP64 archives
/// are refused.
struct ZIPLayout {
    struct Refusal: Error {
        var fault: SpreadsheetIssue.ZIPFault
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
        else { throw Refusal(fault: .noDirectory) }
        guard let count = u16(end + 10), let size = u32(end + 12), let offset = u32(end + 16) else {
            throw Refusal(fault: .directoryCutShort)
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw Refusal(fault: .zip64)
        }
        guard offset + size <= end else { throw Refusal(fault: .directoryOutside) }
        var at = offset
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, let method = u16(at + 10), let crc = u32(at + 16),
                  let compressed = u32(at + 20), let uncompressed = u32(at + 24),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let local = u32(at + 42)
            else { throw Refusal(fault: .entryDamaged) }
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw Refusal(fault: .entryPastDirectory) }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= offset
            else { throw Refusal(fault: .entryOutside(name: name)) }
            guard uncompressed <= maximumEntryBytes else {
                throw Refusal(fault: .entryTooLarge(name: name, megabytes: uncompressed / 1_048_576, limit: maximumEntryBytes / 1_048_576))
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
        default: throw Refusal(fault: .unknownMethod(name: name, method: entry.method))
        }
        guard data.count == entry.uncompressedSize else {
            throw Refusal(fault: .sizeMismatch(name: name, bytes: data.count, declared: entry.uncompressedSize))
        }
        let crc = data.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        guard crc == entry.crc else { throw Refusal(fault: .checksum(name: name)) }
        return data
    }

    /// Raw deflate, stopped at `maximumEntryBytes`; a stream that runs out of input before its
    /// end, or is malformed, is refused.
    private func inflate(_ packed: ArraySlice<UInt8>, name: String) throws(Refusal) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Refusal(fault: .cannotInflate(name: name))
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
        case Z_MEM_ERROR: throw Refusal(fault: .inflatesTooLarge(name: name, limit: limit / 1_048_576))
        default: throw Refusal(fault: .streamDamaged(name: name))
        }
    }

    private func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }

    private func u32(_ at: Int) -> Int? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
