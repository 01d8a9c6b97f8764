import PodiumCore

/// The award list as a spreadsheet: one row per recipient, decision by decision in calling
/// order, with the same column titles the import reads.
public enum AwardList {
    public static func csv(_ data: EventData) -> String {
        var rows: [[String]] = [["STT", "Tên tập thể, cá nhân", "Loại", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Người nhận thay", "Quyết định"]]
        var number = 0
        for decision in data.decisions.sorted(by: { $0.id < $1.id }) {
            for r in data.recipients.filter({ $0.decisionID == decision.id }).sorted(by: { ($0.order, $0.id) < ($1.order, $1.id) }) {
                number += 1
                rows.append([
                    String(number), r.name, r.kind == .collective ? "Tập thể" : "Cá nhân", r.title, r.unit, r.form,
                    r.representative, decision.number,
                ])
            }
        }
        return CSVWriter.write(rows)
    }
}

/// CSV as Excel reads it: UTF-8 with a BOM, comma separated, CRLF, fields quoted when needed.
/// A cell that starts with = + - @ (or tab or CR) would be run as a formula by a spreadsheet,
/// so it is written with a leading apostrophe and shows as text.
public enum CSVWriter {
    public static func write(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ raw: String) -> String {
        var text = Sanitizer.clean(raw, keepNewlines: true)
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == ";" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
