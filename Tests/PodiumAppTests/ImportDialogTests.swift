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
        let preview = ImportPreview(plan: plan, words: UIStrings.vietnamese.spreadsheet)
        #expect(preview.titles == ["STT", "Họ và tên", "Thành phần"])
        #expect(preview.rows == [["1", "Lò Thị Hoa", "press"]])
        #expect(preview.added == 1 && preview.warnings.count == 2)
        #expect(preview.source == "CSV, UTF-8, phân cách ,")
        #expect(preview.warnings.contains { $0.hasPrefix("2:2: đã bỏ ký tự điều khiển") })
    }
}

/// The dialog's choices after a refusal: create the groups, skip or merge duplicates, compare
/// a revised list; and moving a new group before importing.
@Suite struct ImportChoiceTests {
    func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("choice-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func key(_ key: Key, _ state: inout AppState) {
        state.apply(state.command(for: .key(key), frame: nil) ?? .redraw)
    }

    @Test func aListWithUnknownGroupsOffersToCreateThemAndTheirOrderCanChange() throws {
        var state = try Fixtures.state()
        state.event.groups = []
        state.event.delegates = []
        state.event.seating.assignments = []
        let path = try file("Họ và tên,Đơn vị,Thành phần\nAn,Sở A,Sở ngành\nBình,Báo X,Báo chí\n")
        var dialog = ImportDialog(kind: .delegates, path: path)
        let runner = ImportRunner()
        let refused = runner.check(dialog, event: state.event) { _, _ in }
        #expect(refused.remedies == [.createGroups(count: 2)])
        dialog.stage = refused.stage
        dialog.remedies = refused.remedies
        state.importDialog = dialog
        let screen = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(screen.contains("g: tạo 2 nhóm"))

        key(.char("g"), &state)
        #expect(state.pendingImport == .plan && state.importDialog?.createGroups == true)
        let preview = runner.check(try #require(state.importDialog), event: state.event) { _, _ in }
        guard case .preview(let shown) = preview.stage else { Issue.record("no preview"); return }
        #expect(shown.groups.map(\.name) == ["Sở ngành", "Báo chí"])
        state.importDialog?.stage = preview.stage
        key(.char("J"), &state)
        #expect(state.importDialog?.groupOrder == ["Báo chí", "Sở ngành"])
        let moved = runner.check(try #require(state.importDialog), event: state.event) { _, _ in }
        guard case .preview(let reordered) = moved.stage else { Issue.record("no preview"); return }
        #expect(reordered.groups.map(\.name) == ["Báo chí", "Sở ngành"])
    }

    @Test func duplicatesOfferSkipMergeOrARevisedListInsteadOfARefusal() throws {
        var state = try Fixtures.state()
        let first = state.event.delegates[0]
        let path = try file("Họ và tên,Chức vụ,Đơn vị,Thành phần\n\(first.name),Chức vụ mới,\(first.unit),\(first.groupKey)\n")
        let runner = ImportRunner()
        var dialog = ImportDialog(kind: .delegates, path: path)
        let refused = runner.check(dialog, event: state.event) { _, _ in }
        #expect(refused.remedies == [.skipOrMergeDuplicates, .compareAsRevision])
        dialog.stage = refused.stage
        dialog.remedies = refused.remedies
        state.importDialog = dialog
        key(.char("v"), &state)
        #expect(state.importDialog?.revision == RosterRevision.Choices())
        let compared = runner.check(try #require(state.importDialog), event: state.event) { _, _ in }
        guard case .preview(let shown) = compared.stage else { Issue.record("no preview"); return }
        // The award recipients came with the award list, not this one: never "gone".
        let invited = state.event.delegates.count - RecipientEnrolment.attendeeIDs(state.event).subtracting([first.id]).count
        #expect(shown.revision?.changed == 1 && shown.revision?.gone == invited - 1)
        state.importDialog?.stage = compared.stage
        key(.char("3"), &state)
        #expect(state.importDialog?.revision?.gone == .remove)
        let screen = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(screen.contains("3 Không còn trong danh sách: \(invited - 1) → xóa"))
    }

    /// A file with many duplicates and one row only mending the file can fix: that row comes
    /// first, and what does not fit says how many more there are and where to read them.
    @Test func aLongRefusalLeadsWithWhatTheFileMustFixAndCountsTheRest() throws {
        var state = try Fixtures.state()
        let rows = state.event.delegates.prefix(30).map { "\"\($0.name)\",\"\($0.title)\",\"\($0.unit)\",\($0.groupKey)" }
        let path = try file("Họ và tên,Chức vụ,Đơn vị,Thành phần\n" + rows.joined(separator: "\n") + "\n,Chuyên viên,Sở Nội vụ,departments\n")
        var dialog = ImportDialog(kind: .delegates, path: path)
        let refused = ImportRunner().check(dialog, event: state.event) { _, _ in }
        guard case .refused(let problems) = refused.stage else { Issue.record("not refused"); return }
        #expect(refused.remedies.isEmpty && problems.count == 31)
        #expect(problems.first?.contains(":32:") == true)
        dialog.stage = refused.stage
        state.importDialog = dialog
        let screen = try Fixtures.render(state).buffer.plainLines().joined(separator: "\n")
        #expect(screen.contains(":32:") && screen.contains("lỗi nữa; xem đủ bằng podium import delegates"))
    }
}
