import PodiumCore

/// The post-event report as Markdown, CSV and print-ready HTML.
extension ShowReport {
    /// A rehearsal's report says so in its heading, so it is never mistaken for the real one.
    var heading: String { isRehearsal ? "Báo cáo thời gian — TẬP DƯỢT" : "Báo cáo thời gian" }

    public enum Format: String, CaseIterable, Sendable { case md, csv, html }

    public func render(_ format: Format) -> String {
        switch format {
        case .md: markdown()
        case .csv: csv()
        case .html: html()
        }
    }

    static func signed(_ seconds: Int?) -> String {
        guard let seconds else { return "" }
        return (seconds > 0 ? "+" : "") + DurationText.clock(seconds)
    }

    private func cause(_ row: Row) -> String {
        var parts: [String] = []
        if !row.presenter.isEmpty { parts.append(row.presenter) }
        if !row.extendedBy.isEmpty {
            parts.append("gia hạn \(row.extensionSeconds / 60) phút bởi " + Array(Set(row.extendedBy)).sorted().joined(separator: ", "))
        }
        if row.heldSeconds > 0 { parts.append("tạm dừng \(DurationText.clock(row.heldSeconds))") }
        return parts.joined(separator: "; ")
    }

    private func cells(_ row: Row) -> [String] {
        [
            "\(row.position)", row.title, row.plannedStart.hhmm, DurationText.clock(row.plannedSeconds),
            row.actualStart?.hhmm ?? "", row.actualSeconds.map(DurationText.clock) ?? "",
            Self.signed(row.overUnderSeconds), row.skipped ? "bỏ qua" : "", cause(row),
        ]
    }

    private func cells(_ row: SpeakerRow) -> [String] {
        let note = row.withdrawn ? "rút tham luận" : (row.spokenSeconds == nil ? "chưa trình bày" : "")
        var cause = [row.unit, row.speaker].filter { !$0.isEmpty }
        if row.extensionSeconds > 0 { cause.append("gia hạn \(row.extensionSeconds / 60) phút") }
        return [
            row.number, "Tham luận: " + row.topic, "", DurationText.clock(row.allottedSeconds),
            row.actualStart?.hhmm ?? "", row.spokenSeconds.map(DurationText.clock) ?? "",
            Self.signed(row.overUnderSeconds), note, cause.joined(separator: "; "),
        ]
    }

    /// Every line of the table: each segment, then the contributions under its block.
    private var tableCells: [(cells: [String], over: Bool)] {
        rows.flatMap { row in
            [(cells(row), (row.overUnderSeconds ?? 0) > 0)] + row.speakers.map { (cells($0), ($0.overUnderSeconds ?? 0) > 0) }
        }
    }

    static let headers = ["TT", "Nội dung", "Bắt đầu (KH)", "Thời lượng (KH)", "Bắt đầu (TT)", "Thời lượng (TT)", "Chênh lệch", "Ghi chú", "Người trình bày / nguyên nhân"]

    /// The date line: the event's, or for a rehearsal the day it was held and what the times mean.
    private var dateLine: String {
        guard let held = rehearsedAt else { return "Ngày \(date.vietnamese)." }
        return "Tập dượt ngày \(held.date.vietnamese), bắt đầu lúc \(held.time.hhmm); giờ trong bảng là giờ theo kế hoạch của ngày \(date.vietnamese)."
    }

    private var driftLine: String {
        guard let drift = driftSeconds, let end = actualEnd else {
            return "Chương trình chưa kết thúc; kết thúc theo kế hoạch \(plannedEnd.hhmm)."
        }
        return "Kết thúc thực tế \(end.hhmm), kế hoạch \(plannedEnd.hhmm): chênh lệch \(Self.signed(drift))."
    }

    func markdown() -> String {
        var lines = [
            "# \(heading): \(DocumentText.markdownCell(title))", "",
            "\(dateLine) \(driftLine)", "",
            "| " + Self.headers.joined(separator: " | ") + " |",
            "|" + String(repeating: "---|", count: Self.headers.count),
        ]
        lines += tableCells.map { "| " + $0.cells.map(DocumentText.markdownCell).joined(separator: " | ") + " |" }
        if !overruns.isEmpty {
            lines += ["", "## Vượt thời gian", ""]
            lines += overruns.map { "- \(DocumentText.markdownCell($0.title)): \(Self.signed($0.overUnderSeconds)) — \(DocumentText.markdownCell(cause($0)))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func csv() -> String {
        CSVWriter.document([Self.headers] + tableCells.map(\.cells), byteOrderMark: true)
    }

    func html() -> String {
        let head = Self.headers.map { "<th>\(DocumentText.html($0))</th>" }.joined()
        let body = tableCells.map { row in
            let over = row.over ? " class=\"over\"" : ""
            return "<tr\(over)>" + row.cells.map { "<td>\(DocumentText.html($0))</td>" }.joined() + "</tr>"
        }.joined(separator: "\n")
        return HTMLPage.render(title: "\(heading) — \(title)", language: "vi", css: """
            @page { size: A4 landscape; margin: 15mm; }
            body { font-family: "Times New Roman", serif; font-size: 12pt; color: #000; }
            h1 { font-size: 15pt; text-align: center; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #444; padding: 3px 5px; vertical-align: top; }
            th { background: #eee; }
            tr { page-break-inside: avoid; }
            tr.over td { font-weight: bold; }
            """, body: """
            <h1>\(heading)<br>\(DocumentText.html(title))</h1>
            <p>\(DocumentText.html(dateLine)) \(DocumentText.html(driftLine))</p>
            <table><thead><tr>\(head)</tr></thead><tbody>
            \(body)
            </tbody></table>
            """)
    }
}
