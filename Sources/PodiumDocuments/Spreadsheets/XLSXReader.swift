import Foundation
import PodiumCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one worksheet of an Office Open XML workbook (.xlsx) straight from the ZIP, with no
/// spreadsheet program: shared and inline strings, numbers (15 significant digits, as Excel
/// shows them), booleans, formulas by their cached value, and merged cells.
///
/// A merged range holds its value in its top-left cell only; every other cell of the range is
/// given that same value, because offices merge a unit's name down the rows of its people and
/// each of those rows means that unit.
public enum XLSXReader {
    public struct Sheet: Sendable {
        public var name: String
        /// Rows by their 1-based row number; each row's cells by 0-based column.
        public var rows: [(number: Int, cells: [String])]
        public var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }
    }

    /// Bounds on everything a workbook declares, so that a small hostile file can neither
    /// exhaust memory nor keep an import busy: Excel's own sheet limits for references, and
    /// far more than any roster or programme for the rest.
    public enum Limits {
        /// Excel's last row and column (XFD).
        public static let rows = 1_048_576
        public static let sheetColumns = 16_384
        /// Columns a sheet may actually use: the same bound as for CSV.
        public static let columns = CSVTable.maximumColumns
        public static let cells = 1_000_000
        /// Cells filled in by merged ranges, all ranges together.
        public static let mergedCells = 200_000
        /// Unpacked bytes of one part (a sheet, the shared strings).
        public static let partBytes = 64 * 1_048_576
        /// Wall-clock time one workbook may take to read.
        public static let seconds: TimeInterval = 5
    }

    /// Names of the workbook's sheets in tab order.
    public static func sheetNames(_ data: Data) throws(ImportProblems) -> [String] {
        let archive = try open(data)
        return try workbookSheets(archive).map(\.name)
    }

    /// The sheet called `name` (case and diacritics ignored), or the first; `progress` hears rows read.
    public static func read(
        _ data: Data, sheet name: String? = nil, progress: @escaping (Int) -> Void = { _ in }
    ) throws(ImportProblems) -> Sheet {
        let archive = try open(data)
        let sheets = try workbookSheets(archive)
        let chosen: (name: String, path: String)
        if let name {
            guard let match = sheets.first(where: { VietnameseText.folded($0.name) == VietnameseText.folded(name) }) else {
                throw fail(.noSuchSheet(name: name, sheets: sheets.map(\.name)))
            }
            chosen = match
        } else {
            guard let first = sheets.first else { throw fail(.noWorksheets) }
            chosen = first
        }
        let deadline = Date().addingTimeInterval(Limits.seconds)
        var shared: [String] = []
        if let strings = try entry(archive, "xl/sharedStrings.xml", required: false) {
            shared = try parse(strings, SharedStringsParser(deadline: deadline)).strings
        }
        guard let sheetXML = try entry(archive, chosen.path, required: true) else { throw fail(.sheetMissing(name: chosen.name)) }
        let parsed = try parse(sheetXML, SheetParser(shared: shared, deadline: deadline, progress: progress))
        var grid: [Int: [Int: String]] = parsed.cells
        // Merged ranges are bounded by the sheet's limits on reading; together they may fill
        // in only so many cells.
        let merged = parsed.merges.reduce(0) { $0 + ($1.bottom - $1.top + 1) * ($1.right - $1.left + 1) }
        guard merged <= Limits.mergedCells else {
            throw fail(.mergedCellsTooMany(count: merged, limit: Limits.mergedCells))
        }
        for range in parsed.merges {
            let value = grid[range.top]?[range.left] ?? ""
            for row in range.top...range.bottom {
                for column in range.left...range.right where !(row == range.top && column == range.left) {
                    grid[row, default: [:]][column] = value
                }
            }
        }
        var total = 0
        var rows: [(number: Int, cells: [String])] = []
        for number in grid.keys.sorted() {
            let cells = grid[number] ?? [:]
            let width = (cells.keys.max() ?? -1) + 1
            total += width
            guard total <= Limits.cells else { throw fail(.tooManyCells(limit: Limits.cells)) }
            rows.append((number, (0..<width).map { cells[$0] ?? "" }))
        }
        return Sheet(name: chosen.name, rows: rows)
    }

    // MARK: Workbook structure

    private static func open(_ data: Data) throws(ImportProblems) -> ZIPLayout {
        do {
            return try ZIPLayout(data, maximumEntryBytes: Limits.partBytes)
        } catch {
            throw fail(.damagedArchive(error.fault))
        }
    }

    private static func workbookSheets(_ archive: ZIPLayout) throws(ImportProblems) -> [(name: String, path: String)] {
        guard let workbook = try entry(archive, "xl/workbook.xml", required: true),
              let relations = try entry(archive, "xl/_rels/workbook.xml.rels", required: true)
        else { throw fail(.noWorkbook) }
        let sheets = try parse(workbook, WorkbookParser()).sheets
        let targets = try parse(relations, RelationshipsParser()).targets
        return sheets.compactMap { sheet in
            guard let target = targets[sheet.relation] else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return (sheet.name, path)
        }
    }

    private static func entry(_ archive: ZIPLayout, _ path: String, required: Bool) throws(ImportProblems) -> Data? {
        let data: Data?
        do {
            data = try archive.unpack(path)
        } catch {
            throw fail(.partUnreadable(path: path, error.fault))
        }
        if data == nil, required { throw fail(.partMissing(path: path)) }
        return data
    }

    private static func parse<P: XLSXPartParser>(_ data: Data, _ delegate: P) throws(ImportProblems) -> P {
        // Foundation's XML parser on Linux stops the process on a name or attribute that is
        // not valid UTF-8; Excel writes its parts in UTF-8, so anything else is refused first.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw fail(.xmlNotUTF8)
        }
        if let (line, column) = processingInstruction(in: data) {
            throw ImportProblems([ImportProblem(line: line, column: column, issue: .xmlProcessingInstruction)])
        }
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let parsed = parser.parse()
        if let refusal = (delegate as? BoundedPart)?.refusal {
            throw ImportProblems([ImportProblem(line: parser.lineNumber, column: parser.columnNumber, issue: refusal)])
        }
        guard parsed else {
            throw ImportProblems([ImportProblem(line: parser.lineNumber, column: parser.columnNumber, issue: .xmlMalformed)])
        }
        return delegate
    }

    /// Where a processing instruction other than the XML declaration at the very start begins
    /// (1-based line and column), or nil. Foundation's XML parser on Linux dereferences a null
    /// pointer on one without data (`<?x?>`); Excel writes none, so every one is refused.
    static func processingInstruction(in data: Data) -> (line: Int, column: Int)? {
        let bytes = [UInt8](data)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        var line = 1
        var lineStart = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == 0x3C, bytes[index + 1] == 0x3F {
                let declaration = index == start && bytes[index...].starts(with: Array("<?xml".utf8))
                    && index + 5 < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 5])
                if !declaration { return (line, index - lineStart + 1) }
            }
            index += 1
        }
        return nil
    }

    static func fail(_ issue: SpreadsheetIssue) -> ImportProblems {
        ImportProblems([ImportProblem(line: 1, column: 0, issue: issue)])
    }

    /// "BC12" → (row 12, 0-based column 54), nil when the reference is malformed or lies past
    /// the last row or column a sheet can have (so no arithmetic on it can overflow).
    static func cellReference(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var digits = 0
        for character in reference.unicodeScalars {
            switch character.value {
            case 65...90, 97...122 where digits == 0:
                column = column * 26 + Int((character.value & ~0x20) - 64)
                guard column <= Limits.sheetColumns else { return nil }
            case 48...57:
                row = row * 10 + Int(character.value - 48)
                digits += 1
                guard row <= Limits.rows else { return nil }
            default:
                return nil
            }
        }
        guard column > 0, digits > 0, row > 0 else { return nil }
        return (row, column - 1)
    }

    /// Excel shows numbers with at most 15 significant digits: 0.1+0.2 stored as
    /// 0.30000000000000004 is read as "0.3", and 12 as "12".
    static func displayNumber(_ raw: String) -> String {
        guard let value = Double(raw) else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15g", value)
    }
}

/// Each part parser declares `XMLParserDelegate` itself: on Linux the protocol's methods have
/// default implementations, so a conformance inherited from a base class would never call
/// the subclass's methods.
typealias XLSXPartParser = NSObject & XMLParserDelegate

/// A part parser that may stop early: the part broke a limit, or the time ran out.
protocol BoundedPart: AnyObject {
    var refusal: SpreadsheetIssue? { get }
}

/// Stops `parser` with `message` unless it was already stopped.
private func refuse(_ parser: XMLParser, _ issue: SpreadsheetIssue, into refusal: inout SpreadsheetIssue?) {
    guard refusal == nil else { return }
    refusal = issue
    parser.abortParsing()
}

private let timeRefusal = SpreadsheetIssue.tooSlow(seconds: Int(XLSXReader.Limits.seconds))

private final class WorkbookParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relation: String)] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard name == "sheet" || name.hasSuffix(":sheet") else { return }
        let relation = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((attributes["name"] ?? "", relation))
    }
}

private final class RelationshipsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// Each `<si>` is one string: its `<t>` texts, rich-text runs included, joined; phonetic
/// guides (`<rPh>`) are not part of the text.
private final class SharedStringsParser: NSObject, XMLParserDelegate, BoundedPart {
    var strings: [String] = []
    var refusal: SpreadsheetIssue?
    private let deadline: Date
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0
    init(deadline: Date) { self.deadline = deadline }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if strings.count % 1024 == 0, Date() > deadline { refuse(parser, timeRefusal, into: &refusal) }
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si":
            strings.append(current)
            if strings.count > XLSXReader.Limits.cells {
                refuse(parser, .tooManyStrings(limit: XLSXReader.Limits.cells), into: &refusal)
            }
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }
}

private final class SheetParser: NSObject, XMLParserDelegate, BoundedPart {
    struct Merge { var top: Int; var left: Int; var bottom: Int; var right: Int }
    var cells: [Int: [Int: String]] = [:]
    var merges: [Merge] = []
    var refusal: SpreadsheetIssue?
    private var cellCount = 0
    private let deadline: Date
    private let shared: [String]
    private let progress: (Int) -> Void
    private var row = 0
    private var column = -1
    private var type = ""
    private var value = ""
    private var collecting = false
    private var inInline = false
    private var rowsRead = 0

    init(shared: [String], deadline: Date, progress: @escaping (Int) -> Void) {
        self.shared = shared
        self.deadline = deadline
        self.progress = progress
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard refusal == nil else { return }
        switch name {
        case "row":
            if let number = attributes["r"] {
                guard let value = Int(number), (1...XLSXReader.Limits.rows).contains(value) else {
                    return refuse(parser, .badRowNumber(text: String(number.prefix(20)), limit: XLSXReader.Limits.rows), into: &refusal)
                }
                row = value
            } else {
                row += 1
            }
            column = -1
        case "c":
            if let reference = attributes["r"] {
                guard let position = XLSXReader.cellReference(reference) else {
                    return refuse(parser, .badCellReference(text: String(reference.prefix(20)), rows: XLSXReader.Limits.rows), into: &refusal)
                }
                (row, column) = position
            } else {
                column += 1
            }
            guard column < XLSXReader.Limits.columns, row <= XLSXReader.Limits.rows else {
                return refuse(parser, .columnBeyondLimit(column: column + 1, limit: XLSXReader.Limits.columns), into: &refusal)
            }
            cellCount += 1
            if cellCount > XLSXReader.Limits.cells {
                return refuse(parser, .tooManyCells(limit: XLSXReader.Limits.cells), into: &refusal)
            }
            if cellCount % 1024 == 0, Date() > deadline { return refuse(parser, timeRefusal, into: &refusal) }
            type = attributes["t"] ?? "n"
            value = ""
        case "v":
            value = ""
            collecting = true
        case "is":
            inInline = true
            value = ""
        case "t" where inInline:
            collecting = true
        case "mergeCell":
            let ref = attributes["ref"] ?? ""
            let parts = ref.split(separator: ":").map { XLSXReader.cellReference(String($0)) }
            guard parts.count == 2, let first = parts[0], let second = parts[1] else {
                return refuse(parser, .badMergedRange(text: String(ref.prefix(30))), into: &refusal)
            }
            // Written either way round ("B2:B1"), a range means the same cells.
            let merge = Merge(
                top: min(first.row, second.row), left: min(first.column, second.column),
                bottom: max(first.row, second.row), right: max(first.column, second.column)
            )
            guard merge.right < XLSXReader.Limits.columns else {
                return refuse(parser, .mergedRangeBeyondLimit(text: String(ref.prefix(30)), limit: XLSXReader.Limits.columns), into: &refusal)
            }
            merges.append(merge)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard refusal == nil else { return }
        switch name {
        case "v", "t": collecting = false
        case "is": inInline = false
        case "c":
            let text: String = switch type {
            case "s": Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "b": value == "1" ? "TRUE" : "FALSE"
            case "n": XLSXReader.displayNumber(value)
            default: value
            }
            if !text.isEmpty { cells[row, default: [:]][column] = text }
        case "row":
            rowsRead += 1
            if rowsRead % 500 == 0 { progress(rowsRead) }
        default: break
        }
    }
}
