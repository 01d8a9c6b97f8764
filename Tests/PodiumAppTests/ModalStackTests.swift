@testable import PodiumApp
import PodiumCore
import TermCore
import Testing

/// One stack of modals: the top one takes the keys and is drawn over the rest; Esc closes only it.
@Suite struct ModalStackTests {
    private func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = state.update(.input(.key(key), frame: nil)) }
    }

    private func organiserOnChecklist() throws -> AppState {
        var state = try Fixtures.state(pane: .checklist)
        state.role = .organizer
        return state
    }

    @Test func helpOpensOverAFormAndEscGivesTheFormBackAsTyped() throws {
        var state = try organiserOnChecklist()
        press([.char("a"), .char("M"), .char("i")], &state)
        guard case .overlay(.form(let typed))? = state.topModal else {
            Issue.record("a opens the add form")
            return
        }
        press([.function(1)], &state)
        #expect(state.modals == [.overlay(.form(typed)), .overlay(.help)])
        // The help is drawn over the form.
        let frame = try Fixtures.render(state, width: 100, height: 30)
        #expect(frame.buffer.plainLines().joined().contains(state.strings.helpTitle))
        // Keys go to the help, not into the form.
        press([.char("j")], &state)
        #expect(state.modals.first == .overlay(.form(typed)))
        press([.escape], &state)
        #expect(state.modals == [.overlay(.form(typed))])
        press([.escape], &state)
        #expect(state.modals.isEmpty)
    }

    @Test func theImportDialogTakesEveryKeyUntilEsc() throws {
        var state = try organiserOnChecklist()
        press([.char("I")], &state)
        guard case .importDialog? = state.topModal else {
            Issue.record("I opens the import dialog")
            return
        }
        // "q" and "?" are typed into the path, not quit or help.
        press([.char("q"), .char("?")], &state)
        #expect(state.modals.count == 1)
        #expect(state.importDialog?.path.text == "q?")
        press([.escape], &state)
        #expect(state.modals.isEmpty)
        #expect(!state.shouldQuit)
    }

    @Test func enterInTheImportDialogAsksTheRunnerToCheckTheFile() throws {
        var state = try organiserOnChecklist()
        press([.char("I"), .char("a")], &state)
        let effects = state.update(.input(.key(.enter), frame: nil))
        #expect(effects.contains { if case .checkImport(let dialog, _, _) = $0 { dialog.path.text == "a" } else { false } })
        _ = state.update(.importProgress(done: 3, total: 9))
        #expect(state.importDialog?.stage == .reading(done: 3, total: 9))
        _ = state.update(.importChecked(.refused(["a: ?"]), remedies: []))
        #expect(state.importDialog?.stage == .refused(["a: ?"]))
    }

    @Test func theSeatingLineIsAModalThatHelpCanCover() throws {
        var state = try Fixtures.state(pane: .seating)
        state.role = .protocol
        press([.char("/"), .char("N"), .char("g")], &state)
        #expect(state.modals == [.seatingInput(.search("Ng"))])
        #expect(state.seatingView.input == .search("Ng"))
        press([.function(1)], &state)
        #expect(state.topModal == .overlay(.help))
        press([.escape], &state)
        #expect(state.modals == [.seatingInput(.search("Ng"))])
        press([.escape], &state)
        #expect(state.modals.isEmpty)
        #expect(state.seatingView.input == nil)
    }

    @Test func aQuestionReplacesTheFormThatAskedIt() throws {
        var state = try organiserOnChecklist()
        state.overlay = .form(Form(title: "t", fields: [], purpose: .checklistAdd))
        state.overlay = .confirm(Confirmation(question: "?", effects: []))
        #expect(state.modals == [.overlay(.confirm(Confirmation(question: "?", effects: [])))])
        state.overlay = nil
        #expect(state.modals.isEmpty)
    }
}
