import Foundation
import PodiumCore
import PodiumDocuments
import Testing
import TermCore
@testable import PodiumApp

@Suite struct ImportDialogTests {
    @Test func keysTypeThePathSwitchKindAndAskTheLoopToRead() throws {
        var state = try Fixtures.state(pane: .speakers)
        state.role = .organizer
        state.apply(state.command(for: .key(.char("I")), frame: nil) ?? .redraw)
        #expect(state.importDialog?.kind == .speakers)
        for key in [Key.char("a"), .char("."), .char("c"), .backspace, .char("\u{1B}"), .char("x")] {
            state.apply(state.command(for: .key(key), frame: nil) ?? .redraw)
        }
        #expect(state.importDialog?.path.text == "a.x")
        state.apply(state.command(for: .key(.right), frame: nil) ?? .redraw)
        #expect(state.importDialog?.kind == .awards)
        state.apply(state.command(for: .key(.enter), frame: nil) ?? .redraw)
        #expect(state.pendingImport == .plan)
        #expect(state.importDialog?.stage == .reading(done: 0, total: 0))
        let screen = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(screen.contains("Nhập từ bảng tính") && screen.contains("Khen thưởng"))
    }

    @Test func viewersAndReadOnlyFilesCannotOpenTheDialog() throws {
        var state = try Fixtures.state(readOnly: true)
        #expect(KeyMap.command(for: .char("I"), in: state).disabledReason != nil)
        state = try Fixtures.state()
        state.role = .viewer
        #expect(KeyMap.command(for: .char("I"), in: state).0 == nil)
        state.role = .protocol
        #expect(KeyMap.command(for: .char("I"), in: state).0 == .openImport)
    }

    @Test func thePreviewShowsMatchedColumnsAndFirstRows() throws {
        let state = try Fixtures.state()
        let csv = "STT,Họ và tên,Thành phần,Điện thoại\n1,Lò Thị \u{1B}[31mHoa,press,0912\n"
        let plan = try SpreadsheetImport.plan(.delegates, data: Data(csv.utf8), into: state.event)
        let preview = ImportPreview(plan: plan)
        #expect(preview.titles == ["STT", "Họ và tên", "Thành phần"])
        #expect(preview.rows == [["1", "Lò Thị Hoa", "press"]])
        #expect(preview.added == 1 && preview.warnings.count == 2)
    }
}
