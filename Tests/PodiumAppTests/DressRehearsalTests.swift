import Foundation
import PodiumCore
import PodiumDocuments
import TermCore
import Testing
@testable import PodiumApp

/// What the dress rehearsal found on the screens, each checked on the rendered text.
@Suite struct DressRehearsalTests {
    private func screen(_ state: AppState, width: Int = 80, height: Int = 24) throws -> String {
        try Fixtures.render(state, width: width, height: height).buffer.plainLines().joined(separator: "\n")
    }

    @Test func speakersFooterRecountsAfterAWithdrawal() throws {
        var state = try Fixtures.state(pane: .speakers)
        let before = try screen(state)
        #expect(before.contains("6 tham luận · 48 phút"), "\(before)")
        state.event.contributions[1].status = .withdrawn
        let after = try screen(state)
        #expect(after.contains("5 tham luận · 40 phút · 1 đã rút"), "\(after)")
        state.language = .en
        #expect(try screen(state).contains("5 contributions · 40 min · 1 withdrawn"))
    }

    private func press(_ keys: Key..., into state: inout AppState) {
        for key in keys {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
    }

    @Test func theAwardsPaneWarnsWhenTheListOutrunsItsSegment() throws {
        var state = try Fixtures.state(pane: .awards)
        #expect(!(try screen(state, width: 200, height: 60)).contains("⚠ Ước tính"))
        state.event.awardPlan.settings.secondsPerRecipient = 60
        let vi = try screen(state, width: 200, height: 60)
        #expect(vi.contains("⚠ Ước tính 48:40, dài hơn phần “Công bố Quyết định và trao Bằng khen của Chủ tịch UBND tỉnh” (35:00)"), "\(vi)")
        state.language = .en
        let en = try screen(state)
        #expect(en.contains("⚠ Estimated 48:40, longer than"), "\(en)")
    }

    @Test func theChecklistCursorRestsOnTasksNotHeadings() throws {
        var state = try Fixtures.state(pane: .checklist)
        state.role = .organizer
        let first = try #require(state.selectedChecklistItem)
        press(.up, into: &state)
        #expect(state.selectedChecklistItem == first)
        // Walking down the whole list never stops on a heading.
        for _ in 0..<state.event.checklist.count + 10 {
            press(.down, into: &state)
            #expect(state.selectedChecklistItem != nil)
        }
        press(.char("v"), into: &state)
        #expect(state.selectedChecklistItem != nil)
        press(.home, into: &state)
        #expect(state.selectedChecklistItem != nil)
    }

    @Test func aQuestionAnsweredWithAnotherKeySaysItWasCancelled() throws {
        var state = try Fixtures.state(pane: .checklist)
        state.role = .organizer
        press(.char("q"), into: &state)
        #expect(state.overlay == .confirmQuit)
        press(.char("x"), into: &state)
        #expect(state.overlay == nil && !state.shouldQuit)
        #expect(state.notice == "Đã hủy, không thay đổi gì (muốn làm thì bấm lại phím đó rồi trả lời c).")
        state.notice = nil
        state.language = .en
        press(.char("d"), into: &state)
        #expect(state.overlay != nil)
        press(.char("z"), into: &state)
        #expect(state.overlay == nil && state.effects.isEmpty)
        #expect(state.notice == "Cancelled; nothing changed (to do it, press the key again and answer y).")
        #expect(try screen(state).contains("Cancelled; nothing changed"))
    }

    @Test func withoutAHallTheStatusBarSaysHowToMakeOneNotAConflictCount() throws {
        var state = try Fixtures.state(pane: .speakers)
        state.event.hall = .empty
        state.event.seating.assignments = []
        let vi = try screen(state, width: 200, height: 60)
        #expect(vi.contains("⚠ chưa có hội trường: bấm 2, H") && !vi.contains("xung đột"), "\(vi)")
        // At 80 columns too, with the rehearsal banner taking its share of the line.
        state.event.info.date = CivilDate(year: 2001, month: 1, day: 1)
        let narrow = try screen(state)
        #expect(narrow.contains("⚠ chưa có hội trường: bấm 2, H"), "\(narrow)")
        state.language = .en
        let en = try screen(state, width: 200, height: 60)
        #expect(en.contains("⚠ no hall yet: press 2, H") && !en.contains("conflict"), "\(en)")
        state.event.hall = try Fixtures.state().event.hall
        #expect(try screen(state, width: 200, height: 60).contains("298 conflicts"))
    }

    @Test func anAwardsImportPreviewSaysWhoBecomesADelegate() throws {
        var state = try Fixtures.state(pane: .awards)
        // The roster as it was before any award list: nobody marked as a recipient.
        state.event.recipients = []
        state.event.awardPlan = AwardPlan()
        for index in state.event.delegates.indices { state.event.delegates[index].flags.remove(.awardRecipient) }
        let csv = "STT,Tên tập thể, cá nhân,Loại,Chức vụ,Đơn vị,Hình thức khen thưởng\n"
            .replacingOccurrences(of: "Tên tập thể, cá nhân", with: "\"Tên tập thể, cá nhân\"")
            + "1,Sùng A Páo,Cá nhân,Công chức,Xã Y Tý,Bằng khen\n2,Triệu Hữu Khánh,Cá nhân,Phó Chủ tịch UBND,Xã Bản Hồ,Bằng khen\n"
        let plan = try SpreadsheetImport.plan(.awards, data: Data(csv.utf8), into: state.event)
        var dialog = ImportDialog(kind: .awards, path: "awards.csv")
        dialog.stage = .preview(ImportPreview(plan: plan))
        state.importDialog = dialog
        let text = try screen(state, width: 200, height: 60)
        #expect(text.contains("Người nhận khen thưởng: 1 sẽ thành đại biểu để có ghế, 1 đã có trong danh sách đại biểu"), "\(text)")
    }
}
