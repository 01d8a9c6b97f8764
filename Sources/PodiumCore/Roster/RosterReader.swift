/// Reads delegates and award recipients from spreadsheet tables in the layout offices use.
public enum RosterReader {
    public static let delegateFields: [ColumnMap.Field] = [
        .init("number", synonyms: ["STT", "TT", "Số thứ tự", "No"]),
        .init("name", synonyms: ["Họ và tên", "Họ tên", "Tên", "Name", "Full name"], required: true),
        .init("title", synonyms: ["Chức vụ", "Chức danh", "Title", "Position"]),
        .init("unit", synonyms: ["Đơn vị", "Cơ quan, đơn vị", "Cơ quan", "Unit", "Organisation", "Organization"]),
        .init("group", synonyms: ["Thành phần", "Khối", "Nhóm", "Group"]),
        .init("note", synonyms: ["Ghi chú", "Note", "Notes"]),
    ]

    public static let recipientFields: [ColumnMap.Field] = [
        .init("number", synonyms: ["STT", "TT", "No"]),
        .init("name", synonyms: ["Tên tập thể, cá nhân", "Họ và tên", "Họ tên", "Tên", "Name"], required: true),
        .init("kind", synonyms: ["Loại", "Tập thể/Cá nhân", "Kind", "Type"], required: true),
        .init("title", synonyms: ["Chức vụ", "Chức danh", "Title"]),
        .init("unit", synonyms: ["Đơn vị", "Cơ quan, đơn vị", "Unit"], required: true),
        .init("form", synonyms: ["Hình thức khen thưởng", "Hình thức", "Form", "Award"], required: true),
        .init("representative", synonyms: ["Người nhận thay", "Đại diện", "Representative"]),
    ]

    /// Delegates with ids from `firstID`; every row's group must match one of `groups`.
    public static func delegates(
        from table: CSVTable, groups: [ParticipantGroup], firstID: Int64 = 1
    ) throws(ImportProblems) -> [Delegate] {
        let columns = try ColumnMap(header: table.header, fields: delegateFields)
        let matcher = ParticipantGroup.Matcher(groups)
        return try collect(table.rows) { row, index throws(ImportProblems) in
            try delegate(in: row, columns: columns, groups: groups, matcher: matcher, id: firstID + Int64(index))
        }
    }

    /// The delegate one row describes, or every problem with it. A row naming no group goes
    /// to `everyone` when the import names one.
    public static func delegate(
        in row: CSVTable.Row, columns: ColumnMap, groups: [ParticipantGroup], id: Int64, everyone: ParticipantGroup? = nil
    ) throws(ImportProblems) -> Delegate {
        try delegate(in: row, columns: columns, groups: groups, matcher: ParticipantGroup.Matcher(groups), id: id, everyone: everyone)
    }

    /// The same with the groups' names folded once for a whole table (`matcher` of `groups`).
    public static func delegate(
        in row: CSVTable.Row, columns: ColumnMap, groups: [ParticipantGroup], matcher: ParticipantGroup.Matcher, id: Int64,
        everyone: ParticipantGroup? = nil
    ) throws(ImportProblems) -> Delegate {
        let name = columns.value("name", in: row)
        if name.isEmpty {
            throw ImportProblems([problem(row, columns, "name", .emptyName)])
        }
        let groupText = columns.value("group", in: row)
        guard let group = groupText.isEmpty && everyone != nil ? everyone : matcher.match(groupText) else {
            let known = groups.map(\.name)
            throw ImportProblems([problem(row, columns, "group", groupText.isEmpty ? .emptyGroup(known: known) : .notAGroup(text: groupText, known: known))])
        }
        var flags: Delegate.Flags = []
        if group.key == "press" { flags.insert(.press) }
        return Delegate(
            id: id, name: name, title: columns.value("title", in: row),
            unit: columns.value("unit", in: row), groupKey: group.key, flags: flags,
            note: columns.value("note", in: row)
        )
    }

    public static func recipients(
        from table: CSVTable, decisionID: Int64, firstID: Int64 = 1
    ) throws(ImportProblems) -> [AwardRecipient] {
        let columns = try ColumnMap(header: table.header, fields: recipientFields)
        return try collect(table.rows) { row, index throws(ImportProblems) in
            try recipient(in: row, columns: columns, decisionID: decisionID, id: firstID + Int64(index), order: index + 1)
        }
    }

    /// The recipient one row describes, or every problem with it.
    public static func recipient(
        in row: CSVTable.Row, columns: ColumnMap, decisionID: Int64, id: Int64, order: Int
    ) throws(ImportProblems) -> AwardRecipient {
        let name = columns.value("name", in: row)
        let unit = columns.value("unit", in: row)
        let kindText = VietnameseText.folded(columns.value("kind", in: row))
        let kind: AwardRecipient.Kind? = switch kindText {
        case "tap the", "collective": .collective
        case "ca nhan", "individual": .individual
        default: nil
        }
        var problems: [ImportProblem] = []
        if name.isEmpty { problems.append(problem(row, columns, "name", .emptyName)) }
        if unit.isEmpty { problems.append(problem(row, columns, "unit", .emptyRecipientUnit)) }
        if kind == nil {
            problems.append(problem(row, columns, "kind", .unknownRecipientKind(text: columns.value("kind", in: row))))
        }
        guard let kind, problems.isEmpty else { throw ImportProblems(problems) }
        return AwardRecipient(
            id: id, decisionID: decisionID, order: order,
            kind: kind, name: name, title: columns.value("title", in: row), unit: unit,
            form: columns.value("form", in: row), representative: columns.value("representative", in: row)
        )
    }

    /// Maps every row, numbering the good ones from 0, and gathers the problems of all rows.
    public static func collect<T>(
        _ rows: [CSVTable.Row], _ make: (CSVTable.Row, Int) throws(ImportProblems) -> T
    ) throws(ImportProblems) -> [T] {
        var problems: [ImportProblem] = []
        var result: [T] = []
        for row in rows {
            do {
                result.append(try make(row, result.count))
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return result
    }

    /// `issue` at the cell of field `key` in `row` (column 0 when the file has no such column).
    static func problem(_ row: CSVTable.Row, _ columns: ColumnMap, _ key: String, _ issue: SpreadsheetIssue) -> ImportProblem {
        ImportProblem(line: row.line, column: (columns.indexes[key] ?? -1) + 1, issue: issue)
    }
}
