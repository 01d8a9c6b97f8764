import PodiumCore
/// Renders a `PrintDocument` as one self-contained HTML page: inline CSS, no scripts, no
/// fonts or images from the network, every user string escaped, laid out for printing.
public enum HTMLRenderer {
    public static func render(_ document: PrintDocument, page: PageSetup) -> String {
        var body = "<h1>\(DocumentText.html(document.title))</h1>\n"
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(max(level, 2), 6))"
                body += "<\(tag)>\(DocumentText.html(text))</\(tag)>\n"
            case .paragraph(let text):
                body += "<p>\(lines(text))</p>\n"
            case .meta(let text):
                body += "<p class=\"meta\">\(lines(text))</p>\n"
            case .spoken(let text):
                body += "<blockquote class=\"spoken\">\(lines(text))</blockquote>\n"
            case .cue(let text):
                body += "<p class=\"cue\"><b>[Kỹ thuật]</b> \(lines(text))</p>\n"
            case .table(let header, let rows):
                body += "<table>\n<thead><tr>" + header.map { "<th>\(DocumentText.html($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows { body += "<tr>" + row.map { "<td>\(lines($0))</td>" }.joined() + "</tr>\n" }
                body += "</tbody>\n</table>\n"
            case .pageBreak:
                body += "<div class=\"page-break\"></div>\n"
            }
        }
        return HTMLPage.render(title: document.title, language: "vi", css: """
            @page { size: \(page.css); margin: 18mm 16mm 18mm 20mm; }
            html { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.4; color: #000; background: #fff; }
            body { margin: 0 auto; max-width: 180mm; }
            h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin: 0 0 8pt; }
            h2 { font-size: 14pt; margin: 14pt 0 4pt; border-bottom: 0.5pt solid #000; break-after: avoid; }
            h3 { font-size: 13pt; margin: 10pt 0 2pt; break-after: avoid; }
            p { margin: 3pt 0; }
            .meta { font-size: 11pt; color: #333; font-style: italic; break-after: avoid; }
            .cue { font-size: 11pt; border-left: 2pt solid #666; padding-left: 6pt; }
            blockquote.spoken { margin: 4pt 0 6pt 10mm; break-inside: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 12pt; }
            th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
            thead { display: table-header-group; }
            td:first-child { white-space: nowrap; }
            tr { break-inside: avoid; }
            .page-break { break-after: page; }
            @media screen { body { padding: 12mm; } }
            """, body: body)
    }

    private static func lines(_ text: String) -> String {
        DocumentText.html(text).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "<br>")
    }
}
