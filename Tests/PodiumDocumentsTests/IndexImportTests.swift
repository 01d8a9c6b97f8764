import Foundation
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumDocuments

/// Index results through the spreadsheet path: every encoding and separator the other imports
/// take, .xlsx, the sample file, and problems located and worded in the interface's language.
@Suite struct IndexImportTests {
    static let text = "STT,Đơn vị,Khối,Thể chế (60),Tác động (40),Tổng điểm 2024\n1,Sở Nội vụ,\"Sở, ban, ngành\",50.5,39,80\n2,Xã Bát Xát,\"Xã, phường\",40,30,\n"

    static func plan(_ data: Data, into event: EventData? = nil) throws(ImportProblems) -> ImportPlan {
        try SpreadsheetImport.plan(.index, data: data, into: event ?? EventData.blank(title: "T", date: CivilDate(year: 2026, month: 3, day: 26)))
    }

    static func expectTwoUnits(_ plan: ImportPlan, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(plan.event.index.units.map(\.unit) == ["Sở Nội vụ", "Xã Bát Xát"], sourceLocation: sourceLocation)
        #expect(plan.event.index.units.first?.final == [IndexPoints(hundredths: 5050), IndexPoints(hundredths: 3900)], sourceLocation: sourceLocation)
        #expect(plan.event.index.units.first?.lastYearTotal == IndexPoints(hundredths: 8000), sourceLocation: sourceLocation)
    }

    @Test func utf8Utf16SemicolonsAndTabs() throws {
        Self.expectTwoUnits(try Self.plan(Data(Self.text.utf8)))
        Self.expectTwoUnits(try Self.plan(SpreadsheetFixtures.utf16(Self.text.replacingOccurrences(of: ",", with: "\t").replacingOccurrences(of: "\"Sở\tban\tngành\"", with: "Sở, ban, ngành").replacingOccurrences(of: "\"Xã\tphường\"", with: "Xã, phường"), littleEndian: true)))
        let semicolons = "STT;Đơn vị;Khối;Thể chế (60);Tác động (40);Tổng điểm 2024\n1;Sở Nội vụ;Sở, ban, ngành;50,5;39;80\n2;Xã Bát Xát;Xã, phường;40;30;\n"
        Self.expectTwoUnits(try Self.plan(Data(semicolons.utf8)))
    }

    @Test func windows1258() throws {
        // "Đơn vị" is written with Đ as 0xD0 and ơ as 0xF5; the rest is ASCII.
        var bytes: [UInt8] = [0xD0, 0xF5] + Array("n vi,Khoi,A (100)\r\nSo A,So,99.5\r\n".utf8)
        bytes[0] = 0xD0
        let plan = try Self.plan(Data(bytes))
        #expect(plan.file.source == .csv(encoding: .windows1258, separator: ","))
        #expect(plan.event.index.units.first?.final == [IndexPoints(hundredths: 9950)])
    }

    @Test func xlsxWithNumbersAsNumbers() throws {
        let shared = ["Đơn vị", "Khối", "Thể chế (60)", "Tác động (40)", "Sở Nội vụ", "Sở, ban, ngành"]
        let sheet = SpreadsheetFixtures.Sheet(name: "Kết quả", rows: [
            1: "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>",
            2: "<c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\" t=\"s\"><v>5</v></c><c r=\"C2\"><v>50.500000000000007</v></c><c r=\"D2\"><v>39</v></c>",
        ])
        let plan = try Self.plan(try SpreadsheetFixtures.xlsx(sheets: [sheet], shared: shared))
        #expect(plan.event.index.units.first?.final == [IndexPoints(hundredths: 5050), IndexPoints(hundredths: 3900)])
    }

    @Test func theSampleIntoTheDemoKeepsItsSchemeSettings() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/PodiumDemo/Resources/par-index-2025.csv").standardized
        var demo = try DemoEvent.make()
        demo.index.scheme.tiers[0].minimumPercent = 95
        let plan = try Self.plan(try Data(contentsOf: url), into: demo)
        #expect(plan.added == 115 && plan.event.index.scheme.tiers[0].minimumPercent == 95)
        #expect(plan.event.index.scheme.reveal == .topThreeLast && plan.event.index.scheme.title == "Chỉ số CCHC năm 2025")
        #expect(plan.matchedColumns.filter { $0.field == "field" }.count == 8)
    }

    @Test func problemsInEitherLanguageAndAnEmptyFile() {
        func problems(_ text: String) -> [ImportProblem] {
            do {
                _ = try Self.plan(Data(text.utf8))
                return []
            } catch {
                return error.problems
            }
        }
        // Typed: the interface words them in its language (see SpreadsheetMessageTests).
        #expect(problems("") == [ImportProblem(line: 1, column: 0, issue: .index(.emptyFile))])
        #expect(problems("\u{FEFF}\n") == [ImportProblem(line: 1, column: 0, issue: .index(.emptyFile))])
        // A broken row is reported with the score problems of the others.
        let text = "Đơn vị,Khối,A (100)\nSở A,Sở,101\nSở B,Sở,1,2\n"
        #expect(problems(text).count == 2)
        #expect(problems(text).first == ImportProblem(line: 2, column: 3, issue: .index(.aboveMaximum(
            field: "A", points: IndexPoints(hundredths: 10_100), maximum: IndexPoints(hundredths: 10_000)))))
    }
}
