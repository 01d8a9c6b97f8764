import PodiumApp
import PodiumCore
import TermCore
import Testing

@Suite struct StageMessageTests {
    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys {
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
        }
    }

    @Test func theMCTypesAMessageForTheStage() throws {
        var state = try Fixtures.state()
        press([.char("M")], &state)
        press([.enter], &state)
        guard case .form(let empty)? = state.overlay else {
            Issue.record("the form closed on an empty message")
            return
        }
        #expect(empty.error == state.strings.stageMessageEmpty && state.effects.isEmpty)
        press("Xin mời kết thúc".map { Key.char($0) } + [.tab, .ctrl("u"), .char("c"), .enter], &state)
        #expect(state.effects == [.perform(.message(text: "Xin mời kết thúc", blink: true))])
        #expect(state.overlay == nil)
    }

    @Test func absentLeadersAreFlaggedOnTheMCScreen() throws {
        var state = try Fixtures.state()
        #expect(try Fixtures.render(state).buffer.plainLines().joined().contains("⚑ Lãnh đạo chưa đến: Hà Thu Hoa"))
        for index in state.event.delegates.indices where state.event.delegates[index].groupKey == "leaders" {
            state.event.delegates[index].checkedIn = true
        }
        #expect(!(try Fixtures.render(state).buffer.plainLines().joined().contains("Lãnh đạo chưa đến")))
    }
}
