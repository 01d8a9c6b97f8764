import PodiumCore
import Testing

@Suite struct CSVTableTests {
    @Test func parsesBOMQuotesAndEmbeddedNewlines() throws {
        let text = "\u{FEFF}STT,Họ và tên,\"Cơ quan, đơn vị\"\r\n1,\"Hà \"\"Thu\"\" Hoa\",\"Tỉnh ủy\nLào Cai\"\r\n\r\n2,Tẩn Thanh Tuấn,Tỉnh ủy\r\n"
        let table = try CSVTable.parse(text)
        #expect(table.header == ["STT", "Họ và tên", "Cơ quan, đơn vị"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].fields == ["1", "Hà \"Thu\" Hoa", "Tỉnh ủy\nLào Cai"])
        #expect(table.rows[0].line == 2)
        // The quoted newline moves the next record's line number on; the blank line is skipped.
        #expect(table.rows[1].line == 5)
    }

    /// The split reads bytes; where a separator or quote is joined into one character with
    /// its neighbour it must still read as the split by character does.
    @Test func aCommaCarryingACombiningMarkStaysInItsField() throws {
        let table = try CSVTable.parse("Tên,Đơn vị\nAn,\u{301}Sở\nBình,\"Ban, Sở\"\n")
        #expect(table.rows.map(\.fields) == [["An,\u{301}Sở"], ["Bình", "Ban, Sở"]])
        let plain = try CSVTable.parse("Tên,Đơn vị\nAn,Sở\n")
        #expect(plain.rows.map(\.fields) == [["An", "Sở"]])
    }

    @Test func aLoneCarriageReturnEndsARecordAndQuotedBreaksCountLines() throws {
        let table = try CSVTable.parse("a,b\r1,\"x\r\ny\"\r2,Lào Cai")
        #expect(table.rows.map(\.fields) == [["1", "x\r\ny"], ["2", "Lào Cai"]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func detectsSemicolonAndTabSeparators() throws {
        #expect(try CSVTable.parse("STT;Họ và tên\n1;An\n").separator == ";")
        #expect(try CSVTable.parse("STT\tHọ và tên\n1\tAn\n").separator == "\t")
        #expect(try CSVTable.parse("\"STT;x\",Họ và tên\n1,An\n").separator == ",")
    }

    @Test func reportsAnUnterminatedQuoteWithItsLine() {
        #expect(throws: CSVTable.ParseError.unterminatedQuote(line: 2)) {
            try CSVTable.parse("a,b\n1,\"never closed\n")
        }
        #expect(throws: CSVTable.ParseError.empty) { try CSVTable.parse("\u{FEFF}\n\n") }
    }
}
