import Testing
@testable import TermCore

@Suite struct BufferTests {
    @Test func putClipsWideCharAtRightEdge() {
        var b = Buffer(width: 5, height: 1)
        let n = b.put("ab中文", x: 0, y: 0)
        #expect(n == 4)
        #expect(b.plainLines() == ["ab中 "])
        #expect(b[3, 0].isWideTail)
        #expect(b[4, 0].text == " ")
    }

    @Test func putHonoursMaxWidthAndSanitises() {
        var b = Buffer(width: 10, height: 2)
        b.put("\u{1B}[31mhello world", x: 1, y: 0, maxWidth: 5)
        #expect(b.plainLines() == [" hello    ", "          "])
        b.put("xyz", x: 8, y: 1)
        #expect(b.plainLines()[1] == "        xy")
        #expect(b.put("nothing", x: 0, y: 5) == 0)
    }

    @Test func overwritingHalfOfWideCharBlanksTheOtherHalf() {
        var b = Buffer(width: 6, height: 1)
        b.put("中文", x: 0, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b.plainLines() == [" x文  "])
        b.put("y", x: 2, y: 0)
        #expect(b.plainLines() == [" xy   "])
    }

    @Test func fillAndApplyStyle() {
        var b = Buffer(width: 4, height: 2)
        b.put("abcd", x: 0, y: 0)
        b.applyStyle(Style(modifiers: .reverse), to: Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(b.plainLines()[0] == "abcd")
        #expect(b.styleLines() == [".RR.", "...."])
        b.fill(Rect(x: 0, y: 1, width: 2, height: 1), style: Style(modifiers: .bold))
        #expect(b.styleLines()[1] == "BB..")
    }

    @Test func boxWithTitle() {
        var b = Buffer(width: 12, height: 3)
        let inner = b.drawBox(in: b.bounds, title: "Agenda")
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(b.plainLines() == ["┌ Agenda ──┐", "│          │", "└──────────┘"])
    }

    @Test func tableKeepsSelectionInView() {
        let rows = (0..<10).map { ["\($0)", "item \($0)"] }
        var table = TableView(columns: [TableColumn("#", width: 2, alignment: .right), TableColumn("Name")],
                              rows: rows, selected: 7)
        var b = Buffer(width: 12, height: 4)
        let offset = table.render(into: &b, rect: b.bounds)
        #expect(offset == 5)
        #expect(b.plainLines() == [" # Name     ", " 5 item 5   ", " 6 item 6   ", " 7 item 7   "])
        #expect(b.styleLines()[3] == "RRRRRRRRRRRR")
        table.offset = offset
        table.selected = 2
        #expect(table.render(into: &b, rect: b.bounds) == 2)
    }

    @Test func gaugeFillsFraction() {
        var b = Buffer(width: 10, height: 1)
        b.drawGauge(fraction: 0.5, label: "50%", in: b.bounds)
        #expect(b.plainLines() == ["   50%    "])
        #expect(b.styleLines() == ["RRRRR....."])
    }

    @Test func paragraphWrapsAndEllipsises() {
        var b = Buffer(width: 8, height: 2)
        #expect(b.drawParagraph("one two three four", in: b.bounds) == 2)
        #expect(b.plainLines() == ["one two ", "three…  "])
    }

    @Test func rectSplits() {
        let r = Rect(x: 0, y: 0, width: 10, height: 6)
        let (top, bottom) = r.splitVertically(topHeight: 2)
        #expect(top == Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(bottom == Rect(x: 0, y: 2, width: 10, height: 4))
        let (left, right) = r.splitHorizontally(leftWidth: 20)
        #expect(left.width == 10 && right.width == 0)
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 4))
    }
}
