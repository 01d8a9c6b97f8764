import Foundation
import PodiumCore

/// A spreadsheet as rows of text cells, from CSV (any encoding offices write) or .xlsx, with
/// the header row found and every row checked for shape before any column is read.
public struct SpreadsheetFile: Sendable {
    public var table: CSVTable
    /// "CSV, UTF-8 with BOM, separator ;" or "xlsx, sheet Đại biểu", for the preview.
    public var description: String
    public var warnings: [ImportProblem]
    /// Rows whose shape is wrong (too many or too few fields, a huge cell); they are left out of
    /// `table` so the rest can still be checked, and the import must report them and stop.
    public var problems: [ImportProblem]

    /// A cell larger than this is no name or title; it is refused rather than carried along.
    public static let maximumFieldBytes = 1_048_576

    /// Reads `data`; `.xlsx` is recognised by content, not by name. The header is the first of
    /// the first ten rows that names any of `fields`, so title rows above it are skipped.
    public static func read(
        _ data: Data, sheet: String? = nil, fields: [ColumnMap.Field], progress: @escaping (Int) -> Void = { _ in }
    ) throws(ImportProblems) -> SpreadsheetFile {
        var rows: [CSVTable.Row]
        var description: String
        var padShortRows = false
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let read = try XLSXReader.read(data, sheet: sheet, progress: progress)
            rows = read.rows.map { CSVTable.Row(line: $0.number, fields: $0.cells) }
            description = "xlsx, sheet \(read.name)"
            padShortRows = true
        } else {
            if let sheet { throw XLSXReader.fail("--sheet \(sheet) applies to .xlsx workbooks; this file is text (CSV)") }
            let (text, encoding) = try SpreadsheetText.decode(data)
            let table: CSVTable
            do {
                table = try CSVTable.parse(text)
            } catch {
                switch error {
                case .empty: throw XLSXReader.fail("the file holds no rows; export the sheet again with its header row")
                case .tooManyColumns(let line, let limit):
                    throw ImportProblems([ImportProblem(line: line, column: limit, message: "this row has more than \(limit) fields, more than any list Podium reads; check that this is the right file and its separator")])
                case .unterminatedQuote(let line):
                    throw ImportProblems([ImportProblem(line: line, column: 0, message: "a quoted field opened here is never closed, so the rest of the file would be swallowed; close the quote or check the file is not truncated")])
                }
            }
            rows = [CSVTable.Row(line: table.headerLine, fields: table.header)] + table.rows
            let separator = table.separator == "\t" ? "tab" : String(table.separator)
            description = "CSV, \(encoding.rawValue), separator \(separator)"
        }
        rows.removeAll { $0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard !rows.isEmpty else { throw XLSXReader.fail("the sheet holds no rows; export it again with its header row") }
        let headerIndex = headerRowIndex(rows, fields: fields)
        let header = rows[headerIndex]
        var body = Array(rows[(headerIndex + 1)...])
        var problems: [ImportProblem] = []
        var warnings: [ImportProblem] = []
        let width = header.fields.count
        for index in body.indices {
            let row = body[index]
            if row.fields.count > width {
                let extra = row.fields[width...]
                if extra.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    body[index].fields.removeLast(row.fields.count - width)
                } else {
                    problems.append(ImportProblem(line: row.line, column: width + 1, message: "this row has \(row.fields.count) fields but the header has \(width): a separator inside a value needs quotes, or a column title is missing"))
                }
            } else if row.fields.count < width {
                if padShortRows {
                    body[index].fields += Array(repeating: "", count: width - row.fields.count)
                } else {
                    problems.append(ImportProblem(line: row.line, column: row.fields.count, message: "this row has \(row.fields.count) fields but the header has \(width): a separator is missing or the line was broken"))
                }
            }
            for (column, field) in row.fields.enumerated() {
                if field.utf8.count > maximumFieldBytes {
                    problems.append(ImportProblem(line: row.line, column: column + 1, message: "this cell holds \(field.utf8.count / 1024) KB, more than the 1 MB a cell may hold; the file is probably damaged"))
                } else if Sanitizer.needsCleaning(field) {
                    warnings.append(ImportProblem(line: row.line, column: column + 1, message: "control or escape characters removed from \"\(Sanitizer.clean(field, keepNewlines: false).prefix(40))\""))
                }
            }
        }
        let broken = Set(problems.map(\.line))
        let table = CSVTable(header: header.fields, rows: body.filter { !broken.contains($0.line) }, separator: ",", headerLine: header.line)
        return SpreadsheetFile(table: table, description: description, warnings: warnings, problems: problems)
    }

    static func headerRowIndex(_ rows: [CSVTable.Row], fields: [ColumnMap.Field]) -> Int {
        var keys: Set<String> = []
        for field in fields { for synonym in field.synonyms + [field.key] { keys.insert(ColumnMap.headerKey(synonym)) } }
        for (index, row) in rows.prefix(10).enumerated() {
            let matches = row.fields.filter { keys.contains(ColumnMap.headerKey($0)) }.count
            if matches >= min(2, fields.count) { return index }
        }
        return 0
    }
}
