import Foundation
import PodiumCore

/// `podium export index-ranking`: the rankings for the report of Sở Nội vụ — CSV for further
/// work, Markdown, and HTML for printing on A4 landscape with a bar per unit and a heat map
/// of the fields drawn in inline SVG (no network, nothing to install).
public enum IndexRankingExport {
    struct Words {
        var rank, unit, group, total, percent, tier, change, scoreChange, lastRank, noResults, fields, average, median: String
        static let vietnamese = Words(rank: "Hạng", unit: "Đơn vị", group: "Khối", total: "Tổng điểm", percent: "Chỉ số (%)", tier: "Nhóm",
                                      change: "Thay đổi hạng", scoreChange: "Thay đổi điểm", lastRank: "Hạng năm trước",
                                      noResults: "Sự kiện chưa có kết quả Chỉ số CCHC.", fields: "Lĩnh vực", average: "Trung bình", median: "Trung vị")
        static let english = Words(rank: "Rank", unit: "Unit", group: "Group", total: "Points", percent: "Index (%)", tier: "Tier",
                                   change: "Rank change", scoreChange: "Points change", lastRank: "Last year's rank",
                                   noResults: "The event holds no PAR index results.", fields: "Fields", average: "Mean", median: "Median")
    }

    static func number(_ value: Double, _ vietnamese: Bool) -> String {
        let text = String(format: "%.2f", value)
        return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func tierName(_ unit: IndexRankedUnit, _ scheme: IndexScheme) -> String {
        scheme.tiers.indices.contains(unit.tier) ? scheme.tiers[unit.tier].name : ""
    }

    static func arrow(_ change: Int?) -> String {
        guard let change else { return "–" }
        return change > 0 ? "▲\(change)" : change < 0 ? "▼\(-change)" : "="
    }

    /// One row per unit with every field; numbers with a point so spreadsheets read them in any locale.
    public static func csv(_ input: ExportInput) -> String {
        let ranking = IndexRanking(input.data.index)
        let words = input.english ? Words.english : .vietnamese
        let scheme = ranking.scheme
        var rows = [[words.group, words.rank, words.unit, words.total, words.percent, words.tier, words.change, words.scoreChange, words.lastRank]
            + scheme.fields.map { "\($0.name) (\($0.maximum.text))" }]
        for unit in ranking.units {
            rows.append([
                scheme.group(unit.groupKey)?.name ?? unit.groupKey, "\(unit.rank)", unit.unit, unit.total.text, String(format: "%.2f", unit.percent),
                tierName(unit, scheme), unit.rankChange.map { "\($0)" } ?? "", unit.scoreChange?.text ?? "", unit.lastYearRank.map { "\($0)" } ?? "",
            ] + unit.result.final.map(\.text))
        }
        return CSVWriter.document(rows, byteOrderMark: true)
    }

    public static func markdown(_ input: ExportInput) -> String {
        let ranking = IndexRanking(input.data.index)
        let words = input.english ? Words.english : .vietnamese
        let vi = !input.english
        guard !ranking.units.isEmpty else { return "# \(words.noResults)\n" }
        var out = "# \(DocumentText.markdownCell(ranking.scheme.title))\n\n"
        for summary in ranking.groups {
            out += "## \(DocumentText.markdownCell(summary.group.name))\n\n"
            out += "\(summary.count) · \(words.average) \(number(summary.averageTotal, vi)) · \(words.median) \(number(summary.medianTotal, vi))\n\n"
            out += "| \(words.rank) | \(words.unit) | \(words.total) | \(words.percent) | \(words.tier) | \(words.change) |\n|---:|---|---:|---:|---|---:|\n"
            for unit in ranking.units(in: summary.group.key) {
                out += "| \(unit.rank) | \(DocumentText.markdownCell(unit.unit)) | \(vi ? unit.total.vietnamese : unit.total.text) | \(number(unit.percent, vi)) | \(DocumentText.markdownCell(tierName(unit, ranking.scheme))) | \(arrow(unit.rankChange)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// The colours of the tiers, from the best down; the heat map's cells also print the sub-index.
    static let tierColours = ["#2e7d32", "#1565c0", "#f9a825", "#c62828"]

    static func colour(_ tier: Int) -> String { tierColours[min(max(0, tier), tierColours.count - 1)] }

    public static func html(_ input: ExportInput) -> String {
        let ranking = IndexRanking(input.data.index)
        let words = input.english ? Words.english : .vietnamese
        let vi = !input.english
        let scheme = ranking.scheme
        var body = ""
        if ranking.units.isEmpty { body = "<p>\(DocumentText.html(words.noResults))</p>" }
        for summary in ranking.groups {
            let units = ranking.units(in: summary.group.key)
            body += "<section><h2>\(DocumentText.html(summary.group.name))</h2>"
            body += "<p class=\"figures\">\(summary.count) · \(words.average) \(number(summary.averageTotal, vi)) · \(words.median) \(number(summary.medianTotal, vi))</p>"
            body += "<table><thead><tr><th>\(words.rank)</th><th>\(words.unit)</th><th>\(words.total)</th><th>\(words.percent)</th><th>\(words.tier)</th><th>\(words.change)</th><th></th></tr></thead><tbody>"
            for unit in units {
                let width = Int((unit.percent * 2).rounded())
                body += "<tr><td class=\"n\">\(unit.rank)</td><td>\(DocumentText.html(unit.unit))</td><td class=\"n\">\(vi ? unit.total.vietnamese : unit.total.text)</td>"
                body += "<td class=\"n\">\(number(unit.percent, vi))</td><td>\(DocumentText.html(tierName(unit, scheme)))</td><td class=\"n\">\(arrow(unit.rankChange))</td>"
                body += "<td><svg width=\"200\" height=\"10\" viewBox=\"0 0 200 10\" role=\"img\" aria-label=\"\(number(unit.percent, vi)) %\"><rect width=\"200\" height=\"10\" fill=\"#eee\"/><rect width=\"\(width)\" height=\"10\" fill=\"\(colour(unit.tier))\"/></svg></td></tr>"
            }
            body += "</tbody></table>"
            body += heatMap(units, scheme: scheme, vi: vi, words: words)
            body += "</section>"
        }
        let legend = scheme.tiers.enumerated().map { index, tier in
            "<span><i style=\"background:\(colour(index))\"></i>\(DocumentText.html(tier.name)) (≥ \(tier.minimumPercent) %)</span>"
        }.joined(separator: " ")
        return HTMLPage.render(title: scheme.title, language: vi ? "vi" : "en", css: """
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: "Noto Sans", "Segoe UI", "Times New Roman", serif; font-size: 10pt; color: #111; }
            h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; margin: 6mm 0 2mm; }
            section { page-break-before: always; } section:first-of-type { page-break-before: auto; }
            table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #999; padding: 1pt 4pt; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; } .legend i { display: inline-block; width: 10pt; height: 8pt; margin: 0 3pt; }
            .heat { margin-top: 4mm; } .figures { color: #444; }
            """, body: """
            <h1>\(DocumentText.html(scheme.title))</h1>
            <p class="legend">\(legend)</p>
            \(body)
            """)
    }

    /// Units down, fields across: each cell in its tier's colour with the sub-index printed in it.
    static func heatMap(_ units: [IndexRankedUnit], scheme: IndexScheme, vi: Bool, words: Words) -> String {
        let cell = 34, row = 13, label = 190, top = 16
        let width = label + cell * scheme.fields.count
        let height = top + row * units.count
        var svg = "<svg class=\"heat\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-size=\"8\" role=\"img\" aria-label=\"\(DocumentText.html(words.fields))\">"
        for index in scheme.fields.indices {
            svg += "<text x=\"\(label + index * cell + cell / 2)\" y=\"11\" text-anchor=\"middle\"><title>\(DocumentText.html(scheme.fields[index].name))</title>\(index + 1)</text>"
        }
        for (line, unit) in units.enumerated() {
            let y = top + line * row
            svg += "<text x=\"0\" y=\"\(y + 10)\">\(DocumentText.html(unit.unit))</text>"
            for index in scheme.fields.indices where index < unit.result.final.count {
                let tier = scheme.tier(of: unit.result.final[index], maximum: scheme.fields[index].maximum)
                svg += "<rect x=\"\(label + index * cell)\" y=\"\(y)\" width=\"\(cell - 1)\" height=\"\(row - 1)\" fill=\"\(colour(tier))\"/>"
                svg += "<text x=\"\(label + index * cell + cell / 2)\" y=\"\(y + 9)\" text-anchor=\"middle\" fill=\"#fff\">\(String(format: "%.0f", unit.fieldPercent(index)))</text>"
            }
        }
        let names = scheme.fields.enumerated().map { "\($0.offset + 1). \(DocumentText.html($0.element.name))" }.joined(separator: " · ")
        return svg + "</svg><p class=\"figures\">\(names)</p>"
    }
}
