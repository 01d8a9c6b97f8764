import Foundation
import PodiumCore
import ZIPFoundation
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
                throw fail("the workbook has no sheet \"\(name)\"; its sheets are: \(sheets.map(\.name).joined(separator: ", "))")
            }
            chosen = match
        } else {
            guard let first = sheets.first else { throw fail("the workbook has no worksheets") }
            chosen = first
        }
        var shared: [String] = []
        if let strings = try entry(archive, "xl/sharedStrings.xml", required: false) {
            shared = try parse(strings, SharedStringsParser()).strings
        }
        guard let sheetXML = try entry(archive, chosen.path, required: true) else { throw fail("the sheet \(chosen.name) is missing") }
        let parsed = try parse(sheetXML, SheetParser(shared: shared, progress: progress))
        var grid: [Int: [Int: String]] = parsed.cells
        for range in parsed.merges {
            let value = grid[range.top]?[range.left] ?? ""
            for row in range.top...range.bottom {
                for column in range.left...range.right where !(row == range.top && column == range.left) {
                    grid[row, default: [:]][column] = value
                }
            }
        }
        let rows = grid.keys.sorted().map { number -> (number: Int, cells: [String]) in
            let cells = grid[number] ?? [:]
            let width = (cells.keys.max() ?? -1) + 1
            return (number, (0..<width).map { cells[$0] ?? "" })
        }
        return Sheet(name: chosen.name, rows: rows)
    }

    // MARK: Workbook structure

    private static func open(_ data: Data) throws(ImportProblems) -> Archive {
        do {
            return try Archive(data: data, accessMode: .read)
        } catch {
            throw fail("the .xlsx file is damaged or truncated (it is not a readable ZIP archive); save it again from the spreadsheet")
        }
    }

    private static func workbookSheets(_ archive: Archive) throws(ImportProblems) -> [(name: String, path: String)] {
        guard let workbook = try entry(archive, "xl/workbook.xml", required: true),
              let relations = try entry(archive, "xl/_rels/workbook.xml.rels", required: true)
        else { throw fail("the .xlsx file has no workbook inside; it is not an Excel workbook") }
        let sheets = try parse(workbook, WorkbookParser()).sheets
        let targets = try parse(relations, RelationshipsParser()).targets
        return sheets.compactMap { sheet in
            guard let target = targets[sheet.relation] else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return (sheet.name, path)
        }
    }

    private static func entry(_ archive: Archive, _ path: String, required: Bool) throws(ImportProblems) -> Data? {
        guard let entry = archive[path] else {
            if required { throw fail("the .xlsx file lacks \(path); it is damaged or not an Excel workbook") }
            return nil
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw fail("\(path) inside the .xlsx cannot be unpacked (\(error)); the file is damaged or truncated")
        }
        return data
    }

    private static func parse<P: XLSXPartParser>(_ data: Data, _ delegate: P) throws(ImportProblems) -> P {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw ImportProblems([ImportProblem(
                line: parser.lineNumber, column: parser.columnNumber,
                message: "the workbook's XML is malformed; save the file again from the spreadsheet"
            )])
        }
        return delegate
    }

    static func fail(_ message: String) -> ImportProblems {
        ImportProblems([ImportProblem(line: 1, column: 0, message: message)])
    }

    /// "BC12" → (row 12, 0-based column 54), nil when the reference is malformed.
    static func cellReference(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for character in reference.uppercased() {
            if let ascii = character.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
            } else if character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits) else { return nil }
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
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
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
        case "si": strings.append(current)
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }
}

private final class SheetParser: NSObject, XMLParserDelegate {
    struct Merge { var top: Int; var left: Int; var bottom: Int; var right: Int }
    var cells: [Int: [Int: String]] = [:]
    var merges: [Merge] = []
    private let shared: [String]
    private let progress: (Int) -> Void
    private var row = 0
    private var column = -1
    private var type = ""
    private var value = ""
    private var collecting = false
    private var inInline = false
    private var rowsRead = 0

    init(shared: [String], progress: @escaping (Int) -> Void) {
        self.shared = shared
        self.progress = progress
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "row":
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            column = -1
        case "c":
            let position = attributes["r"].flatMap(XLSXReader.cellReference)
            column = position?.column ?? column + 1
            if let position { row = position.row }
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
            let parts = (attributes["ref"] ?? "").split(separator: ":").compactMap { XLSXReader.cellReference(String($0)) }
            if parts.count == 2 {
                merges.append(Merge(top: parts[0].row, left: parts[0].column, bottom: parts[1].row, right: parts[1].column))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
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
