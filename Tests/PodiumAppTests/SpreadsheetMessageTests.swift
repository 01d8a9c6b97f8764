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
        (.partMissing(path: "xl/workbook.xml"), ["xl/workbook.xml"]), (.xmlNotUTF8, ["XML", "UTF-8"]), (.xmlProcessingInstruction, ["<?…?>"]), (.unknownGroup(name: "Press", rows: 4, known: ["Departments"]), ["Press", "4", "Departments"]),
        (.unknownGroup(name: "Press", rows: 4, known: []), ["Press", "4", "--create-groups", " g "]), (.unknownMappedGroup(target: "Guests", from: "Press", known: []), ["Guests", "Press"]), (.noGroupColumn, []), (.xmlMalformed, ["XML"]),
        (.repeatedColumn(title: "Ho ten", earlier: 1, field: "name"), ["\"Ho ten\"", "1"]),
        (.missingColumn(field: "name", header: "Ho va ten"), ["\"Ho va ten\""]),
        (.duplicate(name: "NGUYEN VAN AN", of: .line(2)), ["NGUYEN VAN AN", "2", "--on-duplicate"]),
        (.noAwardDecision, ["podium awards decision set", "Q"]),
        (.duplicateSkipped(name: "NGUYEN VAN AN", of: .line(2)), ["NGUYEN VAN AN", "2"]),
        (.duplicateMerged(name: "NGUYEN VAN AN", of: .existing(id: 7)), ["NGUYEN VAN AN", "7"]),
        (.revisedDuplicate(name: "NGUYEN VAN AN", line: 3), ["NGUYEN VAN AN", "3"]),
        (.unusedColumn(title: "Email"), ["\"Email\""]),
        (.emptyName, []), (.emptyGroup(known: ["Departments", "Press"]), ["Departments; Press", "--group"]),
        (.notAGroup(text: "Press", known: ["Departments"]), ["Press", "Departments"]),
        (.notAGroup(text: "Press", known: []), ["Press", "--create-groups", " g "]),
        (.emptyRecipientUnit, []), (.unknownRecipientKind(text: "xyz"), ["xyz"]), (.emptyTopic, []), (.emptySpeakerUnit, []),
        (.badMinutes(text: "abc"), ["abc", "240", "7"]), (.emptyTask, []), (.badDueDate(text: "31/02"), ["31/02", "26/03/2026 14:00"]),
        (.unknownStatus(text: "xyz"), ["xyz"]), (.unknownPriority(text: "xyz"), ["xyz"]),
        (.eventFile(.emptyBatch), []), (.index(.emptyFile), []), (.index(.unitTwice(unit: "So A", line: 2)), ["So A", "2"]),
        (.cannotRead(.missing), []), (.cannotRead(.denied), []), (.cannotRead(.directory), []), (.cannotRead(.other), []),
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
        #expect(Set(Self.samples.map { Self.caseName($0.0) }).count == 68)
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
        case .duplicateSkipped: "duplicateSkipped"
        case .duplicateMerged: "duplicateMerged"
        case .revisedDuplicate: "revisedDuplicate"
        case .unusedColumn: "unusedColumn"
        case .emptyName: "emptyName"
        case .emptyGroup: "emptyGroup"
        case .notAGroup: "notAGroup"
        case .emptyRecipientUnit: "emptyRecipientUnit"
        case .unknownRecipientKind: "unknownRecipientKind"
        case .emptyTopic: "emptyTopic"
        case .emptySpeakerUnit: "emptySpeakerUnit"
        case .badMinutes: "badMinutes"
        case .emptyTask: "emptyTask"
        case .badDueDate: "badDueDate"
        case .unknownStatus: "unknownStatus"
        case .unknownPriority: "unknownPriority"
        case .index: "index"
        case .eventFile: "eventFile"
        case .cannotRead(let failure): "cannotRead.\(failure)"
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
            #expect(vi.located(problem) == "1:2: cột \"Họ tên\" trùng với cột 1 (họ tên); hãy giữ lại một trong hai cột")
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
            #expect(vi.located(problem) == "1: không có cột họ tên; hãy thêm một cột có tiêu đề \"\(header)\"")
            #expect(en.located(problem) == "1: no column for the name; add one headed \"\(header)\"")
        }
    }

    @Test func duplicateRowsAreTypedWithTheirOriginAndOfferARemedy() throws {
        let error = ImportProblems([ImportProblem(line: 3, column: 0, issue: .duplicate(name: "NGUYEN VAN AN", of: .line(2)))])
        do {
            let problem = try #require(error.problems.first)
            #expect(problem.issue == .duplicate(name: "NGUYEN VAN AN", of: .line(2)))
            #expect(vi.located(problem) == "3: “NGUYEN VAN AN” cùng đơn vị đã có ở dòng 2; hãy xoá một dòng, hoặc bỏ qua hay gộp dòng trùng: thêm --on-duplicate skip hoặc merge khi nhập bằng dòng lệnh, hoặc bấm s hay m ở hộp thoại nhập")
            #expect(en.located(problem) == "3: \"NGUYEN VAN AN\" with the same unit is already on line 2; delete one row, or skip or merge the duplicates: add --on-duplicate skip or merge on the command line, or press s or m in the import dialog")
            #expect(ImportRemedy.remedies(for: error, kind: .delegates) == [.skipOrMergeDuplicates, .compareAsRevision])
            let existing = ImportProblem(line: 2, column: 0, issue: .duplicate(name: "An", of: .existing(id: 7)))
            #expect(vi.message(existing).contains("danh sách của sự kiện (mã 7)"))
            #expect(en.message(existing).contains("already on the event's list (id 7)"))
        }
    }

    /// The problems of rows, from each kind of import: typed at the cell of their field, and
    /// worded in both languages (they were English only).
    @Test(arguments: [
        (ImportKind.delegates, "STT,Họ và tên,Đơn vị,Thành phần\n1,,Sở Y tế,Báo chí\n2,An,Sở Y tế,\n",
         [ImportProblem(line: 2, column: 2, issue: .emptyName), ImportProblem(line: 3, column: 4, issue: .emptyGroup(known: ["Báo chí"]))]),
        (.speakers, "STT,Tên tham luận,Đơn vị,Thời gian (phút)\n1,,Sở Y tế,7\n2,Chuyển đổi số,,bảy\n",
         [ImportProblem(line: 2, column: 2, issue: .emptyTopic), ImportProblem(line: 3, column: 3, issue: .emptySpeakerUnit),
          ImportProblem(line: 3, column: 4, issue: .badMinutes(text: "bảy"))]),
        (.checklist, "STT,Nội dung công việc,Thời hạn,Trạng thái,Ưu tiên\n1,,26/03/2026,Xong,Cao\n2,In giấy mời,ngày mai,Sắp,Rất cao\n",
         [ImportProblem(line: 2, column: 2, issue: .emptyTask), ImportProblem(line: 3, column: 3, issue: .badDueDate(text: "ngày mai")),
          ImportProblem(line: 3, column: 4, issue: .unknownStatus(text: "Sắp")), ImportProblem(line: 3, column: 5, issue: .unknownPriority(text: "Rất cao"))]),
    ] as [(ImportKind, String, [ImportProblem])])
    func rowProblemsAreTypedAtTheirCell(kind: ImportKind, text: String, expected: [ImportProblem]) throws {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2027, month: 1, day: 15))
        event.groups = [ParticipantGroup(id: 1, key: "press", name: "Báo chí", order: 1, level: .province)]
        var thrown: ImportProblems?
        do { _ = try SpreadsheetImport.plan(kind, data: Data(text.utf8), into: event) } catch { thrown = error }
        let problems = try #require(thrown)
        #expect(problems.problems == expected)
        // The file's own words show in both languages; the sample table checks the rest.
        for problem in problems.problems {
            #expect(Self.looksVietnamese(vi.message(problem)) && vi.message(problem) != en.message(problem), "\(problem)")
        }
    }

    /// Recipients whose cells are wrong, for an event with no decision: the missing decision
    /// is said once for the file (it was once per row), and each row's own problems after it.
    @Test func aMissingDecisionIsSaidOnceForTheFile() throws {
        let data = Data("STT,Tên tập thể, cá nhân,Loại,Đơn vị,Hình thức\n1,Sở Nội vụ,Tập thể,Sở Nội vụ,Bằng khen\n2,,Nhóm,,Bằng khen\n3,Sở Y tế,Tập thể,Sở Y tế,Bằng khen\n"
            .replacingOccurrences(of: "Tên tập thể, cá nhân", with: "\"Tên tập thể, cá nhân\"").utf8)
        let event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2027, month: 1, day: 15))
        var thrown: ImportProblems?
        do { _ = try SpreadsheetImport.plan(.awards, data: data, into: event) } catch { thrown = error }
        let problems = try #require(thrown)
        #expect(problems.problems == [
            ImportProblem(line: 2, column: 0, issue: .noAwardDecision),
            ImportProblem(line: 3, column: 2, issue: .emptyName),
            ImportProblem(line: 3, column: 3, issue: .unknownRecipientKind(text: "Nhóm")),
            ImportProblem(line: 3, column: 4, issue: .emptyRecipientUnit),
        ])
        #expect(vi.report(problems, file: "kt.csv").hasPrefix("kt.csv:2: sự kiện chưa có quyết định khen thưởng"))
        #expect(en.report(problems, file: "kt.csv").contains("kt.csv:3:3: the kind \"Nhóm\" is not valid; write Collective or Individual"))
    }

    /// Skipped and merged rows, unused columns and a revised list naming someone twice are
    /// typed notes in both languages, with the line of the earlier row.
    @Test func duplicateNotesAndUnusedColumnsAreTyped() throws {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2027, month: 1, day: 15))
        event.groups = [ParticipantGroup(id: 1, key: "press", name: "Báo chí", order: 1, level: .province)]
        let data = Data("Họ và tên,Đơn vị,Thành phần,Email\nAn,Báo,Báo chí,a@b\nAn,Báo,Báo chí,c@d\n".utf8)
        let skipped = try SpreadsheetImport.plan(.delegates, data: data, into: event, duplicates: .skip)
        #expect(skipped.warnings.map(\.issue) == [.unusedColumn(title: "Email"), .duplicateSkipped(name: "An", of: .line(2))])
        #expect(vi.located(skipped.warnings[1]) == "3: đã bỏ qua “An”: trùng với người đã có ở dòng 2")
        #expect(en.located(skipped.warnings[1]) == "3: \"An\" skipped: the same person is already on line 2")
        let merged = try SpreadsheetImport.plan(.delegates, data: data, into: event, duplicates: .merge)
        #expect(merged.warnings.last?.issue == .duplicateMerged(name: "An", of: .line(2)))
        var thrown: ImportProblems?
        do { _ = try SpreadsheetImport.revision(data: data, into: event) } catch { thrown = error }
        #expect(thrown?.problems == [ImportProblem(line: 3, column: 0, issue: .revisedDuplicate(name: "An", line: 2))])
    }

    /// A file that cannot be opened is refused with the same typed reason by the CLI and the
    /// import dialog.
    @Test func unreadableFilesSayWhy() throws {
        #expect(throws: SpreadsheetIssue.ReadFailure.missing) { try SpreadsheetFile.contents(atPath: "/nonexistent/ds.csv").get() }
        #expect(throws: SpreadsheetIssue.ReadFailure.directory) { try SpreadsheetFile.contents(atPath: NSTemporaryDirectory()).get() }
        #expect(vi.issue(.cannotRead(.missing)) == "không tìm thấy tệp; hãy kiểm tra đường dẫn")
        #expect(en.issue(.cannotRead(.missing)) == "the file is not found; check the path")
    }

    /// A quote left open is the reader's typed refusal, however the table is parsed.
    @Test func parseErrorsCarryTheirTypedProblem() {
        #expect(CSVTable.ParseError.unterminatedQuote(line: 4).problem == ImportProblem(line: 4, column: 0, issue: .unterminatedQuote))
        #expect(CSVTable.ParseError.empty.problem.issue == .noRows)
        #expect(CSVTable.ParseError.tooManyColumns(line: 1, limit: 1024).problem.issue == .tooManyColumns(limit: 1024))
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
