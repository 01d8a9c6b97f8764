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
        records.removeAll { $0.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
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
        if let byte = separator.asciiValue, byte != UInt8(ascii: "\""), byte != 0x0A, byte != 0x0D,
           let rows = try byteRecords(in: body.utf8, separator: byte) {
            return rows
        }
        return try characterRecords(in: body, separator: separator)
    }

    /// The same split as `characterRecords`, read as UTF-8 bytes: a 5,000-row roster split by
    /// `Character` spent most of its time forming grapheme clusters. Quotes, separators and
    /// line breaks are ASCII, so the bytes between them are the fields; nil (split by
    /// `Character` instead) when one of them is joined into a cluster with its neighbour
    /// (a combining mark after a comma, a prepended mark before one), the rare file where the
    /// two readings differ.
    static func byteRecords(in bytes: Substring.UTF8View, separator: UInt8) throws(ParseError) -> [Row]? {
        let quote = UInt8(ascii: "\""), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var result: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(64)
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var index = bytes.startIndex
        let end = bytes.endIndex
        func isStructural(_ byte: UInt8) -> Bool { byte == quote || byte == separator || byte == lf || byte == cr }
        // A structural byte that is not a whole Character on its own makes the reading by byte wrong.
        func joinsCluster(at position: Substring.UTF8View.Index) -> Bool {
            let next = bytes.index(after: position)
            if next < end, bytes[next] >= 0x80, extendsCluster(bytes, from: next) { return true }
            if position > bytes.startIndex {
                let previous = bytes.index(before: position)
                if bytes[previous] >= 0x80, prependsCluster(bytes, before: position) { return true }
            }
            return false
        }
        func take() -> String {
            defer { field.removeAll(keepingCapacity: true) }
            return String(decoding: field, as: UTF8.self)
        }
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 || !isStructural(byte) {
                field.append(byte)
                index = bytes.index(after: index)
                continue
            }
            if joinsCluster(at: index) { return nil }
            var next = bytes.index(after: index)
            if inQuotes {
                if byte == quote {
                    if next < end {
                        if bytes[next] == quote {
                            if joinsCluster(at: next) { return nil }
                            field.append(quote)
                            next = bytes.index(after: next)
                        } else {
                            inQuotes = false
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == cr, next < end, bytes[next] == lf {
                        field.append(cr)
                        field.append(lf)
                        next = bytes.index(after: next)
                        line += 1
                    } else {
                        if byte == lf || byte == cr { line += 1 }
                        field.append(byte)
                    }
                }
                index = next
                continue
            }
            switch byte {
            case quote where field.isEmpty:
                inQuotes = true
            case separator:
                fields.append(take())
                if fields.count >= maximumColumns { throw .tooManyColumns(line: recordLine, limit: maximumColumns) }
            case lf, cr:
                if byte == cr, next < end, bytes[next] == lf { next = bytes.index(after: next) }
                fields.append(take())
                result.append(Row(line: recordLine, fields: fields))
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(byte)
            }
            index = next
        }
        if inQuotes { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(take())
            result.append(Row(line: recordLine, fields: fields))
        }
        return result
    }

    /// True when the scalar starting at `start` joins the character before it (a combining
    /// mark, a spacing mark, a zero-width joiner, an emoji modifier).
    private static func extendsCluster(_ bytes: Substring.UTF8View, from start: Substring.UTF8View.Index) -> Bool {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D
            || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// True when the scalar ending just before `end` may join the character after it (the
    /// prepended marks of Arabic, Syriac and Brahmic scripts, and anything outside the
    /// Basic Multilingual Plane, taken as such to be safe).
    private static func prependsCluster(_ bytes: Substring.UTF8View, before end: Substring.UTF8View.Index) -> Bool {
        var start = bytes.index(before: end)
        while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 { start = bytes.index(before: start) }
        var iterator = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        switch scalar.value {
        case 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0xD4E, 0x10000...: return true
        default: return false
        }
    }

    static func characterRecords(in body: Substring, separator: Character) throws(ParseError) -> [Row] {
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
