import Foundation

/// The checklist status report, grouped by agency, as Markdown or CSV text. Pure: the CLI
/// writes the text to a file or standard output.
public struct ChecklistReport: Sendable {
    public enum Format: String, CaseIterable, Sendable { case md, csv }

    public var info: EventInfo
    public var items: [ChecklistItem]
    public var segments: [Segment]
    /// The moment due dates are measured against (during a rehearsal, the event's day).
    public var now: LocalMoment
    /// The moment the report is written, when it is not `now`: the header tells both.
    public var written: LocalMoment?
    public var labels: Labels

    public init(
        info: EventInfo, items: [ChecklistItem], segments: [Segment], now: LocalMoment, written: LocalMoment? = nil, labels: Labels = .vietnamese
    ) {
        self.info = info
        self.items = items
        self.segments = segments
        self.now = now
        self.written = written == now ? nil : written
        self.labels = labels
    }

    public func text(_ format: Format) -> String {
        switch format {
        case .md: markdown()
        case .csv: csv()
        }
    }

    /// "Tính đến 05/12/2026 03:26", and on a rehearsal day what the due dates are measured as.
    private var asOfLine: String {
        guard let written else { return "\(labels.asOf) \(now.date.vietnamese) \(now.time.hhmm)" }
        return "\(labels.asOf) \(written.date.vietnamese) \(written.time.hhmm) (\(labels.measuredAs("\(now.date.vietnamese) \(now.time.hhmm)")))"
    }

    public func markdown() -> String {
        let groups = ChecklistGroup.make(items, by: .agency)
        let done = items.filter { $0.status == .done }.count
        var lines = [
            "# \(labels.title): \(clean(info.title))", "",
            asOfLine + " · \(labels.progress(done, items.count))", "",
        ]
        for group in groups {
            guard case .agency(let agency) = group.key else { continue }
            lines.append("## \(markdownText(agency)) (\(group.done)/\(group.total))")
            lines.append("")
            lines.append("| ID | \(labels.item) | \(labels.owner) | \(labels.due) | \(labels.status) | \(labels.gates) |")
            lines.append("|---:|---|---|---|---|---|")
            for item in group.items {
                var status = labels.statusName(item.status)
                if item.status == .blocked { status += ": " + markdownText(item.blockedReason) }
                if let late = item.secondsLate(at: now) { status += " (\(labels.lateness(Lateness(seconds: late))))" }
                let cells = [
                    "\(item.id)", markdownText(item.title), markdownText(item.owner), dueText(item), status,
                    markdownText(segmentTitle(item.gatesSegmentID)),
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// RFC 4180 with a UTF-8 byte order mark, so Excel shows Vietnamese correctly.
    public func csv() -> String {
        let header = [
            "id", labels.agency, labels.item, labels.owner, labels.due, labels.status, labels.blockedReason,
            labels.late, labels.priority, labels.gates, labels.notes,
        ]
        var rows = [header]
        for group in ChecklistGroup.make(items, by: .agency) {
            for item in group.items {
                rows.append([
                    "\(item.id)", item.agency, item.title, item.owner, item.dueISO ?? "", item.status.rawValue,
                    item.blockedReason, item.secondsLate(at: now).map { labels.lateness(Lateness(seconds: $0)) } ?? "",
                    item.priority.rawValue, segmentTitle(item.gatesSegmentID), item.notes,
                ])
            }
        }
        return CSVWriter.document(rows, byteOrderMark: true)
    }

    private func clean(_ text: String) -> String { DocumentText.printable(text) }

    /// One table cell: no line breaks, pipes and Markdown markup escaped.
    private func markdownText(_ text: String) -> String {
        var out = ""
        for character in clean(text) {
            if "\\|*_`[]<>#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private func dueText(_ item: ChecklistItem) -> String {
        [item.dueDate?.vietnamese, item.dueTime?.hhmm].compactMap { $0 }.joined(separator: " ")
    }

    private func segmentTitle(_ id: Int64?) -> String {
        guard let id else { return "" }
        return segments.first { $0.id == id }.map { "\($0.position). \($0.title)" } ?? "#\(id)"
    }
}

extension ChecklistReport {
    /// Headings and words of the report, in the reader's language.
    public struct Labels: Sendable {
        public var title, asOf, agency, item, owner, due, status, blockedReason, late, priority, gates, notes: String
        public var progress: @Sendable (_ done: Int, _ total: Int) -> String
        public var statusName: @Sendable (ChecklistItem.Status) -> String
        public var lateness: @Sendable (Lateness) -> String
        /// Why the due dates are measured at another moment than the report's (a rehearsal).
        public var measuredAs: @Sendable (String) -> String

        public static let vietnamese = Labels(
            title: "Báo cáo công tác chuẩn bị", asOf: "Tính đến", agency: "Cơ quan", item: "Công việc",
            owner: "Người phụ trách", due: "Hạn", status: "Trạng thái", blockedReason: "Lý do vướng",
            late: "Trễ hạn", priority: "Ưu tiên", gates: "Phải xong trước mục", notes: "Ghi chú",
            progress: { "đã xong \($0)/\($1) việc" },
            statusName: { ["todo": "chưa làm", "doing": "đang làm", "done": "đã xong", "blocked": "vướng"][$0.rawValue] ?? $0.rawValue },
            lateness: { lateness in
                switch lateness {
                case .minutes(let n): "trễ \(n) phút"
                case .hours(let n): "trễ \(n) giờ"
                case .days(let n): "trễ \(n) ngày"
                }
            },
            measuredAs: { "tập dượt: hạn tính như lúc \($0) của ngày hội nghị" }
        )

        public static let english = Labels(
            title: "Preparation status report", asOf: "As of", agency: "Agency", item: "Item", owner: "Owner",
            due: "Due", status: "Status", blockedReason: "Blocked because", late: "Late", priority: "Priority",
            gates: "Must be done before", notes: "Notes",
            progress: { "\($0) of \($1) items done" },
            statusName: { ["todo": "to do", "doing": "in progress", "done": "done", "blocked": "blocked"][$0.rawValue] ?? $0.rawValue },
            lateness: { lateness in
                switch lateness {
                case .minutes(let n): "\(n) min late"
                case .hours(let n): "\(n) h late"
                case .days(let n): n == 1 ? "1 day late" : "\(n) days late"
                }
            },
            measuredAs: { "rehearsal: due dates measured as at \($0) on the event's day" }
        )
    }
}
