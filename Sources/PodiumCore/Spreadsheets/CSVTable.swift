/// A parsed comma-, semicolon- or tab-separated table, as Vietnamese offices export them.
/// Parsing is pure: callers read the bytes and decode them, this only splits text.
public struct CSVTable: Hashable, Sendable {
    public var header: [String]
    public var rows: [Row]
    public var separator: Character
    /// The line of the header row: title rows above it are not part of the table.
    public var headerLine: Int

    public struct Row: Hashable, Sendable {
        /// The 1-based line in the file where the record starts (records may span lines).
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// A table built by another reader (an .xlsx sheet) so the same column matching applies.
    public init(header: [String], rows: [Row], separator: Character, headerLine: Int = 1) {
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.separator = separator
    }

    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case unterminatedQuote(line: Int)
        /// A record with more fields than any table Podium reads could need.
        case tooManyColumns(line: Int, limit: Int)

        /// The refusal as the spreadsheet reader reports it, typed for the interface to word.
        public var problem: ImportProblem {
            switch self {
            case .empty: ImportProblem(line: 1, column: 0, issue: .noRows)
            case .unterminatedQuote(let line): ImportProblem(line: line, column: 0, issue: .unterminatedQuote)
            case .tooManyColumns(let line, let limit): ImportProblem(line: line, column: limit, issue: .tooManyColumns(limit: limit))
            }
        }

        /// The typed case with its place, for logs and tests (people read `SpreadsheetStrings`).
        public var description: String { problem.description }
    }

    /// Splits `text`; a leading BOM is dropped, the separator is the one among `,` `;` TAB
    /// that occurs most often outside quotes in the header line, and blank lines are skipped.
    public static func parse(_ text: String) throws(ParseError) -> CSVTable {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let separator = detectSeparator(in: body)
        var records = try records(in: body, separator: separator)
        records.removeAll { $0.fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
        guard let first = records.first else { throw .empty }
        return CSVTable(header: first.fields, rows: Array(records.dropFirst()), separator: separator, headerLine: first.line)
    }

    static func detectSeparator(in body: Substring) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for character in body {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character == "\n" || character == "\r\n" { break }
            if !inQuotes, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key != ",") }
        return (best?.value ?? 0) > 0 ? best!.key : ","
    }

    /// More fields than this in one record is no roster or programme: parsing stops there at
    /// once instead of carrying a table of thousands of columns through every later step.
    public static let maximumColumns = 1024

    public static func records(in body: Substring, separator: Character) throws(ParseError) -> [Row] {
        var result: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = body.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                inQuotes = true
            case separator:
                fields.append(field)
                field = ""
                if fields.count >= maximumColumns { throw .tooManyColumns(line: recordLine, limit: maximumColumns) }
            case "\n", "\r\n", "\r":
                fields.append(field)
                result.append(Row(line: recordLine, fields: fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            result.append(Row(line: recordLine, fields: fields))
        }
        return result
    }
}

extension String {
    var trimmingSpaces: String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
