import PodiumCore
import Testing

@Suite struct RosterReaderTests {
    let groups = [
        ParticipantGroup(id: 1, key: "leaders", name: "Lãnh đạo tỉnh", order: 1, level: .province, aliases: ["Thường trực UBND tỉnh"]),
        ParticipantGroup(id: 2, key: "departments", name: "Các sở", order: 2, level: .province, aliases: ["Sở, ban, ngành"]),
    ]

    @Test func matchesHeadersBySynonymIgnoringCaseAndDiacritics() throws {
        let csv = "TT,HO TEN,Chức danh,\"Cơ quan, đơn vị\",Khối,Điện thoại\n1,Hà Quang Anh,Chủ tịch UBND tỉnh,UBND tỉnh,thuong truc ubnd tinh,0900\n"
        let table = try CSVTable.parse(csv)
        let map = try ColumnMap(header: table.header, fields: RosterReader.delegateFields)
        #expect(map.unknownColumns == ["Điện thoại"])
        let delegates = try RosterReader.delegates(from: table, groups: groups)
        #expect(delegates == [Delegate(id: 1, name: "Hà Quang Anh", title: "Chủ tịch UBND tỉnh", unit: "UBND tỉnh", groupKey: "leaders")])
    }

    @Test func collectsEveryProblemWithLineAndColumn() throws {
        let csv = "STT,Họ và tên,Đơn vị,Thành phần\n1,,Sở Y tế,Sở, ban, ngành\n2,An,Sở Y tế,Khối lạ\n"
        let table = try CSVTable.parse(csv)
        do {
            _ = try RosterReader.delegates(from: table, groups: groups)
            Issue.record("expected problems")
        } catch {
            #expect(error.problems == [
                ImportProblem(line: 2, column: 2, issue: .emptyName),
                ImportProblem(line: 3, column: 4, issue: .notAGroup(text: "Khối lạ", known: ["Lãnh đạo tỉnh", "Các sở"])),
            ])
            #expect(error.report(file: "ds.csv").hasPrefix("ds.csv:2:2: "))
        }
    }

    @Test func refusesDuplicateAndMissingRequiredHeaders() throws {
        let table = try CSVTable.parse("Họ tên,Họ và tên\nAn,An\n")
        #expect(throws: ImportProblems.self) { try ColumnMap(header: table.header, fields: RosterReader.delegateFields) }
        let missing = try CSVTable.parse("STT,Đơn vị\n1,Sở\n")
        do {
            _ = try ColumnMap(header: missing.header, fields: RosterReader.delegateFields)
            Issue.record("expected a missing-column problem")
        } catch {
            guard case .missingColumn(field: "name", _) = error.problems.first?.issue else {
                Issue.record("expected missingColumn(name), got \(error.problems)")
                return
            }
        }
    }

    @Test func readsRecipientsAndRejectsUnknownKindOrMissingUnit() throws {
        let good = try CSVTable.parse("STT,\"Tên tập thể, cá nhân\",Loại,Chức vụ,Đơn vị,Hình thức khen thưởng\n1,UBND xã An Phú,Tập thể,,Xã An Phú,Bằng khen\n2,Hà Hồng Oanh,Cá nhân,Phó Chủ tịch UBND,Xã A Mú Sung,Bằng khen\n")
        let recipients = try RosterReader.recipients(from: good, decisionID: 1)
        #expect(recipients.map(\.kind) == [.collective, .individual])
        #expect(recipients[1].order == 2 && recipients[1].title == "Phó Chủ tịch UBND")
        let bad = try CSVTable.parse("Tên,Loại,Đơn vị,Hình thức\nAn,Nhóm,Sở,Bằng khen\nBình,Cá nhân,,Bằng khen\n")
        do {
            _ = try RosterReader.recipients(from: bad, decisionID: 1)
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.line) == [2, 3])
        }
    }
}
