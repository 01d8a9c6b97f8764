import Foundation
import PodiumCore
import Testing
@testable import PodiumApp

/// Reading results tables: the sample file, maxima from headers, and every kind of bad input
/// reported with its line and column, typed and worded in Vietnamese or English by the strings layer.
@Suite struct IndexReaderTests {
    static let sampleURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PodiumDemo/Resources/par-index-2025.csv").standardized

    static func read(_ text: String, scheme: IndexScheme? = nil) throws -> IndexResults {
        try IndexReader.read(try CSVTable.parse(text), scheme: scheme)
    }

    static func problems(_ text: String, scheme: IndexScheme? = nil, vietnamese: Bool = true) -> [String] {
        do {
            _ = try read(text, scheme: scheme)
            return []
        } catch let problems as ImportProblems {
            let words = (vietnamese ? UIStrings.vietnamese : UIStrings.english).spreadsheet
            return problems.problems.map(words.located)
        } catch {
            return ["\(error)"]
        }
    }

    static let header = "STT,Đơn vị,Khối,Thể chế (60),Tác động (40),Tổng điểm 2024\n"

    /// Seen in a rehearsal: one row's group written "Sở ban nganh" made a second group with the
    /// same key, and every department was then listed under both.
    @Test func aGroupWrittenWithoutCommasOrAccentsIsTheSameGroup() throws {
        let results = try Self.read(Self.header + "1,Sở A,\"Sở, ban, ngành\",50,30,\n2,Sở B,Sở ban nganh,40,30,\n3,Xã C,\"Xã, phường\",45,35,\n")
        #expect(results.scheme.groups.map(\.name) == ["Sở, ban, ngành", "Xã, phường"])
        #expect(Set(results.units.map(\.groupKey)).count == 2)
        #expect(Set(results.scheme.groups.map(\.key)).count == results.scheme.groups.count)
    }

    @Test func theSampleFile() throws {
        let text = try String(contentsOf: Self.sampleURL, encoding: .utf8)
        let results = try Self.read(text)
        #expect(results.units.count == 115)
        #expect(results.scheme.fields.count == 8 && results.scheme.maximum == IndexPoints(hundredths: 10_000))
        #expect(results.scheme.fields[2].name == "Cải cách thủ tục hành chính" && results.scheme.fields[2].maximum == IndexPoints(hundredths: 1400))
        #expect(results.scheme.groups.map(\.name) == ["Sở, ban, ngành", "Xã, phường"])
        #expect(results.units[0].unit == "Sở Nội vụ" && results.units[0].lastYearTotal == IndexPoints(hundredths: 8992))
        let ranking = IndexRanking(results)
        #expect(ranking.units(in: results.scheme.groups[0].key).first?.unit == "Văn phòng UBND tỉnh")
    }

    @Test func selfAssessedAndAppraisedColumnsAndAFileRank() throws {
        let text = """
            Đơn vị,Khối,Tự đánh giá - Thể chế (60),Tự đánh giá - Tác động (40),Thẩm định - Thể chế (60),Thẩm định - Tác động (40),Thể chế (60),Tác động (40),Xếp hạng năm trước
            Sở A,"Sở, ban, ngành",55,38,50,36,50,35.5,3
            """
        let unit = try #require(try Self.read(text).units.first)
        #expect(unit.selfAssessed == [IndexPoints(hundredths: 5500), IndexPoints(hundredths: 3800)])
        #expect(unit.appraised == [IndexPoints(hundredths: 5000), IndexPoints(hundredths: 3600)])
        #expect(unit.final == [IndexPoints(hundredths: 5000), IndexPoints(hundredths: 3550)] && unit.lastYearRank == 3)
    }

    @Test func pointsOutOfRangeOrUnreadable() {
        let text = Self.header + """
            1,Sở A,"Sở, ban, ngành",61,10,
            2,Sở B,"Sở, ban, ngành",-1,10,
            3,Sở C,"Sở, ban, ngành",,10,
            4,Sở D,"Sở, ban, ngành",mười,10,
            """
        #expect(Self.problems(text) == [
            "2:4: 61 điểm vượt tối đa 60 của lĩnh vực \"Thể chế\"; sửa điểm này",
            "3:4: điểm âm (-1) ở lĩnh vực \"Thể chế\"; điểm phải từ 0 trở lên",
            "4:4: thiếu điểm lĩnh vực \"Thể chế\"; ghi 0 nếu đơn vị không đạt điểm nào",
            "5:4: \"mười\" không phải là số điểm (lĩnh vực \"Thể chế\"); ghi số như 9,23 hoặc 9.23",
        ])
        #expect(Self.problems(Self.header + "1,Sở A,\"Sở, ban, ngành\",61,10,\n", vietnamese: false) == [
            "2:4: 61 points exceed the maximum of 60 for field \"Thể chế\"; correct them",
        ])
    }

    @Test func aUnitTwiceOrInTwoGroups() {
        let text = Self.header + """
            1,Sở A,"Sở, ban, ngành",50,10,
            2,SỞ A,"Sở, ban, ngành",50,10,
            3,Sở A,"Xã, phường",50,10,
            """
        #expect(Self.problems(text) == [
            "3:2: \"SỞ A\" đã có ở dòng 2; mỗi đơn vị chỉ ghi một dòng",
            "4:3: \"Sở A\" đã có ở dòng 2 thuộc khối \"Sở, ban, ngành\"; một đơn vị chỉ thuộc một khối",
        ])
    }

    @Test func maximaAgainstTheTotalAndTheScheme() throws {
        #expect(Self.problems("Đơn vị,Khối,Thể chế (60),Tác động (30)\nSở A,Sở,1,1\n") == [
            "1:3: điểm tối đa các lĩnh vực cộng lại là 90, không bằng tổng 100 điểm của bộ chỉ số; kiểm tra lại điểm tối đa trong tiêu đề",
        ])
        let scheme = try Self.read(Self.header + "1,Sở A,Sở,1,1,\n").scheme
        #expect(Self.problems("Đơn vị,Khối,Thể chế (50),Tác động (50)\nSở A,Sở,1,1\n", scheme: scheme) == [
            "1:3: tiêu đề ghi tối đa 50 điểm cho \"Thể chế\" nhưng bộ chỉ số của sự kiện ghi 60; sửa tiêu đề hoặc bộ chỉ số cho khớp",
            "1:4: tiêu đề ghi tối đa 50 điểm cho \"Tác động\" nhưng bộ chỉ số của sự kiện ghi 40; sửa tiêu đề hoặc bộ chỉ số cho khớp",
        ])
        // Without maxima in the header, the scheme's are used; the group keeps its key.
        let again = try Self.read("Đơn vị,Khối,Thể chế,Tác động\nSở B,SO,60,40\n", scheme: scheme)
        #expect(again.scheme.fields == scheme.fields && again.units[0].groupKey == scheme.groups[0].key)
        #expect(Self.problems("Đơn vị,Khối,Thể chế,Tác động (40)\nSở B,Sở,6,4\n").first?.hasPrefix("1:3: lĩnh vực \"Thể chế\" không có điểm tối đa") == true)
    }

    @Test func missingColumnsAndEmptyTables() {
        #expect(Self.problems("Khối,Thể chế (100)\nSở,1\n") == ["1: không có cột \"Đơn vị\"; thêm cột này vào dòng tiêu đề"])
        #expect(Self.problems("Đơn vị,Khối\nSở A,Sở\n").first?.hasPrefix("1: không có cột lĩnh vực nào") == true)
        #expect(Self.problems("Đơn vị,Khối,Thể chế (100)\n") == ["2: tệp chỉ có dòng tiêu đề, không có đơn vị nào; thêm kết quả của các đơn vị"])
        #expect(Self.problems("Đơn vị,Khối,Thể chế (100),Tổng điểm\nSở A,Sở,50,51\n") == [
            "2:4: cột tổng ghi 51 nhưng các lĩnh vực cộng lại là 50; sửa tổng hoặc điểm lĩnh vực",
        ])
    }
}
