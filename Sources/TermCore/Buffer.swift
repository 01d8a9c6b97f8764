/// A grid of cells that views render into; the terminal backend draws it.
public struct Buffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Out-of-range reads give a blank cell and writes are ignored, so views may clip lazily.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, x < width, y >= 0, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes one cell, blanking the other half of any wide character it overlaps.
    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        let old = self[x, y]
        if old.isWideTail, x > 0 {
            self[x - 1, y].text = " "
        } else if old.text.utf8.count > 1, TextWidth.width(of: old.text) == 2, self[x + 1, y].isWideTail, !cell.isWideTail {
            // One byte is ASCII, never wide: most cells skip the grapheme walk.
            self[x + 1, y].text = " "
        }
        self[x, y] = cell
    }

    /// Writes sanitised `text` from (x, y) on one row, clipped to the buffer and `maxWidth`.
    /// A wide character that would not fit whole is not drawn. Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        // Text of only plain narrow scalars (most of a screen) is one cell per scalar: no
        // sanitising, no grapheme breaking. A frame writes thousands of such strings.
        if text.unicodeScalars.allSatisfy({ TextWidth.isPlainNarrow($0.value) }) {
            for scalar in text.unicodeScalars {
                if column + 1 > limit { break }
                if column >= 0 { setCell(x: column, y: y, Cell(text: String(Character(scalar)), style: style)) }
                column += 1
            }
            return max(0, column - max(x, 0))
        }
        for g in TextWidth.sanitize(text) {
            let w = TextWidth.width(of: g)
            if w == 0 { continue }
            if column + w > limit { break }
            if column >= 0 {
                setCell(x: column, y: y, Cell(text: String(g), style: style))
                if w == 2 {
                    if self[column + 2, y].isWideTail { self[column + 2, y].text = " " }
                    self[column + 1, y] = Cell(text: "", style: style)
                }
            } else if column + w > 0 {
                // Left half clipped: show a blank where the visible half would be.
                setCell(x: 0, y: y, Cell(text: " ", style: style))
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Blanks every cell of `rect` (clipped) with `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            if self[r.x, y].isWideTail { self[r.x - 1, y].text = " " }
            if self[r.maxX, y].isWideTail { self[r.maxX, y].text = " " }
            for x in r.x..<r.maxX { self[x, y] = Cell(text: " ", style: style) }
        }
    }

    /// Patches the style of every cell of `rect`, keeping its text.
    public mutating func applyStyle(_ style: Style, to rect: Rect) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: style)
            }
        }
    }

    /// Text of each row with wide tails skipped; each row is exactly `width` columns.
    public func plainLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isWideTail { line += self[x, y].text }
            return line
        }
    }

    /// One character per cell (wide tails included), for snapshot tests where style carries
    /// meaning. Code, first match wins: `legend[style]` if given; `R` reverse; `H` other
    /// non-default background; `B` bold; `U` underline; `D` dim; `C` non-default
    /// foreground; `I` italic or blink only; `.` plain.
    public func styleLines(legend: [Style: Character] = [:]) -> [String] {
        (0..<height).map { y in
            String((0..<width).map { x in Buffer.styleCode(self[x, y].style, legend: legend) })
        }
    }

    static func styleCode(_ s: Style, legend: [Style: Character]) -> Character {
        if let c = legend[s] { return c }
        let m = s.modifiers
        if m.contains(.reverse) { return "R" }
        if s.bg != .default { return "H" }
        if m.contains(.bold) { return "B" }
        if m.contains(.underline) { return "U" }
        if m.contains(.dim) { return "D" }
        if s.fg != .default { return "C" }
        if !m.isEmpty { return "I" }
        return "."
    }
}
