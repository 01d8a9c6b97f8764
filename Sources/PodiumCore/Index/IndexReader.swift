import Foundation

/// Reads a results table into an index: the unit and group columns, one column per field
/// headed with its maximum ("Cải cách thủ tục hành chính (14)"), optionally the self-assessed
/// and appraised points ("Tự đánh giá - …", "Thẩm định - …"), last year's total and rank.
/// Every problem is collected with its line and column; any problem means nothing is read.
public enum IndexReader {
    /// The columns the spreadsheet reader looks for to find the header row.
    public static let anchorFields: [ColumnMap.Field] = [
        ColumnMap.Field("unit", synonyms: unitHeaders),
        ColumnMap.Field("group", synonyms: groupHeaders),
    ]

    static let unitHeaders = ["Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Tên cơ quan, đơn vị", "Unit"]
    static let groupHeaders = ["Khối", "Nhóm", "Khối đơn vị", "Group"]
    static let ignoredHeaders = ["STT", "TT", "Số thứ tự", "No"]

    /// `scheme` is the event's current scheme: its maxima are checked against the headers, and
    /// its title, tiers, groups and reveal setting carry over to the imported results.
    public static func read(_ table: CSVTable, scheme: IndexScheme?) throws(ImportProblems) -> IndexResults {
        var problems: [ImportProblem] = []
        func problem(_ line: Int, _ column: Int, _ issue: IndexImportIssue) {
            problems.append(ImportProblem(line: line, column: column, issue: .index(issue)))
        }
        let headerLine = table.headerLine
        let layout = Layout(table.header)
        guard let unitColumn = layout.unit else {
            problem(headerLine, 0, .missingColumn(unitHeaders[0]))
            throw ImportProblems(problems)
        }
        guard let groupColumn = layout.group else {
            problem(headerLine, 0, .missingColumn(groupHeaders[0]))
            throw ImportProblems(problems)
        }
        guard !layout.fields.isEmpty else {
            problem(headerLine, 0, .noFields)
            throw ImportProblems(problems)
        }

        // The fields and their maxima: from the header, checked against the scheme.
        let known = scheme?.fields ?? []
        var fields: [IndexField] = []
        for column in layout.fields {
            let schemeField = known.first { VietnameseText.folded($0.name) == VietnameseText.folded(column.name) }
            switch (column.maximum, schemeField) {
            case (let header?, let field?) where header != field.maximum:
                problem(headerLine, column.index + 1, .maximumDisagrees(field: column.name, header: header, scheme: field.maximum))
                fields.append(IndexField(name: column.name, maximum: header))
            case (let header?, _): fields.append(IndexField(name: column.name, maximum: header))
            case (nil, let field?): fields.append(IndexField(name: column.name, maximum: field.maximum))
            case (nil, nil):
                problem(headerLine, column.index + 1, .noMaximum(field: column.name))
                fields.append(IndexField(name: column.name, maximum: .zero))
            }
        }
        let declared = scheme.flatMap { $0.declaredTotal == .zero ? nil : $0.declaredTotal } ?? layout.total?.maximum ?? IndexPoints(hundredths: 10_000)
        let sum = fields.map(\.maximum).sum()
        if sum != declared, !problems.contains(where: { $0.line == headerLine }) {
            problem(headerLine, (layout.fields.first?.index ?? 0) + 1, .maximaTotal(sum: sum, declared: declared))
        }

        var groups = scheme?.groups ?? []
        var units: [IndexUnitResult] = []
        var seen: [String: (line: Int, group: String)] = [:]
        for row in table.rows {
            func cell(_ index: Int) -> String {
                index < row.fields.count ? VietnameseText.normalize(Sanitizer.clean(row.fields[index], keepNewlines: false)) : ""
            }
            func points(_ columns: [Layout.Column], check: Bool) -> [IndexPoints] {
                zip(columns, fields).map { column, field in
                    let text = cell(column.index)
                    guard !text.isEmpty else {
                        problem(row.line, column.index + 1, .missingPoints(field: field.name))
                        return .zero
                    }
                    guard let value = IndexPoints(text: text) else {
                        problem(row.line, column.index + 1, .unparsablePoints(field: field.name, text: text))
                        return .zero
                    }
                    if value < .zero {
                        problem(row.line, column.index + 1, .negativePoints(field: field.name, points: value))
                    } else if check, field.maximum > .zero, value > field.maximum {
                        problem(row.line, column.index + 1, .aboveMaximum(field: field.name, points: value, maximum: field.maximum))
                    }
                    return value
                }
            }
            let unit = cell(unitColumn)
            let groupName = cell(groupColumn)
            if unit.isEmpty { problem(row.line, unitColumn + 1, .missingUnit) }
            if groupName.isEmpty { problem(row.line, groupColumn + 1, .missingGroup) }
            let final = points(layout.fields, check: true)
            let selfAssessed = layout.selfAssessed.map { points($0, check: false) }
            let appraised = layout.appraised.map { points($0, check: true) }
            if let total = layout.total, let given = IndexPoints(text: cell(total.index)), given != final.sum() {
                problem(row.line, total.index + 1, .totalDisagrees(given: given, sum: final.sum()))
            }
            var lastTotal: IndexPoints?
            if let column = layout.lastYearTotal, !cell(column).isEmpty {
                lastTotal = IndexPoints(text: cell(column))
                if lastTotal == nil { problem(row.line, column + 1, .unparsablePoints(field: table.header[column], text: cell(column))) }
            }
            var lastRank: Int?
            if let column = layout.lastYearRank, !cell(column).isEmpty {
                lastRank = Int(cell(column)).flatMap { $0 >= 1 ? $0 : nil }
                if lastRank == nil { problem(row.line, column + 1, .unparsableRank(cell(column))) }
            }
            guard !unit.isEmpty, !groupName.isEmpty else { continue }
            let groupKey = Self.groupKey(groupName, groups: &groups)
            let folded = VietnameseText.folded(unit)
            if let earlier = seen[folded] {
                if earlier.group == groupKey {
                    problem(row.line, unitColumn + 1, .unitTwice(unit: unit, line: earlier.line))
                } else {
                    let other = groups.first { $0.key == earlier.group }?.name ?? earlier.group
                    problem(row.line, groupColumn + 1, .unitInTwoGroups(unit: unit, line: earlier.line, other: other))
                }
                continue
            }
            seen[folded] = (row.line, groupKey)
            units.append(IndexUnitResult(
                unit: unit, groupKey: groupKey, final: final, selfAssessed: selfAssessed, appraised: appraised,
                lastYearTotal: lastTotal, lastYearRank: lastRank
            ))
        }
        if table.rows.isEmpty { problem(headerLine + 1, 0, .noUnits) }
        if !problems.isEmpty { throw ImportProblems(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
        // Groups without units are dropped, so a re-import with fewer groups does not rank empty ones.
        let used = Set(units.map(\.groupKey))
        return IndexResults(
            scheme: IndexScheme(
                title: scheme.map(\.title).flatMap { $0.isEmpty ? nil : $0 } ?? "Chỉ số CCHC",
                fields: fields, declaredTotal: declared, tiers: scheme?.tiers ?? IndexTier.defaults,
                // A first import reveals the top three last: one unit a step would take an MC
                // through a hundred communes one by one.
                groups: groups.filter { used.contains($0.key) }, reveal: scheme?.reveal ?? .topThreeLast
            ),
            units: units
        )
    }

    /// The key of the group named `name`, matched without accents, case or punctuation (an
    /// office's "Sở ban nganh" is its "Sở, ban, ngành"); a new group gets a key made of its
    /// folded words ("Sở, ban, ngành" → "so-ban-nganh"), never one another group has.
    static func groupKey(_ name: String, groups: inout [IndexGroup]) -> String {
        func words(_ text: String) -> String {
            VietnameseText.folded(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
        }
        let key = words(name)
        if let group = groups.first(where: { words($0.name) == key || $0.key == key }) { return group.key }
        var unique = key.isEmpty ? "group-\(groups.count + 1)" : key
        while groups.contains(where: { $0.key == unique }) { unique += "-\(groups.count + 1)" }
        groups.append(IndexGroup(key: unique, name: name))
        return unique
    }

    /// What each header column holds.
    struct Layout {
        struct Column {
            var index: Int
            var name: String
            var maximum: IndexPoints?
        }

        var unit: Int?
        var group: Int?
        var fields: [Column] = []
        var selfAssessed: [Column]?
        var appraised: [Column]?
        var total: Column?
        var lastYearTotal: Int?
        var lastYearRank: Int?

        init(_ header: [String]) {
            let unitKeys = Set(unitHeaders.map(ColumnMap.headerKey))
            let groupKeys = Set(groupHeaders.map(ColumnMap.headerKey))
            let ignored = Set(ignoredHeaders.map(ColumnMap.headerKey))
            var selfColumns: [Column] = []
            var appraisedColumns: [Column] = []
            for (index, raw) in header.enumerated() {
                let title = VietnameseText.normalize(raw)
                let key = ColumnMap.headerKey(title)
                let folded = VietnameseText.folded(title)
                if key.isEmpty || ignored.contains(key) { continue }
                if unitKeys.contains(key) { unit = unit ?? index; continue }
                if groupKeys.contains(key) { group = group ?? index; continue }
                let (name, maximum) = Self.split(title)
                let lastYear = folded.contains("nam truoc") || folded.contains("last year") || Self.hasYear(folded)
                if folded.hasPrefix("tong diem") || folded.hasPrefix("total") || folded == "tong" {
                    if lastYear { lastYearTotal = index } else { total = Column(index: index, name: name, maximum: maximum) }
                    continue
                }
                if folded.contains("xep hang") || folded.contains("thu hang") || folded.hasPrefix("rank") {
                    if lastYear { lastYearRank = index }
                    continue
                }
                if let rest = Self.strip(name, prefixes: ["tự đánh giá", "tự chấm", "self-assessed", "self assessed"]) {
                    selfColumns.append(Column(index: index, name: rest, maximum: maximum))
                } else if let rest = Self.strip(name, prefixes: ["thẩm định", "appraised"]) {
                    appraisedColumns.append(Column(index: index, name: rest, maximum: maximum))
                } else {
                    let rest = Self.strip(name, prefixes: ["điểm cuối cùng", "điểm chính thức", "final"]) ?? name
                    fields.append(Column(index: index, name: rest, maximum: maximum))
                }
            }
            // Stage columns line up with the final ones by field name; a partial set is not kept.
            func aligned(_ columns: [Column]) -> [Column]? {
                let byName = Dictionary(columns.map { (VietnameseText.folded($0.name), $0) }, uniquingKeysWith: { first, _ in first })
                let result = fields.compactMap { byName[VietnameseText.folded($0.name)] }
                return result.count == fields.count && !fields.isEmpty ? result : nil
            }
            selfAssessed = aligned(selfColumns)
            appraised = aligned(appraisedColumns)
        }

        /// "Cải cách thủ tục hành chính (14)" → ("Cải cách thủ tục hành chính", 14).
        static func split(_ title: String) -> (String, IndexPoints?) {
            guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return (title, nil) }
            let inside = title[title.index(after: open)..<title.index(before: title.endIndex)]
            guard let maximum = IndexPoints(text: String(inside)) else { return (title, nil) }
            return (VietnameseText.normalize(String(title[..<open])), maximum)
        }

        static func hasYear(_ folded: String) -> Bool {
            folded.split { !$0.isNumber }.contains { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
        }

        /// The rest of `name` after one of `prefixes` and a dash or colon, or nil.
        static func strip(_ name: String, prefixes: [String]) -> String? {
            let folded = VietnameseText.folded(name)
            for prefix in prefixes {
                let key = VietnameseText.folded(prefix)
                guard folded.hasPrefix(key) else { continue }
                let rest = name.dropFirst(prefix.count).drop { $0 == " " || $0 == "-" || $0 == ":" || $0 == "–" }
                return rest.isEmpty ? nil : VietnameseText.normalize(String(rest))
            }
            return nil
        }
    }
}
