import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The queue pane and the MC screen during the contributions block, at the two reference sizes.
@Suite struct SpeakerSnapshotTests {
    /// The demo in its contributions block (segment 4): the first speaker done in 9 minutes,
    /// the second withdrawn, the third speaking for 6½ minutes (warning) at `Fixtures.morning`.
    func inContributions(pane: Pane = .agenda) throws -> AppState {
        var state = try Fixtures.state(pane: pane)
        let now = Fixtures.morning
        func ago(_ minutes: Double) -> Date { now.addingTimeInterval(-minutes * 60) }
        let actions: [(ShowAction, Date)] = [
            (.start, ago(76)), (.jump(segmentID: 4), ago(17)),
            (.speaker(contributionID: 1), ago(16)), (.speaker(contributionID: 3), ago(6.5)),
        ]
        let entries = actions.enumerated().map { index, item in
            JournalEntry(id: Int64(index + 1), time: item.1, operatorName: "minh", role: .mc, fact: .show(item.0))
        }
        state.event.contributions[1].status = .withdrawn
        state.show = ShowState(journal: entries, segments: state.event.segments)
        return state
    }

    @Test func mcScreenDuringContributions() throws {
        let state = try inContributions()
        #expect(state.speakerQueue.speaking?.phase == .warning)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "speakers-live-80x24-vi")
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "speakers-live-200x60-vi")
    }

    @Test func queuePane() throws {
        var state = try inContributions(pane: .speakers)
        state.selection[.speakers] = 2
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "speakers-queue-80x24-vi")
        state.language = .en
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "speakers-queue-200x60-en")
    }

    @Test func stageShowsTheSpeaker() throws {
        var state = try inContributions()
        state.view = .stage
        let lines = try Fixtures.render(state).buffer.plainLines()
        #expect(lines.contains { $0.contains("Đặng Hữu Dũng") })
        #expect(lines.contains { $0.contains("Lãnh đạo Công an tỉnh · Công an tỉnh") })
    }

    @Test func withdrawingTheSpeakerAsksFirst() throws {
        var state = try inContributions(pane: .speakers)
        state.selection[.speakers] = 2
        state.apply(.speakers(.withdraw))
        guard case .confirm(let confirmation)? = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirmation.effects == [.withdrawContribution(id: 3, force: true)])
        #expect(state.effects.isEmpty)
    }
}
