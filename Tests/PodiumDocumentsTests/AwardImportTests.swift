import Foundation
import PodiumCore
import Testing
@testable import PodiumDocuments

/// An awards import makes the recipients delegates in the same plan — so the file is stored
/// with them or not at all — linking anyone already on the roster instead of listing them twice.
@Suite struct AwardImportTests {
    let header = "STT,\"Tên tập thể, cá nhân\",Loại,Chức vụ,Đơn vị,Hình thức khen thưởng\n"

    /// The demo's groups and decision with one delegate already on the roster.
    func event() throws -> EventData {
        var event = try SpreadsheetFixtures.emptyEvent()
        event.delegates = [Delegate(id: 7, name: "Lù Minh Quân", title: "Công chức", unit: "Phường Trung Tâm", groupKey: "communes")]
        event.awardPlan = AwardPlan()
        return event
    }

    @Test func recipientsBecomeDelegatesOrAreLinkedToTheRoster() throws {
        let rows = """
            1,UBND xã An Phú,Tập thể,,Xã An Phú,Bằng khen của Chủ tịch UBND tỉnh
            2,Lù Minh Quân,Cá nhân,Công chức,Phường Trung Tâm,Bằng khen của Chủ tịch UBND tỉnh
            3,Hà Hồng Oanh,Cá nhân,Phó Chủ tịch UBND,Xã A Mú Sung,Bằng khen của Chủ tịch UBND tỉnh

            """
        let plan = try SpreadsheetImport.plan(.awards, data: Data((header + rows).utf8), into: try event())
        #expect(plan.event.recipients.count == 3)
        #expect(plan.enrolment.linked.map(\.id) == [7])
        #expect(plan.enrolment.created.map(\.name) == ["Đại diện UBND xã An Phú", "Hà Hồng Oanh"])
        #expect(plan.enrolment.created.allSatisfy { $0.groupKey == "awardees" && $0.flags.contains(.awardRecipient) })
        #expect(plan.event.delegates.count == 3)
        #expect(plan.event.delegates.first { $0.id == 7 }?.flags.contains(.awardRecipient) == true)
    }

    @Test func aRefusedFileAddsNoDelegates() throws {
        let rows = "1,Hà Hồng Oanh,Cá nhân,Phó Chủ tịch UBND,Xã A Mú Sung,Bằng khen\n2,,Cá nhân,,Xã A,Bằng khen\n"
        let before = try event()
        #expect(throws: ImportProblems.self) { try SpreadsheetImport.plan(.awards, data: Data((header + rows).utf8), into: before) }
        // The event handed in is a value: a refusal leaves nothing half-imported to store.
        #expect(before.delegates.count == 1 && before.recipients.isEmpty)
    }

    @Test func otherImportsEnrolNobody() throws {
        let delegates = "STT,Họ và tên,Chức vụ,Đơn vị,Thành phần,Ghi chú\n1,Hà Văn Tuấn,Chuyên viên,Sở Nội vụ,\"Sở, ban, ngành\",\n"
        let plan = try SpreadsheetImport.plan(.delegates, data: Data(delegates.utf8), into: try event())
        #expect(plan.enrolment.isEmpty && plan.event.delegates.count == 2)
    }
}
