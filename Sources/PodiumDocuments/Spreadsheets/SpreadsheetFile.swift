import Foundation
import PodiumCore

/// A spreadsheet as rows of text cells, from CSV (any encoding offices write) or .xlsx, with
/// the header row found and every row checked for shape before any column is read.
public struct SpreadsheetFile: Sendable {
    public var table: CSVTable
    /// What was read: CSV in which encoding and separator, or which sheet of a workbook; the
    /// interface words it for the preview (`SpreadsheetStrings.source`).
    public var source: Source
    public var warnings: [ImportProblem]
    /// Rows whose shape is wrong (too many or too few fields, a huge cell); they are left out of
    /// `table` so the rest can still be checked, and the import must report them and stop.
    public var problems: [ImportProblem]

    /// A cell larger than this is no name or title; it is refused rather than carried along.
    public static let maximumFieldBytes = 1_048_576

    public enum Source: Hashable, Sendable {
        case csv(encoding: SpreadsheetText.Encoding, separator: Character)
        case xlsx(sheet: String)
    }

    /// The bytes of the file at `path`, or why it cannot be opened (typed, so the CLI and the
    /// import dialog say it in the interface's language).
    public static func contents(atPath path: String) -> Result<Data, SpreadsheetIssue.ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        if isDirectory.boolValue { return .failure(.directory) }
        guard FileManager.default.isReadableFile(atPath: path) else { return .failure(.denied) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.other) }
        return .success(data)
    }

    /// Reads `data`; `.xlsx` is recognised by content, not by name. The header is the first of
    /// the first ten rows that names any of `fields`, so title rows above it are skipped.
    public static func read(
        _ data: Data, sheet: String? = nil, fields: [ColumnMap.Field], progress: @escaping (Int) -> Void = { _ in }
    ) throws(ImportProblems) -> SpreadsheetFile {
        var rows: [CSVTable.Row]
        var source: Source
        var padShortRows = false
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let read = try XLSXReader.read(data, sheet: sheet, progress: progress)
            rows = read.rows.map { CSVTable.Row(line: $0.number, fields: $0.cells) }
            source = .xlsx(sheet: read.name)
            padShortRows = true
        } else {
            if let sheet { throw XLSXReader.fail(.sheetOptionOnText(sheet: sheet)) }
            let (text, encoding) = try SpreadsheetText.decode(data)
            let table: CSVTable
            do {
                table = try CSVTable.parse(text)
            } catch {
                throw ImportProblems([error.problem])
            }
            rows = [CSVTable.Row(line: table.headerLine, fields: table.header)] + table.rows
            source = .csv(encoding: encoding, separator: table.separator)
        }
        rows.removeAll { $0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard !rows.isEmpty else { throw XLSXReader.fail(.sheetEmpty) }
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
                    problems.append(ImportProblem(line: row.line, column: width + 1, issue: .tooManyFields(count: row.fields.count, header: width)))
                }
            } else if row.fields.count < width {
                if padShortRows {
                    body[index].fields += Array(repeating: "", count: width - row.fields.count)
                } else {
                    problems.append(ImportProblem(line: row.line, column: row.fields.count, issue: .tooFewFields(count: row.fields.count, header: width)))
                }
            }
            for (column, field) in row.fields.enumerated() {
                if field.utf8.count > maximumFieldBytes {
                    problems.append(ImportProblem(line: row.line, column: column + 1, issue: .hugeCell(kilobytes: field.utf8.count / 1024)))
                } else if Sanitizer.needsCleaning(field) {
                    warnings.append(ImportProblem(
                        line: row.line, column: column + 1,
                        issue: .controlCharactersRemoved(preview: String(Sanitizer.clean(field, keepNewlines: false).prefix(40)))
                    ))
                }
            }
        }
        let broken = Set(problems.map(\.line))
        let table = CSVTable(header: header.fields, rows: body.filter { !broken.contains($0.line) }, separator: ",", headerLine: header.line)
        return SpreadsheetFile(table: table, source: source, warnings: warnings, problems: problems)
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
