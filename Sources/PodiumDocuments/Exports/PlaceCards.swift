import PodiumCore

/// Place cards as an HTML print sheet: two tent cards per A4 page, each folded along the
/// middle, the name readable from both sides (the back half printed upside down).
public enum PlaceCards {
    public static func render(_ chart: SeatingChart) -> String {
        let cards = chart.entries.compactMap { entry -> String? in
            guard let delegate = entry.delegate else { return nil }
            let name = DocumentText.html(delegate.name)
            let title = DocumentText.html([delegate.title, delegate.unit].filter { !$0.isEmpty }.joined(separator: " — "))
            let face = "<div class=\"name\">\(name)</div><div class=\"title\">\(title)</div>"
            return """
                <section class="card">
                <div class="half back">\(face)</div>
                <div class="half front">\(face)<div class="seat">\(DocumentText.html(entry.seat.label))</div></div>
                </section>
                """
        }
        return HTMLPage.render(title: "Bảng tên đại biểu — \(chart.event.info.title)", language: "vi", css: """
            @page { size: A4 portrait; margin: 0; }
            body { margin: 0; font-family: "Times New Roman", Times, serif; }
            .card { height: 148.5mm; box-sizing: border-box; border-bottom: 1px dashed #999; page-break-inside: avoid; }
            .half { height: 50%; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; padding: 0 12mm; box-sizing: border-box; position: relative; }
            .back { transform: rotate(180deg); border-bottom: 1px dotted #ccc; }
            .name { font-size: 30pt; font-weight: bold; text-transform: uppercase; color: #b71c1c; }
            .title { font-size: 14pt; margin-top: 3mm; }
            .seat { position: absolute; right: 8mm; bottom: 4mm; font-size: 8pt; color: #777; font-family: Arial, sans-serif; }
            """, body: """
            \(cards.joined(separator: "\n"))
            """)
    }
}
