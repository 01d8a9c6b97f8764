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
        var problems: [ImportProblem] = []
        var result: [Delegate] = []
        for row in table.rows {
            let name = columns.value("name", in: row)
            if name.isEmpty {
                problems.append(problem(row, columns, "name", "the name is empty; fill it in or delete the row"))
                continue
            }
            let groupText = columns.value("group", in: row)
            guard let group = ParticipantGroup.match(groupText, in: groups) else {
                let known = groups.map(\.name).joined(separator: "; ")
                problems.append(problem(row, columns, "group", "\"\(groupText)\" is not a participant group; use one of: \(known)"))
                continue
            }
            let title = columns.value("title", in: row)
            var flags: Delegate.Flags = []
            if group.key == "press" { flags.insert(.press) }
            result.append(Delegate(
                id: firstID + Int64(result.count), name: name, title: title,
                unit: columns.value("unit", in: row), groupKey: group.key, flags: flags,
                note: columns.value("note", in: row)
            ))
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return result
    }

    public static func recipients(
        from table: CSVTable, decisionID: Int64, firstID: Int64 = 1
    ) throws(ImportProblems) -> [AwardRecipient] {
        let columns = try ColumnMap(header: table.header, fields: recipientFields)
        var problems: [ImportProblem] = []
        var result: [AwardRecipient] = []
        for row in table.rows {
            let name = columns.value("name", in: row)
            let unit = columns.value("unit", in: row)
            let kindText = VietnameseText.folded(columns.value("kind", in: row))
            let kind: AwardRecipient.Kind? = switch kindText {
            case "tap the", "collective": .collective
            case "ca nhan", "individual": .individual
            default: nil
            }
            if name.isEmpty { problems.append(problem(row, columns, "name", "the name is empty")) }
            if unit.isEmpty { problems.append(problem(row, columns, "unit", "the unit is empty; every recipient needs one for the certificate")) }
            if kind == nil {
                problems.append(problem(row, columns, "kind", "\"\(columns.value("kind", in: row))\" is neither \"Tập thể\" nor \"Cá nhân\""))
            }
            guard let kind, !name.isEmpty, !unit.isEmpty else { continue }
            result.append(AwardRecipient(
                id: firstID + Int64(result.count), decisionID: decisionID, order: result.count + 1,
                kind: kind, name: name, title: columns.value("title", in: row), unit: unit,
                form: columns.value("form", in: row), representative: columns.value("representative", in: row)
            ))
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return result
    }

    private static func problem(_ row: CSVTable.Row, _ columns: ColumnMap, _ key: String, _ message: String) -> ImportProblem {
        ImportProblem(line: row.line, column: (columns.indexes[key] ?? -1) + 1, message: message)
    }
}
