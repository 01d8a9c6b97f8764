import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The announcement on stage and on the MC's screen: what has been revealed, in large type
/// with the chart, and the sentence for the next step.
@Suite struct IndexRevealTests {
    func announcing(revealed: Int, view: AppState.View, also extra: [JournalEntry] = []) throws -> AppState {
        var state = try Fixtures.state()
        state.view = view
        let segment = try #require(state.event.segments.first { $0.kind == .announcement })
        let jump = ShowAction.jump(segmentID: segment.id)
        state.show = ShowState(journal: [
            JournalEntry(id: 1, time: Fixtures.morning.addingTimeInterval(-120), operatorName: "minh", role: .mc, fact: .show(jump)),
        ] + extra, segments: state.event.segments)
        state.indexReveal = IndexRevealProgress(revealed: revealed)
        return state
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func stageShowsTheRevealedPlaces(size: (Int, Int)) throws {
        let state = try announcing(revealed: 3, view: .stage)
        try Golden.check(try Fixtures.render(state, width: size.0, height: size.1).buffer.plainLines(), named: "index-stage-\(size.0)x\(size.1)-vi")
    }

    @Test func stageWaitsBeforeTheFirstStepAndShowsTheRestAsAList() throws {
        let waiting = try Fixtures.render(try announcing(revealed: 0, view: .stage)).buffer.plainLines().joined()
        #expect(waiting.contains("Kết quả sẽ được công bố sau đây"))
        let rest = try Fixtures.render(try announcing(revealed: 1, view: .stage), width: 200, height: 60).buffer.plainLines().joined()
        #expect(rest.contains("Xếp từ thứ tư đến thứ 16 khối sở, ban, ngành là"))
    }

    @Test func theMCsMessageStillReachesTheStage() throws {
        let message = ShowAction.message(text: "Còn 1 phút", blink: false)
        let state = try announcing(revealed: 3, view: .stage, also: [
            JournalEntry(id: 9, time: Fixtures.morning, operatorName: "minh", role: .mc, fact: .show(message)),
        ])
        let lines = try Fixtures.render(state).buffer.plainLines()
        #expect(lines.joined().contains("Còn 1 phút") && lines.joined().contains("SỞ NỘI VỤ"))
    }

    @Test func theMCSeesTheNextStepAndItsSentence() throws {
        let state = try announcing(revealed: 3, view: .main)
        let lines = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines()
        try Golden.check(lines, named: "index-mc-200x60-vi")
        #expect(lines.joined().contains("Đứng đầu khối sở, ban, ngành là Văn phòng UBND tỉnh với 96,71 điểm."))
        #expect(lines.joined().contains("Công bố: 3/8 bước"))
    }
}
