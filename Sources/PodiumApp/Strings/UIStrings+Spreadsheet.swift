import PodiumCore
import PodiumDocuments

/// The words of the shared spreadsheet reader's refusals and warnings (encodings, row shapes,
/// workbooks), and of its one-line account of what it read, in both languages.
public struct SpreadsheetStrings: Sendable {
    public var issue: @Sendable (SpreadsheetIssue) -> String
    public var zip: @Sendable (SpreadsheetIssue.ZIPFault) -> String
    /// An index results file's problem (`SpreadsheetIssue.index`) on its own.
    public var index: @Sendable (IndexImportIssue) -> String
    /// "CSV, UTF-8 with BOM, separator ;" / "xlsx, sheet Đại biểu", for the preview.
    public var source: @Sendable (SpreadsheetFile.Source) -> String
    /// A reader's field ("name", "due") in words: a column's meaning in the preview and the problems.
    public var field: @Sendable (String) -> String

    /// `problem`'s text: its typed issue in these words.
    public func message(_ problem: ImportProblem) -> String { issue(problem.issue) }

    /// `line:column: message` (or `line: message` for the whole line or file).
    public func located(_ problem: ImportProblem) -> String {
        problem.column > 0 ? "\(problem.line):\(problem.column): \(message(problem))" : "\(problem.line): \(message(problem))"
    }

    /// One line per problem, each prefixed with `file:`.
    public func report(_ problems: ImportProblems, file: String) -> String {
        problems.problems.map { "\(file):\(located($0))" }.joined(separator: "\n")
    }
}

extension SpreadsheetStrings {
    static let vietnamese: SpreadsheetStrings = {
        let remedy = "hãy lưu lại từ bảng tính dưới dạng \"CSV UTF-8\" hoặc .xlsx"
        let createGroups = "tạo các nhóm từ cột Thành phần: thêm --create-groups khi nhập bằng dòng lệnh, hoặc bấm g ở hộp thoại nhập"
        let earlier: @Sendable (SpreadsheetIssue.DuplicateOrigin) -> String = { origin in
            switch origin {
            case .line(let line): "dòng \(line)"
            case .existing(let id): "danh sách của sự kiện (mã \(id))"
            }
        }
        let zip: @Sendable (SpreadsheetIssue.ZIPFault) -> String = { fault in
            switch fault {
            case .noDirectory: "không có thư mục ZIP (tệp bị cắt cụt hoặc không phải sổ tính)"
            case .directoryCutShort: "thư mục ZIP bị cắt cụt"
            case .zip64: "đây là kho ZIP64, lớn hơn nhiều so với một sổ tính danh sách"
            case .directoryOutside: "thư mục ZIP trỏ ra ngoài tệp"
            case .entryDamaged: "một mục trong thư mục ZIP bị hỏng"
            case .entryPastDirectory: "một mục trong thư mục ZIP tràn quá thư mục"
            case .entryOutside(let name): "mục \(name) trỏ ra ngoài tệp"
            case .entryTooLarge(let name, let megabytes, let limit): "mục \(name) giải nén ra \(megabytes) MB, quá \(limit) MB cho phép với một trang tính"
            case .unknownMethod(let name, let method): "mục \(name) dùng kiểu nén \(method), sổ tính không dùng kiểu này"
            case .sizeMismatch(let name, let bytes, let declared): "mục \(name) giải nén ra \(bytes) byte, không phải \(declared) byte như thư mục ghi"
            case .checksum(let name): "mục \(name) sai tổng kiểm tra"
            case .cannotInflate(let name): "không giải nén được mục \(name)"
            case .inflatesTooLarge(let name, let limit): "mục \(name) giải nén ra hơn \(limit) MB"
            case .streamDamaged(let name): "mục \(name) bị hỏng hoặc bị cắt cụt"
            }
        }
        let fieldWords = [
            "number": "số thứ tự", "name": "họ tên", "title": "chức vụ", "unit": "đơn vị", "group": "thành phần",
            "note": "ghi chú", "kind": "loại", "form": "hình thức khen thưởng", "representative": "người nhận thay",
            "topic": "tên tham luận", "minutes": "số phút", "agency": "cơ quan thực hiện", "owner": "người phụ trách",
            "due": "thời hạn", "status": "trạng thái", "priority": "mức độ ưu tiên",
        ]
        let field: @Sendable (String) -> String = { fieldWords[$0] ?? $0 }
        return SpreadsheetStrings(
            issue: { issue in
                switch issue {
                case .binary(let kind):
                    let what = switch kind {
                    case .zip: "một tệp nén ZIP (có thể là tệp .xlsx mang đuôi khác)"
                    case .oldExcel: "một tệp Excel nhị phân kiểu cũ (.xls)"
                    case .pdf: "một tài liệu PDF"
                    case .nulBytes: "một tệp nhị phân (chứa byte NUL)"
                    case .controlBytes: "một tệp nhị phân (chứa nhiều byte điều khiển)"
                    }
                    return "đây là \(what), không phải bảng tính dạng văn bản; \(remedy)"
                case .truncatedCharacter: return "tệp kết thúc giữa chừng một ký tự: có vẻ bị cắt cụt; hãy chép lại từ bản gốc"
                case .mixedEncodings: return "byte này không phải UTF-8 trong khi phần còn lại của tệp là UTF-8: tệp lẫn nhiều bảng mã; \(remedy)"
                case .notUTF8AfterBOM: return "tệp tự ghi là UTF-8 nhưng byte này không phải: tệp lẫn nhiều bảng mã; \(remedy)"
                case .unknownByte(let byte): return "byte 0x\(hex(byte)) không phải văn bản UTF-8 cũng không phải Windows-1258; \(remedy)"
                case .oddUTF16Length: return "tệp UTF-16 có số byte lẻ: có vẻ bị cắt cụt; hãy chép lại từ bản gốc"
                case .loneSurrogate: return "một ký tự UTF-16 bị hỏng (nửa cặp thay thế): tệp bị hỏng hoặc bị cắt cụt; \(remedy)"
                case .sheetOptionOnText(let sheet): return "--sheet \(sheet) chỉ dùng cho sổ tính .xlsx; tệp này là văn bản (CSV)"
                case .noRows: return "tệp không có dòng nào; hãy xuất lại trang tính kèm dòng tiêu đề"
                case .sheetEmpty: return "trang tính không có dòng nào; hãy xuất lại kèm dòng tiêu đề"
                case .tooManyColumns(let limit):
                    return "dòng này có hơn \(limit) trường, nhiều hơn mọi danh sách Podium đọc; hãy kiểm tra đúng tệp chưa và dấu phân cách của nó"
                case .unterminatedQuote:
                    return "dấu ngoặc kép mở ở đây không bao giờ đóng, phần còn lại của tệp sẽ bị nuốt mất; hãy đóng ngoặc hoặc kiểm tra tệp có bị cắt cụt không"
                case .tooManyFields(let count, let header):
                    return "dòng này có \(count) trường nhưng dòng tiêu đề có \(header): dấu phân cách nằm trong một giá trị cần đặt trong ngoặc kép, hoặc thiếu tiêu đề một cột"
                case .tooFewFields(let count, let header):
                    return "dòng này có \(count) trường nhưng dòng tiêu đề có \(header): thiếu một dấu phân cách hoặc dòng bị ngắt"
                case .hugeCell(let kilobytes): return "ô này chứa \(kilobytes) KB, quá 1 MB cho phép với một ô; tệp có lẽ đã hỏng"
                case .controlCharactersRemoved(let preview): return "đã bỏ ký tự điều khiển hoặc ký tự thoát khỏi \"\(preview)\""
                case .noSuchSheet(let name, let sheets): return "sổ tính không có trang \"\(name)\"; các trang của nó: \(sheets.joined(separator: ", "))"
                case .noWorksheets: return "sổ tính không có trang tính nào"
                case .sheetMissing(let name): return "thiếu trang \(name) trong sổ tính"
                case .mergedCellsTooMany(let count, let limit):
                    return "các ô gộp của trang phủ \(count) ô, quá \(limit) ô mà một danh sách cần; hãy bỏ gộp ô rồi lưu lại"
                case .tooManyCells(let limit): return "trang tính có hơn \(limit) ô; hãy nhập một trang nhỏ hơn"
                case .tooManyStrings(let limit): return "sổ tính có hơn \(limit) chuỗi; hãy nhập một trang nhỏ hơn"
                case .damagedArchive(let fault): return "tệp .xlsx bị hỏng hoặc bị cắt cụt: \(zip(fault)); hãy lưu lại từ bảng tính"
                case .noWorkbook: return "trong tệp .xlsx không có sổ tính; đây không phải sổ tính Excel"
                case .partUnreadable(let path, let fault): return "không giải nén được \(path) trong tệp .xlsx (\(zip(fault))); tệp bị hỏng hoặc bị cắt cụt"
                case .partMissing(let path): return "tệp .xlsx thiếu \(path); tệp bị hỏng hoặc không phải sổ tính Excel"
                case .xmlNotUTF8: return "XML của sổ tính không phải văn bản UTF-8 hợp lệ; tệp bị hỏng — hãy lưu lại từ bảng tính"
                case .xmlProcessingInstruction: return "XML của sổ tính có một chỉ thị xử lý (<?…?>), điều mà bảng tính không bao giờ ghi; tệp bị hỏng — hãy lưu lại từ bảng tính"
                case .unknownGroup(let name, let rows, let known):
                    if known.isEmpty { return "“\(name)” (\(rows) dòng) chưa là nhóm thành phần: sự kiện chưa có nhóm nào; hãy \(createGroups)" }
                    return "“\(name)” (\(rows) dòng) chưa là nhóm thành phần của sự kiện (các nhóm: \(known.joined(separator: "; "))); tạo nhóm mới hoặc gán vào một nhóm có sẵn"
                case .unknownMappedGroup(let target, let from, let known):
                    return "“\(target)” (gán cho “\(from)”) không phải nhóm của sự kiện (\(known.isEmpty ? "sự kiện chưa có nhóm nào" : "các nhóm: " + known.joined(separator: "; ")))"
                case .noGroupColumn: return "tệp không có cột nhóm (Thành phần); hãy chọn một nhóm chung cho mọi người"
                case .noAwardDecision:
                    return "sự kiện chưa có quyết định khen thưởng để ghi người được khen; hãy nhập quyết định trước: podium awards decision set SỐ --date YYYY-MM-DD, hoặc bấm Q ở khung 4"
                case .duplicate(let name, let origin):
                    return "“\(name)” cùng đơn vị đã có ở \(earlier(origin)); hãy xoá một dòng, hoặc bỏ qua hay gộp dòng trùng: thêm --on-duplicate skip hoặc merge khi nhập bằng dòng lệnh, hoặc bấm s hay m ở hộp thoại nhập"
                case .duplicateSkipped(let name, let origin): return "đã bỏ qua “\(name)”: trùng với người đã có ở \(earlier(origin))"
                case .duplicateMerged(let name, let origin): return "đã gộp “\(name)” vào người đã có ở \(earlier(origin))"
                case .revisedDuplicate(let name, let line):
                    return "“\(name)” cùng đơn vị đã có ở dòng \(line); danh sách sửa đổi chỉ ghi mỗi người một lần, hãy xoá một trong hai dòng"
                case .unusedColumn(let title):
                    return "cột \"\(title)\" không thuộc loại dữ liệu đang nhập nên được bỏ qua; hãy sửa tiêu đề cột nếu cần đọc cột này"
                case .emptyName: return "ô họ tên để trống; hãy điền họ tên hoặc xoá dòng này"
                case .emptyGroup(let known):
                    let groups = known.isEmpty ? "" : " (các nhóm của sự kiện: \(known.joined(separator: "; ")))"
                    return "ô thành phần để trống; hãy ghi nhóm thành phần của người này\(groups), hoặc nhập với --group TÊN để xếp mọi dòng không ghi nhóm vào một nhóm"
                case .notAGroup(let text, let known):
                    if known.isEmpty { return "“\(text)” không phải nhóm thành phần: sự kiện chưa có nhóm nào; hãy \(createGroups)" }
                    return "“\(text)” không phải nhóm thành phần của sự kiện; hãy ghi một trong các nhóm: \(known.joined(separator: "; "))"
                case .emptyRecipientUnit: return "ô đơn vị để trống; mỗi tập thể, cá nhân được khen thưởng cần có đơn vị để ghi trên bằng khen"
                case .unknownRecipientKind(let text): return "loại “\(text)” không hợp lệ; hãy ghi “Tập thể” hoặc “Cá nhân”"
                case .emptyTopic: return "ô tên tham luận để trống; hãy điền tên tham luận hoặc xoá dòng này"
                case .emptySpeakerUnit: return "ô đơn vị để trống; hãy ghi đơn vị trình bày tham luận"
                case .badMinutes(let text): return "“\(text)” không phải số phút; hãy ghi số phút lớn hơn 0 và không quá 240, ví dụ 7"
                case .emptyTask: return "ô nội dung công việc để trống; hãy điền nội dung hoặc xoá dòng này"
                case .badDueDate(let text): return "“\(text)” không phải ngày; hãy ghi theo dạng 26/03/2026, có thể kèm giờ: 26/03/2026 14:00"
                case .unknownStatus(let text): return "“\(text)” không phải trạng thái; hãy ghi Chưa làm, Đang làm, Hoàn thành hoặc Vướng mắc"
                case .unknownPriority(let text): return "“\(text)” không phải mức độ ưu tiên; hãy ghi Cao, Bình thường hoặc Thấp"
                case .index(let problem): return IndexImportWords.vietnamese(problem)
                case .eventFile(let problem): return EventFileWords.vietnamese(problem)
                case .cannotRead(let failure):
                    return switch failure {
                    case .missing: "không tìm thấy tệp; hãy kiểm tra đường dẫn"
                    case .denied: "không có quyền đọc tệp; hãy kiểm tra quyền truy cập của tệp"
                    case .directory: "đây là một thư mục, không phải tệp; hãy chỉ đến tệp cần nhập"
                    case .other: "không đọc được tệp; hãy kiểm tra đường dẫn và tệp"
                    }
                case .repeatedColumn(let title, let earlier, let fieldKey):
                    return "cột \"\(title)\" trùng với cột \(earlier) (\(field(fieldKey))); hãy giữ lại một trong hai cột"
                case .missingColumn(let fieldKey, let header):
                    return "không có cột \(field(fieldKey)); hãy thêm một cột có tiêu đề \"\(header)\""
                case .xmlMalformed: return "XML của sổ tính sai cấu trúc; hãy lưu lại tệp từ bảng tính"
                case .badRowNumber(let text, let limit): return "số dòng \"\(text)\" không phải một dòng của trang tính (1 đến \(limit)); tệp bị hỏng"
                case .badCellReference(let text, let rows):
                    return "địa chỉ ô \"\(text)\" nằm ngoài \(rows) dòng và các cột đến XFD của một trang tính; tệp bị hỏng"
                case .columnBeyondLimit(let column, let limit):
                    return "có ô ở cột \(column), quá \(limit) cột mà một danh sách được có; hãy xoá các cột xa rồi lưu lại"
                case .badMergedRange(let text): return "vùng gộp \"\(text)\" không phải một vùng ô của trang tính; tệp bị hỏng"
                case .mergedRangeBeyondLimit(let text, let limit):
                    return "vùng gộp \"\(text)\" vượt quá \(limit) cột mà một danh sách được có; hãy bỏ gộp rồi lưu lại"
                case .tooSlow(let seconds): return "đọc sổ tính mất hơn \(seconds) giây; nó lớn hơn nhiều so với một danh sách, hoặc đã hỏng"
                }
            },
            zip: zip,
            index: IndexImportWords.vietnamese,
            source: { source in
                switch source {
                case .csv(let encoding, let separator):
                    let name = switch encoding {
                    case .utf8: "UTF-8"
                    case .utf8BOM: "UTF-8 có BOM"
                    case .utf16LE: "UTF-16 LE"
                    case .utf16BE: "UTF-16 BE"
                    case .windows1258: "Windows-1258"
                    }
                    return "CSV, \(name), phân cách \(separator == "\t" ? "tab" : String(separator))"
                case .xlsx(let sheet): return "xlsx, trang \(sheet)"
                }
            },
            field: field
        )
    }()

    static let english: SpreadsheetStrings = {
        let remedy = "save it from the spreadsheet as \"CSV UTF-8\" or as .xlsx"
        let createGroups = "create them from the group column: add --create-groups on the command line, or press g in the import dialog"
        let earlier: @Sendable (SpreadsheetIssue.DuplicateOrigin) -> String = { origin in
            switch origin {
            case .line(let line): "line \(line)"
            case .existing(let id): "the event's list (id \(id))"
            }
        }
        let zip: @Sendable (SpreadsheetIssue.ZIPFault) -> String = { fault in
            switch fault {
            case .noDirectory: "it has no ZIP directory (the file is truncated or not a workbook)"
            case .directoryCutShort: "its ZIP directory is cut short"
            case .zip64: "it is a ZIP64 archive, far larger than a workbook of names"
            case .directoryOutside: "its ZIP directory points outside the file"
            case .entryDamaged: "an entry of its ZIP directory is damaged"
            case .entryPastDirectory: "an entry of its ZIP directory runs past the directory"
            case .entryOutside(let name): "the entry \(name) points outside the file"
            case .entryTooLarge(let name, let megabytes, let limit): "the entry \(name) unpacks to \(megabytes) MB, more than the \(limit) MB a sheet may hold"
            case .unknownMethod(let name, let method): "the entry \(name) uses compression method \(method), which workbooks do not use"
            case .sizeMismatch(let name, let bytes, let declared): "the entry \(name) unpacks to \(bytes) bytes, not the \(declared) its directory says"
            case .checksum(let name): "the entry \(name) fails its checksum"
            case .cannotInflate(let name): "the entry \(name) cannot be unpacked"
            case .inflatesTooLarge(let name, let limit): "the entry \(name) unpacks to more than \(limit) MB"
            case .streamDamaged(let name): "the entry \(name) is damaged or cut short"
            }
        }
        let fieldWords = [
            "number": "number", "name": "name", "title": "title", "unit": "unit", "group": "group", "note": "note",
            "kind": "kind", "form": "form of award", "representative": "representative", "topic": "topic",
            "minutes": "minutes", "agency": "agency", "owner": "owner", "due": "due date", "status": "status",
            "priority": "priority",
        ]
        let field: @Sendable (String) -> String = { fieldWords[$0] ?? $0 }
        return SpreadsheetStrings(
            issue: { issue in
                switch issue {
                case .binary(let kind):
                    let what = switch kind {
                    case .zip: "a ZIP archive (perhaps an .xlsx with another extension)"
                    case .oldExcel: "an old binary Excel (.xls) file"
                    case .pdf: "a PDF document"
                    case .nulBytes: "a binary file (it holds NUL bytes)"
                    case .controlBytes: "a binary file (it holds many control bytes)"
                    }
                    return "this is \(what), not a text spreadsheet; \(remedy)"
                case .truncatedCharacter: return "the file ends in the middle of a character: it looks truncated; copy it again from the original"
                case .mixedEncodings: return "this byte is not UTF-8 although the rest of the file is: the file mixes encodings; \(remedy)"
                case .notUTF8AfterBOM: return "the file says it is UTF-8 but this byte is not: it mixes encodings; \(remedy)"
                case .unknownByte(let byte): return "byte 0x\(hex(byte)) is neither UTF-8 nor Windows-1258 text; \(remedy)"
                case .oddUTF16Length: return "the UTF-16 file has an odd number of bytes: it looks truncated; copy it again from the original"
                case .loneSurrogate: return "a broken UTF-16 character (a lone surrogate): the file is damaged or truncated; \(remedy)"
                case .sheetOptionOnText(let sheet): return "--sheet \(sheet) applies to .xlsx workbooks; this file is text (CSV)"
                case .noRows: return "the file holds no rows; export the sheet again with its header row"
                case .sheetEmpty: return "the sheet holds no rows; export it again with its header row"
                case .tooManyColumns(let limit):
                    return "this row has more than \(limit) fields, more than any list Podium reads; check that this is the right file and its separator"
                case .unterminatedQuote:
                    return "a quoted field opened here is never closed, so the rest of the file would be swallowed; close the quote or check the file is not truncated"
                case .tooManyFields(let count, let header):
                    return "this row has \(count) fields but the header has \(header): a separator inside a value needs quotes, or a column title is missing"
                case .tooFewFields(let count, let header):
                    return "this row has \(count) fields but the header has \(header): a separator is missing or the line was broken"
                case .hugeCell(let kilobytes): return "this cell holds \(kilobytes) KB, more than the 1 MB a cell may hold; the file is probably damaged"
                case .controlCharactersRemoved(let preview): return "control or escape characters removed from \"\(preview)\""
                case .noSuchSheet(let name, let sheets): return "the workbook has no sheet \"\(name)\"; its sheets are: \(sheets.joined(separator: ", "))"
                case .noWorksheets: return "the workbook has no worksheets"
                case .sheetMissing(let name): return "the sheet \(name) is missing"
                case .mergedCellsTooMany(let count, let limit):
                    return "the sheet's merged cells cover \(count) cells, more than the \(limit) a list of names could need; unmerge them and save again"
                case .tooManyCells(let limit): return "the sheet holds more than \(limit) cells; import a smaller sheet"
                case .tooManyStrings(let limit): return "the workbook holds more than \(limit) strings; import a smaller sheet"
                case .damagedArchive(let fault): return "the .xlsx file is damaged or truncated: \(zip(fault)); save it again from the spreadsheet"
                case .noWorkbook: return "the .xlsx file has no workbook inside; it is not an Excel workbook"
                case .partUnreadable(let path, let fault): return "\(path) inside the .xlsx cannot be unpacked (\(zip(fault))); the file is damaged or truncated"
                case .partMissing(let path): return "the .xlsx file lacks \(path); it is damaged or not an Excel workbook"
                case .xmlNotUTF8: return "the workbook's XML is not valid UTF-8 text; the file is damaged — save it again from the spreadsheet"
                case .xmlProcessingInstruction: return "the workbook's XML holds a processing instruction (<?…?>), which spreadsheets never write; the file is damaged — save it again from the spreadsheet"
                case .unknownGroup(let name, let rows, let known):
                    let count = rows == 1 ? "1 row" : "\(rows) rows"
                    if known.isEmpty { return "\"\(name)\" (\(count)) is not a participant group: the event has no groups yet; \(createGroups)" }
                    return "\"\(name)\" (\(count)) is not a participant group of the event (its groups: \(known.joined(separator: "; "))); create it or map it onto an existing group"
                case .unknownMappedGroup(let target, let from, let known):
                    return "\"\(target)\" (mapped from \"\(from)\") is not a group of the event (\(known.isEmpty ? "the event has no groups yet" : "its groups: " + known.joined(separator: "; ")))"
                case .noGroupColumn: return "the file has no group column; choose the one group everyone belongs to"
                case .noAwardDecision:
                    return "the event has no award decision to list recipients under; add the decision first: podium awards decision set NUMBER --date YYYY-MM-DD, or press Q on pane 4"
                case .duplicate(let name, let origin):
                    return "\"\(name)\" with the same unit is already on \(earlier(origin)); delete one row, or skip or merge the duplicates: add --on-duplicate skip or merge on the command line, or press s or m in the import dialog"
                case .duplicateSkipped(let name, let origin): return "\"\(name)\" skipped: the same person is already on \(earlier(origin))"
                case .duplicateMerged(let name, let origin): return "\"\(name)\" merged into the same person on \(earlier(origin))"
                case .revisedDuplicate(let name, let line):
                    return "\"\(name)\" with the same unit is already on line \(line); a revised list names each person once, so delete one of the rows"
                case .unusedColumn(let title):
                    return "column \"\(title)\" is not read by this kind of import and is ignored; rename its title if it should be read"
                case .emptyName: return "the name cell is empty; fill in the name or delete the row"
                case .emptyGroup(let known):
                    let groups = known.isEmpty ? "" : " (the event's groups: \(known.joined(separator: "; ")))"
                    return "the group cell is empty; write this person's participant group\(groups), or import with --group NAME to place every row without a group in one group"
                case .notAGroup(let text, let known):
                    if known.isEmpty { return "\"\(text)\" is not a participant group: the event has no groups yet; \(createGroups)" }
                    return "\"\(text)\" is not a participant group of the event; write one of: \(known.joined(separator: "; "))"
                case .emptyRecipientUnit: return "the unit cell is empty; every recipient needs a unit for the certificate"
                case .unknownRecipientKind(let text): return "the kind \"\(text)\" is not valid; write Collective or Individual"
                case .emptyTopic: return "the topic cell is empty; fill in the topic or delete the row"
                case .emptySpeakerUnit: return "the unit cell is empty; name the unit that presents"
                case .badMinutes(let text): return "\"\(text)\" is not a number of minutes; write more than 0 and at most 240, e.g. 7"
                case .emptyTask: return "the task cell is empty; fill in the task or delete the row"
                case .badDueDate(let text): return "\"\(text)\" is not a date; write it as 26/03/2026, optionally with a time: 26/03/2026 14:00"
                case .unknownStatus(let text): return "\"\(text)\" is not a status; write To do, Doing, Done or Blocked"
                case .unknownPriority(let text): return "\"\(text)\" is not a priority; write High, Normal or Low"
                case .index(let problem): return IndexImportWords.english(problem)
                case .eventFile(let problem): return EventFileWords.english(problem)
                case .cannotRead(let failure):
                    return switch failure {
                    case .missing: "the file is not found; check the path"
                    case .denied: "permission to read the file is denied; check its access rights"
                    case .directory: "this is a folder, not a file; give the file to import"
                    case .other: "the file cannot be read; check the path and the file"
                    }
                case .repeatedColumn(let title, let earlier, let fieldKey):
                    return "column \"\(title)\" repeats column \(earlier) (\(field(fieldKey))); keep one of them"
                case .missingColumn(let fieldKey, let header):
                    return "no column for the \(field(fieldKey)); add one headed \"\(header)\""
                case .xmlMalformed: return "the workbook's XML is malformed; save the file again from the spreadsheet"
                case .badRowNumber(let text, let limit): return "row number \"\(text)\" is not a row of a sheet (1 to \(limit)); the file is damaged"
                case .badCellReference(let text, let rows):
                    return "cell reference \"\(text)\" lies outside a sheet's \(rows) rows and XFD columns; the file is damaged"
                case .columnBeyondLimit(let column, let limit):
                    return "a cell in column \(column) is beyond the \(limit) columns a list may have; delete the far columns and save again"
                case .badMergedRange(let text): return "merged range \"\(text)\" is not a range of cells on a sheet; the file is damaged"
                case .mergedRangeBeyondLimit(let text, let limit):
                    return "merged range \"\(text)\" reaches beyond the \(limit) columns a list may have; unmerge it and save again"
                case .tooSlow(let seconds): return "reading the workbook took more than \(seconds) seconds; it is far larger than a list of names, or damaged"
                }
            },
            zip: zip,
            index: IndexImportWords.english,
            source: { source in
                switch source {
                case .csv(let encoding, let separator):
                    "CSV, \(encoding.rawValue), separator \(separator == "\t" ? "tab" : String(separator))"
                case .xlsx(let sheet): "xlsx, sheet \(sheet)"
                }
            },
            field: field
        )
    }()
}

/// "0A", "FF": two upper-case hexadecimal digits.
private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}
