/// A column of a `TableView`: a fixed width, or `nil` to share the remaining width.
public struct TableColumn: Sendable {
    public var title: String
    public var width: Int?
    public var alignment: Alignment

    public init(_ title: String, width: Int? = nil, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A scrolling list or table with an optional header and a selected row.
public struct TableView: Sendable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var selected: Int?
    /// First visible row; `render` adjusts it to keep `selected` in view and returns it.
    public var offset: Int
    public var showHeader: Bool
    public var headerStyle: Style
    public var rowStyle: Style
    public var selectedStyle: Style
    /// Per-row style patched over `rowStyle` (e.g. past / current agenda items).
    public var rowStyles: [Int: Style]

    public init(columns: [TableColumn], rows: [[String]], selected: Int? = nil, offset: Int = 0,
                showHeader: Bool = true, headerStyle: Style = Style(modifiers: .bold),
                rowStyle: Style = .plain, selectedStyle: Style = Style(modifiers: .reverse),
                rowStyles: [Int: Style] = [:]) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.showHeader = showHeader
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.selectedStyle = selectedStyle
        self.rowStyles = rowStyles
    }

    /// The offset that keeps `selected` visible in `visibleRows`, moving as little as possible.
    public static func scrollOffset(selected: Int?, offset: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        var o = min(max(0, offset), max(0, count - visibleRows))
        if let s = selected.map({ min(max(0, $0), count - 1) }) {
            if s < o { o = s }
            if s >= o + visibleRows { o = s - visibleRows + 1 }
        }
        return o
    }

    /// Column widths for a total width, one space between columns; flexible columns share the rest.
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.compactMap(\.width).reduce(0, +)
        let flexCount = columns.filter { $0.width == nil }.count
        let rest = max(0, total - gaps - fixed)
        var widths: [Int] = []
        var flexSeen = 0
        for c in columns {
            if let w = c.width {
                widths.append(w)
            } else {
                flexSeen += 1
                let share = rest / max(1, flexCount) + (flexSeen <= rest % max(1, flexCount) ? 1 : 0)
                widths.append(share)
            }
        }
        return widths
    }

    /// Draws into `rect` and returns the scroll offset used (store it for the next frame).
    @discardableResult
    public func render(into buffer: inout Buffer, rect: Rect) -> Int {
        guard !rect.isEmpty else { return offset }
        let widths = columnWidths(total: rect.width)
        var y = rect.y
        if showHeader {
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: headerStyle)
            drawRow(columns.map(\.title), widths: widths, y: y, rect: rect, style: headerStyle, into: &buffer)
            y += 1
        }
        let visible = rect.maxY - y
        let o = Self.scrollOffset(selected: selected, offset: offset, visibleRows: visible, count: rows.count)
        for i in o..<min(rows.count, o + max(0, visible)) {
            var style = rowStyle.patched(with: rowStyles[i] ?? .plain)
            if i == selected { style = style.patched(with: selectedStyle) }
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            drawRow(rows[i], widths: widths, y: y, rect: rect, style: style, into: &buffer)
            y += 1
        }
        return o
    }

    private func drawRow(_ cells: [String], widths: [Int], y: Int, rect: Rect, style: Style,
                         into buffer: inout Buffer) {
        var x = rect.x
        for (i, w) in widths.enumerated() where x < rect.maxX {
            let clean = i < cells.count ? TextWidth.sanitize(cells[i]) : ""
            // The row is already blank in its style: a cell writes its text where its alignment
            // puts it and leaves the rest, as padding it with spaces would draw.
            let cleanWidth = TextWidth.width(of: clean)
            let text = cleanWidth > w ? TextWidth.truncate(clean, toWidth: w) : clean
            let gap = max(0, w - (cleanWidth > w ? TextWidth.width(of: text) : cleanWidth))
            let lead = switch columns[i].alignment {
            case .left: 0
            case .right: gap
            case .center: gap / 2
            }
            let room = min(w, rect.maxX - x) - lead
            if room > 0, !text.isEmpty { buffer.put(text, x: x + lead, y: y, maxWidth: room, style: style) }
            x += w + 1
        }
    }
}
