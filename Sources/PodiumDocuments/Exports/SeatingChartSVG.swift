import PodiumCore

/// The seating chart as an SVG drawing: the stage and presidium at the top, the hall's rows
/// below as the audience sees it, each seat coloured by group with the occupant's initials;
/// the full name, title and unit are in each seat's tooltip.
public enum SeatingChartSVG {
    static let cell = 34
    static let gap = 3
    static let aisle = 26
    static let margin = 30

    public static func render(_ chart: SeatingChart, stageLabel: String = "SÂN KHẤU") -> String {
        let hall = chart.event.hall
        let sectionWidths = hall.sections.map { $0.seatsPerRow * (cell + gap) }
        let hallWidth = sectionWidths.reduce(0, +) + max(0, hall.sections.count - 1) * aisle
        let presidiumWidth = hall.presidiumSeats * (cell + gap)
        let width = max(hallWidth, presidiumWidth) + 2 * margin + 30
        let top = margin + 40
        let height = top + (cell + 20) + hall.rowCount * (cell + gap) + margin
        let left = margin + 30 + (max(hallWidth, presidiumWidth) - hallWidth) / 2
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" \
            font-family="Arial, Helvetica, sans-serif">
            <rect x="0" y="0" width="\(width)" height="\(height)" fill="#ffffff"/>
            <rect x="\(margin)" y="\(margin)" width="\(width - 2 * margin)" height="28" fill="#37474f" rx="4"/>
            <text x="\(width / 2)" y="\(margin + 19)" text-anchor="middle" font-size="14" fill="#ffffff" font-weight="bold">\(DocumentText.html(stageLabel))</text>

            """
        var sectionLeft: [Int] = []
        var x = left
        for width in sectionWidths {
            sectionLeft.append(x)
            x += width + aisle
        }
        let presidiumLeft = margin + 30 + (max(hallWidth, presidiumWidth) - presidiumWidth) / 2
        for entry in chart.entries {
            let seat = entry.seat
            let seatX: Int, seatY: Int
            if seat.isPresidium {
                seatX = presidiumLeft + (seat.number - 1) * (cell + gap)
                seatY = top
            } else {
                seatX = sectionLeft[seat.sectionIndex] + (seat.number - 1) * (cell + gap)
                seatY = top + cell + 20 + (seat.rowFromStage - 1) * (cell + gap)
            }
            svg += seatShape(entry, chart: chart, x: seatX, y: seatY)
        }
        for row in stride(from: 1, through: hall.rowCount, by: 1) {
            let y = top + cell + 20 + (row - 1) * (cell + gap) + cell / 2 + 4
            svg += "<text x=\"\(margin + 22)\" y=\"\(y)\" text-anchor=\"end\" font-size=\"10\" fill=\"#607d8b\">\(row)</text>\n"
        }
        return svg + "</svg>\n"
    }

    private static func seatShape(_ entry: SeatingChart.Entry, chart: SeatingChart, x: Int, y: Int) -> String {
        let seat = entry.seat
        guard seat.isUsable else {
            return "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"none\" stroke=\"#cfd8dc\" stroke-dasharray=\"3 3\"/>\n"
        }
        let fill = entry.delegate.flatMap { chart.colours[$0.groupKey] } ?? "#ffffff"
        let stroke = entry.locked ? "#b71c1c" : (seat.isPresidium ? "#37474f" : "#90a4ae")
        var shape = "<g><rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" rx=\"3\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(entry.locked ? 2 : 1)\"/>"
        shape += "<text x=\"\(x + cell / 2)\" y=\"\(y + 11)\" text-anchor=\"middle\" font-size=\"8\" fill=\"#546e7a\">\(DocumentText.html(seat.label))</text>"
        if let delegate = entry.delegate {
            let initials = DocumentText.html(SeatingChart.initials(delegate.name))
            shape += "<text x=\"\(x + cell / 2)\" y=\"\(y + 26)\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\" fill=\"#000000\">\(initials)</text>"
            let tip = [delegate.name, delegate.title, delegate.unit].filter { !$0.isEmpty }.map(DocumentText.html).joined(separator: " — ")
            shape += "<title>\(DocumentText.html(seat.label)): \(tip)</title>"
        }
        return shape + "</g>\n"
    }
}
