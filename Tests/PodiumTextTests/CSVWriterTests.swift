import PodiumText
import Testing

/// Every CSV export is written by `CSVWriter`: what it quotes, what it neutralises and how a
/// file begins and ends.
@Suite struct CSVWriterTests {
    @Test func plainCellsStayAsTheyAre() {
        #expect(CSVWriter.cell("Nguyễn Văn An") == "Nguyễn Văn An")
        #expect(CSVWriter.cell("") == "")
        #expect(CSVWriter.cell("512/QĐ-UBND") == "512/QĐ-UBND")
    }

    @Test func commasQuotesAndLineBreaksAreQuoted() {
        #expect(CSVWriter.cell("Sở Nội vụ, Phòng CCHC") == "\"Sở Nội vụ, Phòng CCHC\"")
        #expect(CSVWriter.cell("Giám đốc \"Trưởng\" ban") == "\"Giám đốc \"\"Trưởng\"\" ban\"")
        #expect(CSVWriter.cell("dòng một\ndòng hai") == "\"dòng một\ndòng hai\"")
        #expect(CSVWriter.cell("a\r\nb") == "\"a\r\nb\"")
    }

    @Test func aLeadingFormulaCharacterIsNeutralised() {
        #expect(CSVWriter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.cell("+84 912") == "'+84 912")
        #expect(CSVWriter.cell("-5") == "'-5")
        #expect(CSVWriter.cell("@SUM") == "'@SUM")
        #expect(CSVWriter.cell("\rx") == "\"'\rx\"")
        // Only at the start: inside a cell the characters are text.
        #expect(CSVWriter.cell("5-3=2") == "5-3=2")
    }

    @Test func cellsAreSanitisedAndComposed() {
        // The one sanitiser drops the whole escape sequence, not only its ESC.
        #expect(CSVWriter.cell("a\u{1B}[31mb\u{7}") == "ab")
        #expect(CSVWriter.cell("Ho\u{0300}a") == "Hòa")
    }

    @Test func aDocumentEndsEveryRowWithCRLFAndLeadsWithAMarkWhenAsked() {
        let rows = [["STT", "Họ và tên"], ["1", "Lê, Thị B"]]
        #expect(CSVWriter.document(rows, byteOrderMark: true) == "\u{FEFF}STT,Họ và tên\r\n1,\"Lê, Thị B\"\r\n")
        #expect(CSVWriter.document(rows, byteOrderMark: false) == "STT,Họ và tên\r\n1,\"Lê, Thị B\"\r\n")
        #expect(CSVWriter.line(rows[1]) == "1,\"Lê, Thị B\"")
    }
}
