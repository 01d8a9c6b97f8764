import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The awards pane during the ceremony: the batch on stage, ticks, absentees, the next batch.
@Suite struct AwardsPaneTests {
    /// The demo in batch 2 with two recipients ticked, one absent and one received on behalf.
    func liveState(language: Language = .vi) throws -> AppState {
        var state = try Fixtures.state(language: language, pane: .awards)
        state.event.recipients = state.event.recipients.map { recipient in
            var recipient = recipient
            if recipient.id == 12 { recipient.attendance = .absent }
            if recipient.id == 13 {
                recipient.attendance = .absent
                recipient.receivedBy = "Nguyễn Văn Bình"
            }
            if recipient.id == 14 { recipient.pronunciation = "Xín Mần" }
            return recipient
        }
        let actions: [AwardAction] = [.nextBatch, .tick(recipientID: 10), .tick(recipientID: 11)]
        state.awards = AwardProgress(journal: actions.enumerated().map { index, action in
            JournalEntry(id: Int64(index + 1), time: Fixtures.morning, operatorName: "minh", role: .mc,
                         fact: .awards(.step(action, recipientName: nil, batch: nil)))
        })
        state.selection[.awards] = 3
        return state
    }

    @Test func liveBatchAtBothSizes() throws {
        let state = try liveState()
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "awards-live-80x24-vi")
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "awards-live-200x60-vi")
        try Golden.check(try Fixtures.render(try liveState(language: .en)).buffer.plainLines(), named: "awards-live-80x24-en")
    }

    @Test func spaceTicksTheSelectedNameAndMovesOnNextCallsTheNextBatch() throws {
        var state = try liveState()
        state.apply(try #require(state.command(for: .key(.char(" ")), frame: nil)))
        #expect(state.effects == [.performAward(.tick(recipientID: 13))])
        #expect(state.selectedRow(in: .awards) == 4)
        state.effects = []
        state.selection[.awards] = 0
        state.apply(try #require(state.command(for: .key(.char(" ")), frame: nil)))
        #expect(state.effects == [.performAward(.untick(recipientID: 10))])
        state.effects = []
        state.apply(try #require(state.command(for: .key(.char("n")), frame: nil)))
        #expect(state.effects == [.performAward(.nextBatch)])
    }

    @Test func viewersCannotTick() throws {
        var state = try liveState()
        state.role = .viewer
        #expect(state.command(for: .key(.char(" ")), frame: nil) == .notice(state.strings.awardsRoleReason))
    }
}

/// The MC's award ceremony follows the door's check-in only once the real show has begun.
@Suite struct AttendanceFollowsTheShowTests {
    @Test func recipientsNotCheckedInBecomeAbsentWhenTheRealShowStarts() throws {
        var state = try Fixtures.state()
        for index in state.event.delegates.indices { state.event.delegates[index].checkedIn = index == 0 }
        let called = { (state: AppState) in state.awardCeremony.batches.flatMap(\.entries).filter(\.isPresent).count }
        let before = called(state)
        #expect(before == state.awardCeremony.batches.flatMap(\.entries).count, "someone was absent before the show")
        let start = JournalEntry(id: 1, time: Fixtures.morning, operatorName: "Minh", role: .mc, fact: .show(.start))
        state.show = ShowState(journal: [start], segments: state.event.segments)
        #expect(state.show.checkInDecidesAttendance)
        #expect(called(state) < before, "the check-in did not count once the show began")
    }
}
