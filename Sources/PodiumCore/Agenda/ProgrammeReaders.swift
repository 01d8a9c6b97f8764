import Foundation

/// Reads contributions (tham luận) from the list the organising office sends: who presents
/// what, for which unit, and for how long.
public enum SpeakerReader {
    public static let fields: [ColumnMap.Field] = [
        .init("number", synonyms: ["STT", "TT", "Số thứ tự", "No"]),
        .init("topic", synonyms: ["Tên tham luận", "Nội dung tham luận", "Tham luận", "Chủ đề", "Nội dung", "Topic"], required: true),
        .init("unit", synonyms: ["Đơn vị", "Cơ quan, đơn vị", "Cơ quan", "Đơn vị trình bày", "Unit"], required: true),
        .init("name", synonyms: ["Người trình bày", "Họ và tên", "Họ tên", "Đại biểu trình bày", "Speaker", "Name"]),
        .init("title", synonyms: ["Chức vụ", "Chức danh", "Title", "Position"]),
        .init("minutes", synonyms: ["Thời gian (phút)", "Thời gian", "Thời lượng", "Số phút", "Phút", "Minutes"]),
        .init("note", synonyms: ["Ghi chú", "Note", "Notes"]),
    ]

    /// A contribution per row; a missing duration means the usual 7 minutes.
    public static func contribution(in row: CSVTable.Row, columns: ColumnMap, id: Int64, position: Int) throws(ImportProblems) -> Contribution {
        var problems: [ImportProblem] = []
        let topic = columns.value("topic", in: row)
        let unit = columns.value("unit", in: row)
        if topic.isEmpty { problems.append(RosterReader.problem(row, columns, "topic", .emptyTopic)) }
        if unit.isEmpty { problems.append(RosterReader.problem(row, columns, "unit", .emptySpeakerUnit)) }
        let minutesText = columns.value("minutes", in: row)
        var seconds = 7 * 60
        if !minutesText.isEmpty {
            let digits = minutesText.prefix { $0.isNumber || $0 == "," || $0 == "." }.replacingOccurrences(of: ",", with: ".")
            if let minutes = Double(digits), minutes > 0, minutes <= 240 {
                seconds = Int((minutes * 60).rounded())
            } else {
                problems.append(RosterReader.problem(row, columns, "minutes", .badMinutes(text: minutesText)))
            }
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return Contribution(
            id: id, position: position, topic: topic, unit: unit, speakerName: columns.value("name", in: row),
            speakerTitle: columns.value("title", in: row), allottedSeconds: seconds, mcNotes: columns.value("note", in: row)
        )
    }
}

/// Reads checklist items from the assignment table of a plan (Phân công nhiệm vụ).
public enum ChecklistReader {
    public static let fields: [ColumnMap.Field] = [
        .init("number", synonyms: ["STT", "TT", "Số thứ tự", "No"]),
        .init("title", synonyms: ["Nội dung công việc", "Nội dung", "Công việc", "Nhiệm vụ", "Task", "Title"], required: true),
        .init("agency", synonyms: ["Cơ quan thực hiện", "Cơ quan chủ trì", "Đơn vị thực hiện", "Đơn vị chủ trì", "Đơn vị", "Cơ quan, đơn vị", "Agency"]),
        .init("owner", synonyms: ["Người phụ trách", "Phụ trách", "Cán bộ phụ trách", "Owner"]),
        .init("due", synonyms: ["Thời hạn", "Thời hạn hoàn thành", "Thời gian hoàn thành", "Hạn", "Due", "Deadline"]),
        .init("status", synonyms: ["Trạng thái", "Tình trạng", "Kết quả", "Status"]),
        .init("priority", synonyms: ["Mức độ ưu tiên", "Ưu tiên", "Priority"]),
        .init("note", synonyms: ["Ghi chú", "Note", "Notes"]),
    ]

    public static func item(in row: CSVTable.Row, columns: ColumnMap, id: Int64) throws(ImportProblems) -> ChecklistItem {
        var problems: [ImportProblem] = []
        let title = columns.value("title", in: row)
        if title.isEmpty { problems.append(RosterReader.problem(row, columns, "title", .emptyTask)) }
        let due = dueDate(columns.value("due", in: row))
        if case .failure(let text) = due {
            problems.append(RosterReader.problem(row, columns, "due", .badDueDate(text: text.text)))
        }
        let statusText = VietnameseText.folded(columns.value("status", in: row))
        let status: ChecklistItem.Status? = switch statusText {
        case "", "chua lam", "chua thuc hien", "todo", "to do": .todo
        case "dang lam", "dang thuc hien", "doing", "in progress": .doing
        case "xong", "da xong", "hoan thanh", "da hoan thanh", "done": .done
        case "vuong", "vuong mac", "bi chan", "blocked": .blocked
        default: nil
        }
        if status == nil {
            problems.append(RosterReader.problem(row, columns, "status", .unknownStatus(text: columns.value("status", in: row))))
        }
        let priorityText = VietnameseText.folded(columns.value("priority", in: row))
        let priority: ChecklistItem.Priority? = switch priorityText {
        case "", "binh thuong", "normal": .normal
        case "cao", "khan", "gap", "high": .high
        case "thap", "low": .low
        default: nil
        }
        if priority == nil {
            problems.append(RosterReader.problem(row, columns, "priority", .unknownPriority(text: columns.value("priority", in: row))))
        }
        guard problems.isEmpty, case .success(let when) = due, let status, let priority else { throw ImportProblems(problems) }
        return ChecklistItem(
            id: id, title: title, agency: columns.value("agency", in: row), owner: columns.value("owner", in: row),
            dueDate: when?.date, dueTime: when?.time, status: status, priority: priority, notes: columns.value("note", in: row)
        )
    }

    /// "26/03/2026", "2026-03-26", "26/03/2026 14:00", "14:00 26/03/2026", or an Excel date
    /// serial (days since 1899-12-30) as an .xlsx date cell reads.
    static func dueDate(_ text: String) -> Result<(date: CivilDate, time: ClockTime?)?, DueText> {
        if text.isEmpty { return .success(nil) }
        if let serial = Double(text), (20_000...80_000).contains(serial) {
            let days = Int(serial)
            let seconds = Int(((serial - Double(days)) * 86_400).rounded())
            let date = Date(timeIntervalSince1970: Double(days - 25_569) * 86_400)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            guard let year = parts.year, let month = parts.month, let day = parts.day else { return .failure(DueText(text)) }
            return .success((CivilDate(year: year, month: month, day: day), seconds > 0 ? ClockTime(secondsSinceMidnight: seconds) : nil))
        }
        var date: CivilDate?
        var time: ClockTime?
        for word in text.split(separator: " ") {
            if let d = CivilDate(parsing: String(word)), date == nil {
                date = d
            } else if let t = ClockTime(parsing: String(word.replacingOccurrences(of: "h", with: ":"))), time == nil {
                time = t
            } else {
                return .failure(DueText(text))
            }
        }
        guard let date else { return .failure(DueText(text)) }
        return .success((date, time))
    }

    public struct DueText: Error {
        public var text: String
        init(_ text: String) { self.text = text }
    }
}
