/// Large clock digits from block characters, for the stage view.
///
/// Glyphs are 5-pixel-tall bitmaps (digits 3 wide, ':' and '.' 1 wide); a scale `s`
/// makes each pixel `s` columns wide and `s` half-rows tall, drawn with █ ▀ ▄.
/// Scale 1 is 3 rows tall, 2 is 5 rows, 3 is 8, 4 is 10.
public enum BigDigits {
    /// Pixel rows of each glyph, top to bottom; "#" is ink.
    static let glyphs: [Character: [String]] = {
        // Seven segments: a top, b upper right, c lower right, d bottom, e lower left, f upper left, g middle.
        func seg(_ on: String) -> [String] {
            func has(_ s: Character) -> Bool { on.contains(s) }
            func px(_ v: Bool) -> Character { v ? "#" : " " }
            let top = String([px(has("a") || has("f")), px(has("a")), px(has("a") || has("b"))])
            let upper = String([px(has("f")), " ", px(has("b"))])
            let mid = String([px(has("f") || has("e") || has("g")), px(has("g")), px(has("b") || has("c") || has("g"))])
            let lower = String([px(has("e")), " ", px(has("c"))])
            let bottom = String([px(has("d") || has("e")), px(has("d")), px(has("d") || has("c"))])
            return [top, upper, mid, lower, bottom]
        }
        return [
            "0": seg("abcdef"), "1": seg("bc"), "2": seg("abged"), "3": seg("abgcd"),
            "4": seg("fgbc"), "5": seg("afgcd"), "6": seg("afgedc"), "7": seg("abc"),
            "8": seg("abcdefg"), "9": seg("abcdfg"), "-": seg("g"), "+": [" ", " # ", "###", " # ", " "].map { $0.padding() },
            ":": [" ", "#", " ", "#", " "], ".": [" ", " ", " ", " ", "#"], " ": [" ", " ", " ", " ", " "],
        ]
    }()

    /// Columns and rows `text` takes at `scale`.
    public static func size(of text: String, scale: Int) -> (width: Int, height: Int) {
        let bitmap = pixels(text)
        return ((bitmap.first?.count ?? 0) * scale, (5 * scale + 1) / 2)
    }

    /// The largest scale at which `text` fits in `width`×`height`, or nil if even scale 1 does not.
    public static func bestScale(for text: String, width: Int, height: Int) -> Int? {
        var best: Int?
        var s = 1
        while true {
            let sz = size(of: text, scale: s)
            guard sz.width <= width, sz.height <= height, sz.width > 0 else { break }
            best = s
            s += 1
        }
        return best
    }

    /// The rows of `text` at `scale`; every row has the same width.
    public static func lines(_ text: String, scale: Int) -> [String] {
        let s = max(1, scale)
        let bitmap = pixels(text).map { row in row.flatMap { Array(repeating: $0, count: s) } }
        let tall = bitmap.flatMap { Array(repeating: $0, count: s) }
        let width = bitmap.first?.count ?? 0
        var out: [String] = []
        var r = 0
        while r < tall.count {
            let upper = tall[r]
            let lower = r + 1 < tall.count ? tall[r + 1] : Array(repeating: false, count: width)
            out.append(String((0..<width).map { i -> Character in
                switch (upper[i], lower[i]) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            }))
            r += 2
        }
        return out
    }

    /// Renders `text` centred in `rect` at the largest scale that fits; falls back to plain
    /// centred text when the rect is too small. Unknown characters show as blanks.
    public static func render(_ text: String, into buffer: inout Buffer, rect: Rect, style: Style) {
        guard !rect.isEmpty else { return }
        guard let scale = bestScale(for: text, width: rect.width, height: rect.height) else {
            let t = TextWidth.truncate(TextWidth.sanitize(text), toWidth: rect.width)
            buffer.put(t, x: rect.x + (rect.width - TextWidth.width(of: t)) / 2,
                       y: rect.y + (rect.height - 1) / 2, maxWidth: rect.width, style: style)
            return
        }
        let rows = lines(text, scale: scale)
        let w = rows.first.map { $0.count } ?? 0
        let x0 = rect.x + (rect.width - w) / 2
        let y0 = rect.y + (rect.height - rows.count) / 2
        for (i, row) in rows.enumerated() {
            buffer.put(row, x: x0, y: y0 + i, maxWidth: rect.maxX - x0, style: style)
        }
    }

    private static let blank = [" ", " ", " ", " ", " "]

    /// The unscaled bitmap: glyphs side by side with one blank pixel column between them.
    static func pixels(_ text: String) -> [[Bool]] {
        var rows = Array(repeating: [Bool](), count: 5)
        for (n, ch) in text.enumerated() {
            let glyph = glyphs[ch] ?? blank
            for r in 0..<5 {
                if n > 0 { rows[r].append(false) }
                rows[r] += glyph[r].map { $0 == "#" }
            }
        }
        return text.isEmpty ? [] : rows
    }
}

private extension String {
    /// Pads a short glyph row to the 3-pixel digit width.
    func padding() -> String { count >= 3 ? self : self + String(repeating: " ", count: 3 - count) }
}
