import Foundation
import PodiumCore

/// Turns the bytes of a text spreadsheet into text, the way offices save them: "CSV UTF-8"
/// (UTF-8 with a BOM), UTF-8 without one, "Unicode Text" (UTF-16 LE with a BOM, tabs) or BE,
/// and plain "CSV" in Windows-1258. Anything else is refused with the reason and the remedy.
public enum SpreadsheetText {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf8BOM = "UTF-8 with BOM", utf16LE = "UTF-16 LE", utf16BE = "UTF-16 BE", windows1258 = "Windows-1258"
    }

    public static func decode(_ data: Data) throws(ImportProblems) -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try utf8(bytes.dropFirst(3), bomLength: 3), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE) }
        if let kind = binaryKind(bytes) {
            throw problem(1, 0, .binary(kind))
        }
        if String(validating: bytes, as: UTF8.self) != nil { return (try utf8(bytes[...], bomLength: 0), .utf8) }
        let firstBad = firstInvalidUTF8(bytes[...])
        if firstBad.isTruncation {
            throw problem(at: firstBad.offset, in: bytes, .truncatedCharacter)
        }
        if containsMultibyteUTF8(bytes) {
            throw problem(at: firstBad.offset, in: bytes, .mixedEncodings)
        }
        switch Windows1258.decode(bytes) {
        case .success(let text): return (text, .windows1258)
        case .failure(let undefined):
            throw problem(at: undefined.offset, in: bytes, .unknownByte(undefined.byte))
        }
    }

    /// Formats that turn up instead of text: ZIP (an .xlsx given as CSV), old .xls, PDF, or
    /// bytes no text file holds (NUL and other C0 controls in bulk).
    static func binaryKind(_ bytes: [UInt8]) -> SpreadsheetIssue.BinaryKind? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .oldExcel }
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        let sample = bytes.prefix(8192)
        // A stray NUL in a name is cleaned like any control character; many of them mean binary.
        if sample.filter({ $0 == 0 }).count * 100 > sample.count { return .nulBytes }
        let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x1B].contains($0) }.count
        if !sample.isEmpty, controls * 20 > sample.count { return .controlBytes }
        return nil
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, bomLength: Int) throws(ImportProblems) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let bad = firstInvalidUTF8(bytes)
        let all = [UInt8](bytes)
        if bad.isTruncation {
            throw problem(at: bad.offset, in: all, .truncatedCharacter)
        }
        throw problem(at: bad.offset, in: all, .notUTF8AfterBOM)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(ImportProblems) -> String {
        if bytes.count % 2 != 0 {
            throw problem(1, 0, .oddUTF16Length)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                text.append(scalar)
            case .emptyInput: break loop
            case .error:
                throw problem(line, 0, .loneSurrogate)
            }
        }
        return String(text)
    }

    struct InvalidUTF8 {
        var offset: Int
        /// The bad sequence is an incomplete character at the very end of the data.
        var isTruncation: Bool
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> InvalidUTF8 {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0 else { return InvalidUTF8(offset: index - bytes.startIndex, isTruncation: false) }
            if index + length > bytes.endIndex {
                let tail = bytes[(index + 1)...]
                return InvalidUTF8(offset: index - bytes.startIndex, isTruncation: tail.allSatisfy { $0 >> 6 == 0b10 })
            }
            if length > 1, !bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >> 6 == 0b10 }) {
                return InvalidUTF8(offset: index - bytes.startIndex, isTruncation: false)
            }
            index += length
        }
        return InvalidUTF8(offset: bytes.count, isTruncation: false)
    }

    /// True when well-formed multi-byte UTF-8 characters occur (Vietnamese letters), which
    /// Windows-1258 text practically never forms.
    static func containsMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            let length = lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : 0
            if length > 0, index + length <= bytes.count,
               bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >> 6 == 0b10 }) {
                return true
            }
            index += 1
        }
        return false
    }

    private static func problem(_ line: Int, _ column: Int, _ issue: SpreadsheetIssue) -> ImportProblems {
        ImportProblems([ImportProblem(line: line, column: column, issue: issue)])
    }

    /// Locates a byte offset as line and byte column, counting line feeds before it.
    private static func problem(at offset: Int, in bytes: [UInt8], _ issue: SpreadsheetIssue) -> ImportProblems {
        let before = bytes.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return problem(line, offset - lineStart + 1, issue)
    }
}
