import Foundation
import PodiumCore
import PodiumDocuments
import Testing
@testable import PodiumApp

/// The shared spreadsheet reader's refusals and warnings are typed, and read in the
/// interface's language, Vietnamese or English, with their place in the file kept.
@Suite struct SpreadsheetMessageTests {
    let vi = UIStrings.vietnamese.spreadsheet
    let en = UIStrings.english.spreadsheet

    /// One of each issue, with the values its text must show.
    static let samples: [(SpreadsheetIssue, [String])] = [
        (.binary(.zip), ["ZIP"]), (.binary(.oldExcel), [".xls"]), (.binary(.pdf), ["PDF"]),
        (.binary(.nulBytes), ["NUL"]), (.binary(.controlBytes), []),
        (.truncatedCharacter, []), (.mixedEncodings, ["UTF-8"]), (.notUTF8AfterBOM, ["UTF-8"]),
        (.unknownByte(0x81), ["0x81", "Windows-1258"]), (.oddUTF16Length, ["UTF-16"]), (.loneSurrogate, ["UTF-16"]),
        (.sheetOptionOnText(sheet: "Sheet9"), ["--sheet Sheet9"]), (.noRows, []), (.sheetEmpty, []),
        (.tooManyColumns(limit: 512), ["512"]), (.unterminatedQuote, []),
        (.tooManyFields(count: 7, header: 6), ["7", "6"]), (.tooFewFields(count: 4, header: 6), ["4", "6"]),
        (.hugeCell(kilobytes: 2048), ["2048 KB", "1 MB"]), (.controlCharactersRemoved(preview: "An Binh"), ["\"An Binh\""]),
        (.noSuchSheet(name: "Ket qua", sheets: ["Sheet1", "Sheet2"]), ["\"Ket qua\"", "Sheet1, Sheet2"]),
        (.noWorksheets, []), (.sheetMissing(name: "Sheet3"), ["Sheet3"]),
        (.mergedCellsTooMany(count: 300_000, limit: 200_000), ["300000", "200000"]),
        (.tooManyCells(limit: 1_000_000), ["1000000"]), (.tooManyStrings(limit: 1_000_000), ["1000000"]),
        (.damagedArchive(.noDirectory), ["ZIP"]), (.noWorkbook, [".xlsx"]),
        (.partUnreadable(path: "xl/worksheets/sheet1.xml", .checksum(name: "xl/worksheets/sheet1.xml")), ["xl/worksheets/sheet1.xml"]),
        (.partMissing(path: "xl/workbook.xml"), ["xl/workbook.xml"]), (.xmlNotUTF8, ["XML", "UTF-8"]), (.xmlProcessingInstruction, ["<?…?>"]), (.unknownGroup(name: "Press", rows: 4, known: ["Departments"]), ["Press", "4", "Departments"]), (.unknownMappedGroup(target: "Guests", from: "Press", known: []), ["Guests", "Press"]), (.noGroupColumn, []), (.xmlMalformed, ["XML"]),
        (.repeatedColumn(title: "Ho ten", earlier: 1, field: "name"), ["\"Ho ten\"", "1", "name"]),
        (.missingColumn(field: "name", header: "Ho va ten"), ["name", "\"Ho va ten\""]),
        (.duplicate(name: "NGUYEN VAN AN", of: .line(2)), ["NGUYEN VAN AN", "2", "--on-duplicate"]),
        (.noAwardDecision, ["podium awards decision set", "Q"]),
        (.badRowNumber(text: "0", limit: 1_048_576), ["\"0\"", "1048576"]),
        (.badCellReference(text: "ZZZZ1", rows: 1_048_576), ["\"ZZZZ1\"", "XFD"]),
        (.columnBeyondLimit(column: 600, limit: 512), ["600", "512"]), (.badMergedRange(text: "A1:"), ["\"A1:\""]),
        (.mergedRangeBeyondLimit(text: "A1:ZZ1", limit: 512), ["\"A1:ZZ1\"", "512"]), (.tooSlow(seconds: 5), ["5"]),
    ]

    static let faults: [(SpreadsheetIssue.ZIPFault, [String])] = [
        (.noDirectory, ["ZIP"]), (.directoryCutShort, ["ZIP"]), (.zip64, ["ZIP64"]), (.directoryOutside, ["ZIP"]),
        (.entryDamaged, ["ZIP"]), (.entryPastDirectory, ["ZIP"]), (.entryOutside(name: "a.xml"), ["a.xml"]),
        (.entryTooLarge(name: "a.xml", megabytes: 300, limit: 64), ["a.xml", "300 MB", "64 MB"]),
        (.unknownMethod(name: "a.xml", method: 14), ["a.xml", "14"]), (.sizeMismatch(name: "a.xml", bytes: 10, declared: 20), ["a.xml", "10", "20"]),
        (.checksum(name: "a.xml"), ["a.xml"]), (.cannotInflate(name: "a.xml"), ["a.xml"]),
        (.inflatesTooLarge(name: "a.xml", limit: 64), ["a.xml", "64 MB"]), (.streamDamaged(name: "a.xml"), ["a.xml"]),
    ]

    /// Vietnamese text carries letters English never does.
    static func looksVietnamese(_ text: String) -> Bool {
        text.contains { "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ".contains($0) }
    }

    @Test func everyIssueReadsInBothLanguagesWithItsValues() {
        #expect(Set(Self.samples.map { Self.caseName($0.0) }).count == 46)
        for (issue, values) in Self.samples {
            let vietnamese = vi.issue(issue), english = en.issue(issue)
            #expect(Self.looksVietnamese(vietnamese), "\(issue): \(vietnamese)")
            #expect(!Self.looksVietnamese(english), "\(issue): \(english)")
            for value in values {
                #expect(vietnamese.contains(value), "\(issue) in Vietnamese lacks \(value): \(vietnamese)")
                #expect(english.contains(value), "\(issue) in English lacks \(value): \(english)")
            }
        }
        for (fault, values) in Self.faults {
            let vietnamese = vi.issue(.damagedArchive(fault)), english = en.issue(.damagedArchive(fault))
            #expect(Self.looksVietnamese(vi.zip(fault)) && !Self.looksVietnamese(en.zip(fault)), "\(fault)")
            for value in values {
                #expect(vietnamese.contains(value) && english.contains(value), "\(fault) lacks \(value)")
            }
        }
    }

    /// Real files refused by the reader: the place in the file, then the words of each language.
    @Test(arguments: [
        // Mixed encodings: valid UTF-8, then a Windows-1258 byte on line 3, column 5.
        (Data("Họ và tên,Đơn vị\nAn,Báo\nTr".utf8) + Data([0xE2, 0xEC]) + Data("n,Báo\n".utf8), "f.csv:3:3: ", SpreadsheetIssue.mixedEncodings),
        (Data("Họ và tên,Đơn vị\nNguyễn Văn Â".utf8).dropLast(), "f.csv:2:", .truncatedCharacter),
        (Data([0xEF, 0xBB, 0xBF]) + Data("Họ tên\nA".utf8) + Data([0xFF]), "f.csv:2:", .notUTF8AfterBOM),
        (Data([0xFF, 0xFE, 0x41]), "f.csv:1: ", .oddUTF16Length),
        (Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), "f.csv:1: ", .loneSurrogate),
        (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), "f.csv:1: ", .binary(.oldExcel)),
        (Data("%PDF-1.4\n".utf8), "f.csv:1: ", .binary(.pdf)),
        (Data([0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10]), "f.csv:1: ", .binary(.nulBytes)),
        (Data("Họ và tên,Đơn vị\n\"An,Báo\nBình,Sở\n".utf8), "f.csv:2: ", .unterminatedQuote),
        (Data("Họ và tên,Đơn vị\nAn,Báo,Sở\n".utf8), "f.csv:2:3: ", .tooManyFields(count: 3, header: 2)),
        (Data("Họ và tên,Đơn vị,Thành phần\nAn,Báo\n".utf8), "f.csv:2:2: ", .tooFewFields(count: 2, header: 3)),
        (Data(",,\n,,\n".utf8), "f.csv:1: ", .noRows),
        (Data("PK\u{3}\u{4}broken".utf8), "f.csv:1: ", .damagedArchive(.noDirectory)),
    ] as [(Data, String, SpreadsheetIssue)])
    func readerRefusalsKeepTheirPlaceInBothLanguages(data: Data, place: String, issue: SpreadsheetIssue) throws {
        // Refusals of the whole file are thrown; rows of the wrong shape are collected.
        let problems: ImportProblems
        do {
            problems = ImportProblems(try SpreadsheetFile.read(data, fields: [ColumnMap.Field("name", synonyms: ["Họ và tên"], required: true)]).problems)
        } catch {
            problems = error
        }
        let problem = try #require(problems.problems.first, "\(issue) was not refused")
        #expect(problem.issue == issue)
        for strings in [vi, en] {
            let report = strings.report(problems, file: "f.csv")
            #expect(report.hasPrefix(place), "\(report)")
            #expect(report.hasSuffix(strings.issue(issue)), "\(report)")
        }
    }

    @Test func rowShapesAreCollectedAndWarningsAreTypedToo() throws {
        let text = "Họ và tên,Đơn vị\nAn\u{1B}[2J Bình,Báo\nChi,Sở,x\n"
        let file = try SpreadsheetFile.read(Data(text.utf8), fields: [ColumnMap.Field("name", synonyms: ["Họ và tên"], required: true)])
        let warning = try #require(file.warnings.first)
        #expect(warning.issue == .controlCharactersRemoved(preview: "An Bình"))
        #expect(vi.located(warning).hasPrefix("2:1: đã bỏ ký tự điều khiển"))
        #expect(en.located(warning).hasPrefix("2:1: control or escape characters removed"))
        #expect(file.problems.map(\.issue) == [.tooManyFields(count: 3, header: 2)])
        #expect(vi.source(file.source) == "CSV, UTF-8, phân cách ,")
        #expect(en.source(file.source) == "CSV, UTF-8, separator ,")
    }

    @Test func theImportRunnerReportsInTheInterfaceLanguage() {
        let problems = ImportProblems([ImportProblem(line: 4, column: 2, issue: .tooFewFields(count: 2, header: 3))])
        #expect(vi.report(problems, file: "ds.csv") == "ds.csv:4:2: dòng này có 2 trường nhưng dòng tiêu đề có 3: thiếu một dấu phân cách hoặc dòng bị ngắt")
        #expect(en.report(problems, file: "ds.csv") == "ds.csv:4:2: this row has 2 fields but the header has 3: a separator is missing or the line was broken")
        // Problems other readers word themselves pass through unchanged.
        let worded = ImportProblems([ImportProblem(line: 2, column: 0, message: "đã có")])
        #expect(vi.report(worded, file: "x.csv") == "x.csv:2: đã có")
    }

    static func caseName(_ issue: SpreadsheetIssue) -> String {
        switch issue {
        case .binary(let kind): "binary.\(kind)"
        case .truncatedCharacter: "truncatedCharacter"
        case .mixedEncodings: "mixedEncodings"
        case .notUTF8AfterBOM: "notUTF8AfterBOM"
        case .unknownByte: "unknownByte"
        case .oddUTF16Length: "oddUTF16Length"
        case .loneSurrogate: "loneSurrogate"
        case .sheetOptionOnText: "sheetOptionOnText"
        case .noRows: "noRows"
        case .sheetEmpty: "sheetEmpty"
        case .tooManyColumns: "tooManyColumns"
        case .unterminatedQuote: "unterminatedQuote"
        case .tooManyFields: "tooManyFields"
        case .tooFewFields: "tooFewFields"
        case .hugeCell: "hugeCell"
        case .controlCharactersRemoved: "controlCharactersRemoved"
        case .noSuchSheet: "noSuchSheet"
        case .noWorksheets: "noWorksheets"
        case .sheetMissing: "sheetMissing"
        case .mergedCellsTooMany: "mergedCellsTooMany"
        case .tooManyCells: "tooManyCells"
        case .tooManyStrings: "tooManyStrings"
        case .damagedArchive: "damagedArchive"
        case .noWorkbook: "noWorkbook"
        case .partUnreadable: "partUnreadable"
        case .partMissing: "partMissing"
        case .xmlNotUTF8: "xmlNotUTF8"
        case .xmlProcessingInstruction: "xmlProcessingInstruction"
        case .unknownGroup: "unknownGroup"
        case .unknownMappedGroup: "unknownMappedGroup"
        case .noGroupColumn: "noGroupColumn"
        case .repeatedColumn: "repeatedColumn"
        case .missingColumn: "missingColumn"
        case .duplicate: "duplicate"
        case .noAwardDecision: "noAwardDecision"
        case .xmlMalformed: "xmlMalformed"
        case .badRowNumber: "badRowNumber"
        case .badCellReference: "badCellReference"
        case .columnBeyondLimit: "columnBeyondLimit"
        case .badMergedRange: "badMergedRange"
        case .mergedRangeBeyondLimit: "mergedRangeBeyondLimit"
        case .tooSlow: "tooSlow"
        }
    }

    @Test func headerProblemsAreTypedAndWordedInBothLanguages() throws {
        let table = try CSVTable.parse("Họ và tên,Họ tên,Thành phần\nAn,An,press\n")
        do {
            _ = try ColumnMap(header: table.header, fields: RosterReader.delegateFields)
            Issue.record("expected a repeated-column problem")
        } catch {
            let problem = try #require(error.problems.first)
            #expect(problem.issue == .repeatedColumn(title: "Họ tên", earlier: 1, field: "name"))
            #expect(vi.located(problem) == "1:2: cột \"Họ tên\" trùng với cột 1 (name); hãy giữ lại một trong hai cột")
            #expect(en.located(problem) == "1:2: column \"Họ tên\" repeats column 1 (name); keep one of them")
        }
        let missing = try CSVTable.parse("STT,Đơn vị\n1,Sở\n")
        do {
            _ = try ColumnMap(header: missing.header, fields: RosterReader.delegateFields)
            Issue.record("expected a missing-column problem")
        } catch {
            let problem = try #require(error.problems.first)
            guard case .missingColumn(field: "name", let header) = problem.issue else {
                Issue.record("expected missingColumn(name), got \(problem)")
                return
            }
            #expect(vi.located(problem) == "1: không có cột cho name; hãy thêm một cột có tiêu đề \"\(header)\"")
            #expect(en.located(problem) == "1: no column for name; add one headed \"\(header)\"")
        }
    }

    @Test func duplicateRowsAreTypedWithTheirOriginAndOfferARemedy() throws {
        let error = ImportProblems([ImportProblem(line: 3, column: 0, issue: .duplicate(name: "NGUYEN VAN AN", of: .line(2)))])
        do {
            let problem = try #require(error.problems.first)
            #expect(problem.issue == .duplicate(name: "NGUYEN VAN AN", of: .line(2)))
            #expect(vi.located(problem) == "3: “NGUYEN VAN AN” cùng đơn vị đã có ở dòng 2; hãy xoá một dòng, hoặc nhập với --on-duplicate skip hoặc merge")
            #expect(en.located(problem) == "3: \"NGUYEN VAN AN\" with the same unit is already on line 2; delete one row, or import with --on-duplicate skip or merge")
            #expect(ImportRemedy.remedies(for: error, kind: .delegates) == [.skipOrMergeDuplicates, .compareAsRevision])
            let existing = ImportProblem(line: 2, column: 0, issue: .duplicate(name: "An", of: .existing(id: 7)))
            #expect(vi.message(existing).contains("danh sách của sự kiện (mã 7)"))
            #expect(en.message(existing).contains("the event (id 7)"))
        }
    }

    /// Recipients for an event with no decision yet: said in the interface's language, with the
    /// command and the key that add the decision (the old words sent users to edit YAML).
    @Test func recipientsWithoutADecisionSayHowToAddOne() throws {
        let data = Data("STT,\"Tên tập thể, cá nhân\",Loại,Đơn vị,Hình thức\n1,Sở Nội vụ,Tập thể,Sở Nội vụ,Bằng khen\n".utf8)
        let event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2027, month: 1, day: 15))
        var thrown: ImportProblems?
        do { _ = try SpreadsheetImport.plan(.awards, data: data, into: event) } catch { thrown = error }
        let problem = try #require(thrown?.problems.first)
        #expect(problem.issue == .noAwardDecision && problem.line == 2)
        #expect(vi.message(problem).contains("podium awards decision set") && vi.message(problem).contains("bấm Q"))
        #expect(en.message(problem).contains("podium awards decision set") && en.message(problem).contains("press Q"))
    }
}
