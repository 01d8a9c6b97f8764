import PodiumCore

/// The ceremony script as plain text (for the terminal), Markdown, and print-ready HTML.
extension AwardScript {
    public enum Format: String, CaseIterable, Sendable { case md, html, txt }

    public func render(_ format: Format) -> String {
        switch format {
        case .txt: txt()
        case .md: markdown()
        case .html: html()
        }
    }

    private var editedMark: String { language == .vi ? "đã sửa tay" : "edited by hand" }

    func txt() -> String {
        var out = [DocumentText.printable(title), ""]
        for section in sections {
            out.append(DocumentText.printable(section.title) + (section.isEdited ? " [\(editedMark)]" : ""))
            out += section.lines.map { "  " + DocumentText.printable($0) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    func markdown() -> String {
        var out = ["# \(DocumentText.markdownCell(title))", ""]
        for section in sections {
            out.append("## \(DocumentText.markdownCell(section.title))" + (section.isEdited ? " *(\(editedMark))*" : ""))
            out.append("")
            // Numbered names stay one list; every other line is its own paragraph.
            var inList = false
            for line in section.lines {
                let text = DocumentText.markdownCell(line)
                let isItem = text.first?.isNumber == true
                if inList && !isItem { out.append("") }
                out.append(text)
                if !isItem { out.append("") }
                inList = isItem
            }
            if inList { out.append("") }
        }
        return out.joined(separator: "\n")
    }

    func html() -> String {
        let body = sections.map { section in
            let lines = section.lines.map { line -> String in
                let text = DocumentText.html(line)
                return text.first?.isNumber == true ? "<p class=\"name\">\(text)</p>" : "<p>\(text)</p>"
            }.joined(separator: "\n")
            let mark = section.isEdited ? " <small>(\(DocumentText.html(editedMark)))</small>" : ""
            return "<section>\n<h2>\(DocumentText.html(section.title))\(mark)</h2>\n\(lines)\n</section>"
        }.joined(separator: "\n")
        return HTMLPage.render(title: title, language: language.rawValue, css: """
            @page { size: A4 portrait; margin: 20mm 18mm; }
            body { font-family: "Times New Roman", serif; font-size: 14pt; line-height: 1.45; color: #000; }
            h1 { font-size: 16pt; text-align: center; text-transform: uppercase; }
            h2 { font-size: 14pt; margin-top: 1.2em; border-bottom: 1px solid #444; }
            section { page-break-inside: avoid; }
            p { margin: 0.3em 0; text-align: justify; }
            p.name { margin-left: 2em; font-weight: bold; }
            small { font-weight: normal; font-style: italic; }
            """, body: """
            <h1>\(DocumentText.html(title))</h1>
            \(body)
            """)
    }
}

/// The recipients in the decisions' order, for printing the certificates.
public enum AwardRecipientList {
    /// `checkInDecides`: the real show has begun, so "Có mặt" follows the door's check-in.
    public static func csv(_ event: EventData, language: AwardScript.Language, checkInDecides: Bool = false) -> String {
        let headers = language == .vi
            ? ["STT", "Quyết định", "Loại", "Tên tập thể, cá nhân", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Đại diện nhận", "Có mặt", "Người nhận thay"]
            : ["No", "Decision", "Kind", "Name", "Title", "Unit", "Award", "Representative", "Present", "Received by"]
        let decisionRank = Dictionary(event.decisions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let numbers = Dictionary(event.decisions.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        let ordered = event.recipients.sorted {
            (decisionRank[$0.decisionID] ?? .max, $0.order, $0.id) < (decisionRank[$1.decisionID] ?? .max, $1.order, $1.id)
        }
        let vi = language == .vi
        let roster = AwardAttendance.Roster(event.delegates, checkInDecides: checkInDecides)
        // Someone marked present, or checked in at the door, is here; one expected but not yet
        // checked in is not yet known to be.
        func attendance(_ recipient: AwardRecipient) -> String {
            let here = recipient.attendance == .present || roster.matchingDelegate(for: recipient)?.checkedIn == true
            if here { return vi ? "Có" : "Yes" }
            return roster.isPresent(recipient) ? (vi ? "Chưa điểm danh" : "Not checked in yet") : (vi ? "Vắng" : "No")
        }
        let rows = ordered.enumerated().map { index, recipient in
            [
                "\(index + 1)", numbers[recipient.decisionID] ?? "",
                recipient.kind == .collective ? (vi ? "Tập thể" : "Collective") : (vi ? "Cá nhân" : "Individual"),
                recipient.name, recipient.title, recipient.unit, recipient.form, recipient.representative,
                attendance(recipient),
                recipient.receivedBy,
            ]
        }
        return CSVWriter.document([headers] + rows, byteOrderMark: true)
    }
}
