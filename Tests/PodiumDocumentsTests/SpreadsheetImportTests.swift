import Foundation
import PodiumCore
import Testing
@testable import PodiumDocuments

@Suite struct SpreadsheetImportTests {
    let header = "STT,Họ và tên,Chức vụ,Đơn vị,Thành phần,Ghi chú\n"

    func plan(_ data: Data, _ kind: ImportKind = .delegates, sheet: String? = nil, duplicates: DuplicatePolicy = .report) throws -> ImportPlan {
        try SpreadsheetImport.plan(kind, data: data, sheet: sheet, into: try SpreadsheetFixtures.emptyEvent(), duplicates: duplicates)
    }

    func problems(_ data: Data, _ kind: ImportKind = .delegates, sheet: String? = nil) throws -> [String] {
        do {
            _ = try plan(data, kind, sheet: sheet)
            Issue.record("expected the import to be refused")
            return []
        } catch let error as ImportProblems {
            return error.report(file: "f.csv").split(separator: "\n").map(String.init)
        }
    }

    // MARK: Encodings

    @Test func utf8WithAndWithoutBOMAndSemicolons() throws {
        let body = "1,Nguyễn Văn An,Phóng viên,Báo Lào Cai,press,\n"
        let withBOM = try plan(Data([0xEF, 0xBB, 0xBF]) + Data((header + body).utf8))
        #expect(withBOM.event.delegates.map(\.name) == ["Nguyễn Văn An"])
        #expect(withBOM.file.source == .csv(encoding: .utf8BOM, separator: ","))
        let semicolons = (header + body).replacingOccurrences(of: ",", with: ";")
        #expect(try plan(Data(semicolons.utf8)).event.delegates.first?.unit == "Báo Lào Cai")
    }

    @Test func utf16BothEndiansWithTabs() throws {
        let text = (header + "1,Lò Thị Mai,Biên tập viên,Đài PT-TH tỉnh,press,\n").replacingOccurrences(of: ",", with: "\t")
        for littleEndian in [true, false] {
            let result = try plan(SpreadsheetFixtures.utf16(text, littleEndian: littleEndian))
            #expect(result.event.delegates.map(\.name) == ["Lò Thị Mai"])
        }
    }

    @Test func windows1258WithCombiningTonesBecomesNFC() throws {
        // "Họ và tên,Đơn vị,Thành phần" / "Hà Văn Tuấn,Báo Lào Cai,press" with tones as combining marks.
        var bytes: [UInt8] = Array("Ho".utf8) + [0xF2] + Array(" va".utf8) + [0xCC] + Array(" t".utf8) + [0xEA] + Array("n,".utf8)
        bytes += [0xD0] + Array("o".utf8) + Array("n vi".utf8) + [0xF2] + Array(",Tha".utf8) + [0xCC] + Array("nh ph".utf8) + [0xE2, 0xCC] + Array("n\r\n".utf8)
        bytes += Array("Ha".utf8) + [0xCC] + Array(" V".utf8) + [0xE3] + Array("n Tu".utf8) + [0xE2, 0xEC] + Array("n,Ba".utf8) + [0xEC] + Array("o La".utf8) + [0xCC] + Array("o Cai,press\r\n".utf8)
        let result = try plan(Data(bytes))
        #expect(result.file.source == .csv(encoding: .windows1258, separator: ","))
        let name = try #require(result.event.delegates.first?.name)
        #expect(name == "Hà Văn Tuấn")
        #expect(name.unicodeScalars.count == "Hà Văn Tuấn".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(result.event.delegates.first?.unit == "Báo Lào Cai")
    }

    @Test func mixedEncodingsAreRefusedWithTheLine() throws {
        let data = Data((header + "1,Nguyễn Văn An,,Báo,press,\n2,Tr").utf8) + Data([0xE2, 0xEC]) + Data("n,,Báo,press,\n".utf8)
        let lines = try problems(data)
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("f.csv:3:"))
        #expect(lines[0].hasSuffix("mixedEncodings"))
    }

    @Test func truncatedUTF8AndUnclosedQuote() throws {
        var cut = Data((header + "1,Nguyễn Văn Â").utf8)
        cut.removeLast()
        #expect(try problems(cut).first?.hasSuffix("truncatedCharacter") == true)
        let open = Data((header + "1,\"Nguyễn Văn An,,Báo,press,\n2,Lò Mai,,Báo,press,\n").utf8)
        let lines = try problems(open)
        #expect(lines.first?.hasPrefix("f.csv:2:") == true)
        #expect(lines.first?.hasSuffix("unterminatedQuote") == true)
        var oddUTF16 = SpreadsheetFixtures.utf16(header, littleEndian: true)
        oddUTF16.removeLast()
        #expect(try problems(oddUTF16).first?.hasSuffix("oddUTF16Length") == true)
    }

    @Test func binaryFilesAreRefused() throws {
        #expect(try problems(Data([0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10])).first?.contains("nulBytes") == true)
        #expect(try problems(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])).first?.contains("oldExcel") == true)
    }

    // MARK: Shape of rows

    @Test func tooManyAndTooFewColumnsAreAllListed() throws {
        let text = header + "1,An,,Báo,press,\n2,Bình,,Báo,press,,extra\n3,Chi,,Báo\n4,Dung,,Báo,press,\n"
        let lines = try problems(Data(text.utf8))
        #expect(lines.count == 2)
        #expect(lines[0] == "f.csv:3:7: tooManyFields(count: 7, header: 6)")
        #expect(lines[1] == "f.csv:4:4: tooFewFields(count: 4, header: 6)")
    }

    @Test func blankRowsAndEmbeddedNewlinesKeepLineNumbers() throws {
        let text = header + "\n1,\"Nguyễn\nVăn An\",,Báo,press,\n,,,,,\n\n2,Lò Mai,,Báo,nobody,\n"
        let lines = try problems(Data(text.utf8))
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("f.csv:7:5:"))
        let fixed = text.replacingOccurrences(of: "nobody", with: "press")
        #expect(try plan(Data(fixed.utf8)).event.delegates.map(\.name) == ["Nguyễn Văn An", "Lò Mai"])
    }

    @Test func fieldsOverOneMegabyteAreRefused() throws {
        let huge = String(repeating: "a", count: SpreadsheetFile.maximumFieldBytes + 1)
        let lines = try problems(Data((header + "1,An,,\(huge),press,\n").utf8))
        #expect(lines.first?.hasPrefix("f.csv:2:4:") == true)
        #expect(lines.first?.hasSuffix("hugeCell(kilobytes: 1024)") == true)
    }

    @Test func controlAndEscapeSequencesAreStrippedAndReported() throws {
        let nasty = "Nguyễn\u{1B}]0;owned\u{07} Văn\u{1B}[2J An\u{9B}31m\u{0}\u{202E}"
        let result = try plan(Data((header + "1,\(nasty),,Báo,press,\n").utf8))
        #expect(result.event.delegates.first?.name == "Nguyễn Văn An")
        #expect(result.warnings.contains { $0.line == 2 && $0.column == 2 && $0.issue == .controlCharactersRemoved(preview: "Nguyễn Văn An") })
        #expect(!result.warnings.map(\.description).joined().contains("\u{1B}"))
    }

    // MARK: Headers

    @Test func headersMatchSynonymsAndReportUnknownColumns() throws {
        let text = "DANH SÁCH ĐẠI BIỂU,,,\nTT,HỌ TÊN,Cơ quan, đơn vị,Thành phần,Số điện thoại\n1,An,Báo,press,0912\n"
        let quoted = text.replacingOccurrences(of: "Cơ quan, đơn vị", with: "\"Cơ quan, đơn vị\"")
        let result = try plan(Data(quoted.utf8))
        #expect(result.event.delegates.first?.unit == "Báo")
        #expect(result.unknownColumns == ["Số điện thoại"])
        #expect(result.matchedColumns.map(\.field) == ["number", "name", "unit", "group"])
    }

    @Test func duplicateAndMissingRequiredHeaders() throws {
        let duplicate = try problems(Data("Họ và tên,Họ tên,Thành phần\nAn,An,press\n".utf8))
        #expect(duplicate.first?.hasPrefix("f.csv:1:2:") == true)
        #expect(duplicate.first?.contains("repeatedColumn(title: \"Họ tên\", earlier: 1, field: \"name\")") == true)
        let missing = try problems(Data("STT,Chức vụ,Đơn vị\n1,x,y\n".utf8))
        #expect(missing.first?.contains("missingColumn(field: \"name\"") == true)
    }

    // MARK: Duplicates

    @Test func duplicatesAreReportedSkippedOrMerged() throws {
        let text = header + "1,Nguyễn Văn An,,Báo Lào Cai,press,\n2,NGUYEN VAN AN,Phóng viên,Báo  Lào Cai,press,ghi chú\n"
        let lines = try problems(Data(text.utf8))
        #expect(lines == ["f.csv:3: duplicate(name: \"NGUYEN VAN AN\", of: PodiumCore.SpreadsheetIssue.DuplicateOrigin.line(2))"])
        do {
            _ = try plan(Data(text.utf8))
        } catch let error as ImportProblems {
            #expect(error.problems.map(\.issue) == [.duplicate(name: "NGUYEN VAN AN", of: .line(2))])
            #expect(ImportRemedy.remedies(for: error, kind: .delegates) == [.skipOrMergeDuplicates, .compareAsRevision])
        }
        let skipped = try plan(Data(text.utf8), duplicates: .skip)
        #expect(skipped.event.delegates.count == 1 && skipped.skipped == 1)
        #expect(skipped.event.delegates[0].title == "")
        let merged = try plan(Data(text.utf8), duplicates: .merge)
        #expect(merged.event.delegates.count == 1 && merged.merged == 1)
        #expect(merged.event.delegates[0].title == "Phóng viên" && merged.event.delegates[0].note == "ghi chú")
    }

    // MARK: Other kinds

    @Test func speakersChecklistAndAwards() throws {
        let speakers = "STT,Đơn vị,Người trình bày,Chức danh,Tên tham luận,Thời gian (phút)\n1,Sở Nội vụ,Đinh Thu Nhung,Phó Giám đốc,Cải cách bộ máy,8\n"
        let s = try plan(Data(speakers.utf8), .speakers)
        #expect(s.event.contributions.first?.allottedSeconds == 480)
        #expect(s.event.contributions.first?.speakerTitle == "Phó Giám đốc")
        let tasks = "TT,Nội dung công việc,Cơ quan thực hiện,Thời hạn,Trạng thái\n1,In giấy mời,Văn phòng,20/03/2026 14:00,Hoàn thành\n2,Chuẩn bị hội trường,Sở Nội vụ,,Đang làm\n"
        let c = try plan(Data(tasks.utf8), .checklist)
        #expect(c.event.checklist.map(\.status) == [.done, .doing])
        #expect(c.event.checklist.first?.dueTime == ClockTime(hour: 14, minute: 0))
        let awards = "STT,\"Tên tập thể, cá nhân\",Loại,Chức vụ,Đơn vị,Hình thức khen thưởng\n1,UBND xã A,Tập thể,,Xã A,Bằng khen\n"
        let a = try plan(Data(awards.utf8), .awards)
        #expect(a.event.recipients.first?.decisionID == 1)
    }

    // MARK: xlsx

    func workbook() throws -> Data {
        let shared = ["Danh sách đại biểu", "STT", "Họ và tên", "Đơn vị", "Thành phần", "Nguyễn Văn An", "Báo Lào Cai", "press", "Lò Mai"]
        let first = SpreadsheetFixtures.Sheet(name: "Ghi chú", rows: [1: "<c r=\"A1\" t=\"inlineStr\"><is><t>không phải danh sách</t></is></c>"])
        let roster = SpreadsheetFixtures.Sheet(
            name: "Đại biểu",
            rows: [
                1: "<c r=\"A1\" t=\"s\"><v>0</v></c>",
                3: "<c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"s\"><v>3</v></c><c r=\"D3\" t=\"s\"><v>4</v></c>",
                4: "<c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>5</v></c><c r=\"C4\" t=\"s\"><v>6</v></c><c r=\"D4\" t=\"s\"><v>7</v></c>",
                5: "<c r=\"A5\"><f>A4+1</f><v>2</v></c><c r=\"B5\" t=\"inlineStr\"><is><r><t>Lò </t></r><r><t>Mai</t></r></is></c><c r=\"D5\" t=\"str\"><f>D4</f><v>press</v></c>",
            ],
            merges: ["A1:D2", "C4:C5"]
        )
        return try SpreadsheetFixtures.xlsx(sheets: [first, roster], shared: shared)
    }

    @Test func xlsxWithSheetsMergedCellsAndFormulas() throws {
        let result = try plan(try workbook(), sheet: "dai bieu")
        #expect(result.event.delegates.map(\.name) == ["Nguyễn Văn An", "Lò Mai"])
        // The unit is merged down C4:C5, so both rows carry it.
        #expect(result.event.delegates.map(\.unit) == ["Báo Lào Cai", "Báo Lào Cai"])
        #expect(result.file.source == .xlsx(sheet: "Đại biểu"))
        #expect(try XLSXReader.sheetNames(try workbook()) == ["Ghi chú", "Đại biểu"])
    }

    @Test func xlsxFirstSheetUnknownSheetAndTruncation() throws {
        let first = try problems(try workbook())
        #expect(first.contains { $0.contains("missingColumn(field: \"name\"") })
        let unknown = try problems(try workbook(), sheet: "Khách")
        #expect(unknown.first?.contains("sheets: [\"Ghi chú\", \"Đại biểu\"]") == true)
        let cut = try workbook().prefix(300)
        #expect(try problems(Data(cut)).first?.contains("damagedArchive") == true)
    }

    @Test func xlsxNumbersReadAsExcelShowsThem() {
        #expect(XLSXReader.displayNumber("0.30000000000000004") == "0.3")
        #expect(XLSXReader.displayNumber("12") == "12")
        #expect(XLSXReader.displayNumber("89.92") == "89.92")
        #expect(XLSXReader.cellReference("BC12")?.column == 54)
    }
}
