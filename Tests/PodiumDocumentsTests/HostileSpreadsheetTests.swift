import Foundation
import PodiumCore
import Testing
import ZIPFoundation
@testable import PodiumDocuments

/// Small hand-made workbooks and CSVs that once crashed or hung the importer, and a seeded
/// fuzzer over mutated workbooks. `PODIUM_FUZZ_CASES` sets how many mutations the fuzzer
/// tries (300 by default; the long run in the README uses 100,000).
@Suite struct HostileSpreadsheetTests {
    private func sheet(_ cells: String, merges: [String] = []) throws -> Data {
        try SpreadsheetFixtures.xlsx(
            sheets: [.init(name: "Đại biểu", rows: [1: "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>", 2: cells], merges: merges)],
            shared: ["Họ và tên", "Đơn vị", "Sở Nội vụ"]
        )
    }

    private func refused(_ data: Data) -> Bool {
        do {
            _ = try XLSXReader.read(data)
            return false
        } catch {
            return !error.problems.isEmpty
        }
    }

    @Test func reversedMergeRangeTrappedTheReader() throws {
        let data = try sheet("<c r=\"B2\" t=\"s\"><v>2</v></c>", merges: ["B3:B2"])
        let read = try XLSXReader.read(data)
        #expect(read.rows.map(\.cells) == [["Họ và tên", "Đơn vị"], ["", "Sở Nội vụ"], ["", "Sở Nội vụ"]])
    }

    @Test(arguments: ["AAAAAAAAAAAAAAAA2", "QQQQQQ2", "ZZZZZZZZ2", "XFE2", "A99999999999999999999", "A0", "2", "A-1"])
    func hugeOrMalformedCellReferenceOverflowedOrExhaustedMemory(reference: String) throws {
        #expect(refused(try sheet("<c r=\"\(reference)\" t=\"s\"><v>2</v></c>")))
    }

    @Test func farColumnWithinTheSheetIsRefusedBeforeRowsAreWidened() throws {
        #expect(refused(try sheet("<c r=\"XFD2\" t=\"s\"><v>2</v></c>")))
    }

    @Test(arguments: ["A1:XFD1048576", "A1:A1048576", "B2:ZZZZZZZZ9"])
    func hugeMergeRangeKeptTheImporterBusy(range: String) throws {
        #expect(refused(try sheet("<c r=\"A2\" t=\"s\"><v>2</v></c>", merges: [range])))
    }

    @Test func corruptCentralDirectoryTrappedTheZipLibrary() throws {
        var data = try sheet("<c r=\"A2\" t=\"s\"><v>2</v></c>")
        let end = try #require(endRecord(in: data))
        // The directory offset, pointed past the end of the file.
        data.replaceSubrange((end + 16)..<(end + 20), with: [0xF0, 0xFF, 0xFF, 0x7F])
        #expect(refused(data))
        var shortened = try sheet("<c r=\"A2\" t=\"s\"><v>2</v></c>")
        shortened.removeSubrange((try #require(endRecord(in: shortened)) - 10)..<(shortened.count - 22))
        #expect(refused(shortened))
    }

    @Test func sheetDeclaringHundredsOfMegabytesWasUnpackedBeforeBeingRefused() throws {
        var data = try sheet("<c r=\"A2\" t=\"s\"><v>2</v></c>")
        let end = try #require(endRecord(in: data))
        let directory = Int(data[end + 16]) | Int(data[end + 17]) << 8 | Int(data[end + 18]) << 16 | Int(data[end + 19]) << 24
        // Every entry declares 446 MB unpacked.
        var at = directory
        while at + 46 <= end, data[at] == 0x50, data[at + 1] == 0x4B, data[at + 2] == 0x01, data[at + 3] == 0x02 {
            data.replaceSubrange((at + 24)..<(at + 28), with: [0x00, 0x00, 0xE0, 0x1B])
            let name = Int(data[at + 28]) | Int(data[at + 29]) << 8
            let extra = Int(data[at + 30]) | Int(data[at + 31]) << 8
            let comment = Int(data[at + 32]) | Int(data[at + 33]) << 8
            at += 46 + name + extra + comment
        }
        #expect(refused(data))
    }

    @Test func csvWithThousandsOfColumnsTookSecondsToBeRefused() throws {
        let header = (1...5000).map { "c\($0)" }.joined(separator: ",")
        let body = String(repeating: (1...5000).map { _ in "x" }.joined(separator: ",") + "\n", count: 200)
        #expect(throws: CSVTable.ParseError.tooManyColumns(line: 1, limit: CSVTable.maximumColumns)) {
            try CSVTable.parse(header + "\n" + body)
        }
    }

    /// Mutations of a sound workbook: bytes flipped, runs overwritten, the file cut short. The
    /// reader must return a sheet or refuse with a message, never crash.
    @Test func mutatedWorkbooksAreReadOrRefusedNeverCrash() throws {
        let cases = ProcessInfo.processInfo.environment["PODIUM_FUZZ_CASES"].flatMap(Int.init) ?? 300
        let seed = ProcessInfo.processInfo.environment["PODIUM_FUZZ_SEED"].flatMap(UInt64.init) ?? 17
        let sound = try SpreadsheetFixtures.xlsx(
            sheets: [.init(name: "Đại biểu", rows: [
                1: "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>",
                2: "<c r=\"A2\" t=\"inlineStr\"><is><t>Lò Văn Thắng</t></is></c><c r=\"B2\" t=\"s\"><v>2</v></c>",
                3: "<c r=\"A3\"><v>12.5</v></c><c r=\"B3\" t=\"b\"><v>1</v></c>",
            ], merges: ["B2:B3"])],
            shared: ["Họ và tên", "Đơn vị", "Sở Nội vụ"]
        )
        var random = SplitMix64(seed: seed)
        var read = 0
        var refusedCount = 0
        for _ in 0..<cases {
            var data = sound
            switch random.next() % 3 {
            case 0:
                for _ in 0...(random.next() % 8) { data[Int(random.next() % UInt64(data.count))] ^= UInt8(truncatingIfNeeded: random.next() | 1) }
            case 1:
                let start = Int(random.next() % UInt64(data.count))
                let length = min(data.count - start, Int(random.next() % 64))
                data.replaceSubrange(start..<(start + length), with: (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            default:
                data = data.prefix(Int(random.next() % UInt64(data.count)))
            }
            do {
                _ = try XLSXReader.read(data)
                read += 1
            } catch {
                #expect(!error.problems.isEmpty)
                refusedCount += 1
            }
        }
        #expect(read + refusedCount == cases)
    }

    private func endRecord(in data: Data) -> Int? {
        stride(from: data.count - 22, through: 0, by: -1).first { data[$0] == 0x50 && data[$0 + 1] == 0x4B && data[$0 + 2] == 0x05 && data[$0 + 3] == 0x06 }
    }
}

/// A small seeded generator, so that a failing case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
