/// Renders a `PrintDocument` as CommonMark with GitHub tables.
public enum MarkdownRenderer {
    public static func render(_ document: PrintDocument) -> String {
        var out = "# \(TextEscaping.markdown(document.title))\n"
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(max(level, 2), 6)) + " " + TextEscaping.markdown(text) + "\n"
            case .paragraph(let text):
                out += TextEscaping.markdown(text) + "\n"
            case .meta(let text):
                out += "_" + TextEscaping.markdown(text) + "_\n"
            case .spoken(let text):
                out += text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "> " + TextEscaping.markdown(String($0)) }.joined(separator: "\n") + "\n"
            case .cue(let text):
                out += "**[Kỹ thuật]** " + TextEscaping.markdown(text).replacingOccurrences(of: "\n", with: " ") + "\n"
            case .table(let header, let rows):
                out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
                out += "|" + header.map { _ in " --- |" }.joined() + "\n"
                for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
            case .pageBreak:
                out += "---\n"
            }
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        TextEscaping.markdown(text).replacingOccurrences(of: "\n", with: " ")
    }
}
