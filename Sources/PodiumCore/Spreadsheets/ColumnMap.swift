/// Matches a spreadsheet's header row to the fields a reader needs, by Vietnamese and
/// English synonyms, ignoring case, diacritics and spacing ("Họ và tên" = "HO VA TEN").
public struct ColumnMap: Sendable {
    public struct Field: Sendable {
        public var key: String
        public var synonyms: [String]
        public var required: Bool
        public init(_ key: String, synonyms: [String], required: Bool = false) {
            self.key = key
            self.synonyms = synonyms
            self.required = required
        }
    }

    /// Column index (0-based) for each matched field key.
    public private(set) var indexes: [String: Int] = [:]
    /// Headers that matched nothing; reported and ignored.
    public private(set) var unknownColumns: [String] = []

    /// `headerLine` is where the header row sits in the file (title rows may come before it).
    public init(header: [String], fields: [Field], headerLine: Int = 1) throws(ImportProblems) {
        var problems: [ImportProblem] = []
        var lookup: [String: String] = [:]
        for field in fields {
            for synonym in field.synonyms + [field.key] { lookup[ColumnMap.key(synonym)] = field.key }
        }
        for (index, title) in header.enumerated() {
            let normal = ColumnMap.key(title)
            guard let fieldKey = lookup[normal] else {
                if !normal.isEmpty { unknownColumns.append(VietnameseText.normalize(title)) }
                continue
            }
            if let earlier = indexes[fieldKey] {
                problems.append(ImportProblem(
                    line: headerLine, column: index + 1,
                    issue: .repeatedColumn(title: VietnameseText.normalize(title), earlier: earlier + 1, field: fieldKey)
                ))
            } else {
                indexes[fieldKey] = index
            }
        }
        for field in fields where field.required && indexes[field.key] == nil {
            problems.append(ImportProblem(
                line: headerLine, column: 0,
                issue: .missingColumn(field: field.key, header: field.synonyms.first ?? field.key)
            ))
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
    }

    /// How a column title is compared: folded, letters and digits only.
    public static func headerKey(_ header: String) -> String { key(header) }

    static func key(_ header: String) -> String {
        VietnameseText.folded(header).filter { $0.isLetter || $0.isNumber }
    }

    public func value(_ key: String, in row: CSVTable.Row) -> String {
        guard let index = indexes[key], index < row.fields.count else { return "" }
        return VietnameseText.normalize(Sanitizer.clean(row.fields[index], keepNewlines: false))
    }
}

/// One thing wrong with an input file, located so a person can find and fix it.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    /// 1-based column; 0 when the problem concerns the whole line or file.
    public var column: Int
    /// What is wrong, as data the interface words in its language (`SpreadsheetStrings`):
    /// no reader writes the words itself.
    public var issue: SpreadsheetIssue

    public init(line: Int, column: Int, issue: SpreadsheetIssue) {
        self.line = line
        self.column = column
        self.issue = issue
    }

    /// `line:column: message`, or `line: message` when the problem is the whole line or file;
    /// the issue shows as its case, for logs and tests (people read `SpreadsheetStrings`).
    public var description: String {
        let text = "\(issue)"
        return column > 0 ? "\(line):\(column): \(text)" : "\(line): \(text)"
    }
}

/// Every problem found in a file: an import with any problem imports nothing.
public struct ImportProblems: Error, Hashable, Sendable {
    public var problems: [ImportProblem]
    public init(_ problems: [ImportProblem]) { self.problems = problems }

    public func report(file: String) -> String {
        problems.map { "\(file):\($0)" }.joined(separator: "\n")
    }
}
