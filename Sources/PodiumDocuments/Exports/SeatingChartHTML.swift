import PodiumCore

/// The print-ready seating chart: one A3 landscape page with the drawing, the legend and the
/// presidium's names; all styles inline so the file prints anywhere.
public enum SeatingChartHTML {
    public struct Labels: Sendable {
        public var heading: String
        public var stage: String
        public var presidium: String
        public var legend: String
        public var locked: String

        public init(heading: String, stage: String, presidium: String, legend: String, locked: String) {
            self.heading = heading
            self.stage = stage
            self.presidium = presidium
            self.legend = legend
            self.locked = locked
        }

        public static let vietnamese = Labels(
            heading: "SƠ ĐỒ BỐ TRÍ CHỖ NGỒI", stage: "SÂN KHẤU", presidium: "Đoàn Chủ tịch",
            legend: "Chú thích", locked: "Ghế đã khóa"
        )
    }

    public static func render(_ chart: SeatingChart, labels: Labels = .vietnamese) -> String {
        let info = chart.event.info
        let groups = chart.event.groups.sorted { $0.order < $1.order }
        let legend = groups.map { group in
            let colour = chart.colours[group.key] ?? "#ffffff"
            let count = chart.entries.filter { $0.delegate?.groupKey == group.key }.count
            return "<li><span class=\"swatch\" style=\"background:\(colour)\"></span>\(DocumentText.html(group.name)) (\(count))</li>"
        }.joined(separator: "\n")
        let presidium = chart.entries.filter { $0.seat.isPresidium && $0.delegate != nil }.map { entry in
            let delegate = entry.delegate.map { "\(DocumentText.html($0.name)), \(DocumentText.html($0.title))" } ?? ""
            return "<li><b>\(DocumentText.html(entry.seat.label))</b> \(delegate)</li>"
        }.joined(separator: "\n")
        return HTMLPage.render(title: "\(labels.heading) — \(info.title)", language: "vi", css: """
            @page { size: A3 landscape; margin: 10mm; }
            body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #000; }
            header { text-align: center; margin-bottom: 4mm; }
            h1 { font-size: 18pt; margin: 0; }
            h2 { font-size: 12pt; font-weight: normal; margin: 2mm 0 0; }
            .page { display: flex; gap: 6mm; align-items: flex-start; }
            .chart { flex: 1; }
            .chart svg { width: 100%; height: auto; max-height: 230mm; }
            aside { width: 70mm; font-size: 10pt; }
            aside ul { list-style: none; padding: 0; margin: 0 0 4mm; }
            aside li { margin: 1mm 0; }
            .swatch { display: inline-block; width: 4mm; height: 4mm; border: 1px solid #90a4ae; margin-right: 2mm; vertical-align: middle; }
            """, body: """
            <header>
            <h1>\(DocumentText.html(labels.heading))</h1>
            <h2>\(DocumentText.html(info.title))</h2>
            <h2>\(DocumentText.html(info.venue)) · \(DocumentText.html(info.date.vietnamese))</h2>
            </header>
            <div class="page">
            <div class="chart">
            \(SeatingChartSVG.render(chart, stageLabel: labels.stage))</div>
            <aside>
            <h3>\(DocumentText.html(labels.legend))</h3>
            <ul>
            \(legend)
            <li><span class="swatch" style="border:2px solid #b71c1c"></span>\(DocumentText.html(labels.locked))</li>
            </ul>
            <h3>\(DocumentText.html(labels.presidium))</h3>
            <ul>
            \(presidium)
            </ul>
            </aside>
            </div>
            """)
    }
}
