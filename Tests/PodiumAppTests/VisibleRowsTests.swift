import PodiumCore
import TermCore
import Testing
@testable import PodiumApp

/// A frame costs what is on screen, not what the event holds: long tables build the cells of
/// the rows in view only, and the hall grid looks only at the seats inside the view.
@Suite struct VisibleRowsTests {
    private let columns = [TableColumn("#", width: 4), TableColumn("text")]
    private let rows = (0..<500).map { ["\($0)", "row \($0)"] }
    private let bold = Style(modifiers: .bold)

    @Test(arguments: [0, 3, 250, 499])
    func aLongTableBuildsOnlyTheRowsInViewAndDrawsTheSame(selected: Int) throws {
        let theme = try Fixtures.theme()
        let table = TableView(columns: columns, rows: [], selected: selected, offset: 240)
        var lazy = PaneCanvas(buffer: Buffer(width: 40, height: 12), theme: theme)
        var built: [Int] = []
        let offset = lazy.table(table, count: rows.count, in: lazy.buffer.bounds) { index in
            built.append(index)
            return (rows[index], index % 2 == 0 ? bold : nil)
        }

        var whole = table
        whole.rows = rows
        whole.rowStyles = Dictionary(uniqueKeysWithValues: stride(from: 0, to: rows.count, by: 2).map { ($0, bold) })
        var full = PaneCanvas(buffer: Buffer(width: 40, height: 12), theme: theme)
        let fullOffset = full.table(whole, in: full.buffer.bounds)

        #expect(offset == fullOffset)
        #expect(lazy.buffer == full.buffer)
        #expect(built == Array(offset..<offset + 11))
        #expect(lazy.hits.map(\.command) == full.hits.map(\.command))
    }

    @Test func theProgrammeOfTwoHundredSegmentsScrollsAsBefore() throws {
        var state = try Fixtures.state()
        let segments = state.event.segments
        state.event.segments = (1...200).map { index in
            var segment = segments[index % segments.count]
            segment.id = Int64(index)
            segment.position = index
            segment.title = "Mục \(index)"
            return segment
        }
        state.selection[.agenda] = 150
        let frame = try Fixtures.render(state, width: 120, height: 40)
        let lines = frame.buffer.plainLines()
        #expect(lines.contains { $0.contains("Mục 150") })
        #expect(!lines.contains { $0.contains("Mục 100 ") })
        #expect(frame.scrollOffsets[.agenda].map { $0 > 100 && $0 <= 150 } == true)
    }

    @Test func theHallGridFindsExactlyTheSeatsInsideTheView() throws {
        let state = try Fixtures.state(pane: .seating)
        let layout = state.seatingDerived.layout
        for zoom in SeatingViewState.Zoom.allCases {
            let grid = SeatingGrid(layout: layout, zoom: zoom)
            for row in layout.rows {
                for (from, to) in [(0, 10), (5, 40), (-3, 2), (30, 1_000), (12, 12)] {
                    let expected = row.filter { grid.column[$0] >= from && grid.column[$0] < to }
                    #expect(Array(grid.seats(of: row, from: from, to: to)) == expected)
                }
            }
        }
    }
}
