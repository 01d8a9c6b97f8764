import Foundation
import PodiumCore

/// Reads a PAR index results file (CSV in any encoding and separator the other imports take,
/// or .xlsx) into the event's index. All or nothing: the file's shape problems and every
/// score problem are reported together, each as line:column, in the interface's language.
public enum IndexImport {
    public static func plan(
        data: Data, sheet: String? = nil, into event: EventData,
        progress: @escaping (Int, Int) -> Void = { _, _ in }
    ) throws(ImportProblems) -> ImportPlan {
        // An empty file would otherwise be reported in the spreadsheet reader's English words.
        if data.isEmpty || String(decoding: data, as: UTF8.self).allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
            throw ImportProblems([ImportProblem(line: 1, column: 0, issue: .index(.emptyFile))])
        }
        let file = try SpreadsheetFile.read(data, sheet: sheet, fields: IndexReader.anchorFields) { progress($0, 0) }
        let scheme = event.index.scheme.fields.isEmpty ? nil : event.index.scheme
        var results: IndexResults?
        var problems = file.problems
        do {
            results = try IndexReader.read(file.table, scheme: scheme)
        } catch {
            problems += error.problems
        }
        progress(file.table.rows.count, file.table.rows.count)
        guard problems.isEmpty, let results else {
            throw ImportProblems(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        var imported = event
        imported.index = results
        let header = file.table.header.map { VietnameseText.normalize($0) }
        let fieldNames = Set(results.scheme.fields.map { VietnameseText.folded($0.name) })
        let matched = header.compactMap { title -> (title: String, field: String)? in
            let key = VietnameseText.folded(title)
            if IndexReader.anchorFields[0].synonyms.contains(where: { VietnameseText.folded($0) == key }) { return (title, "unit") }
            if IndexReader.anchorFields[1].synonyms.contains(where: { VietnameseText.folded($0) == key }) { return (title, "group") }
            return fieldNames.contains { key.contains($0) } ? (title, "field") : nil
        }
        return ImportPlan(
            kind: .index, event: imported, file: file, matchedColumns: matched, unknownColumns: [],
            added: results.units.count, merged: 0, skipped: 0, warnings: file.warnings
        )
    }
}
