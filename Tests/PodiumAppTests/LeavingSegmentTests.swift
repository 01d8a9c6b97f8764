import Foundation
import PodiumApp
import PodiumCore
import Testing

/// What the MC is asked before `n` or a jump loses something: the end of the show, award
/// batches not presented, segments with a presenter passed over.
@Suite struct LeavingSegmentTests {
    func state(_ actions: [ShowAction]) throws -> AppState {
        var state = try Fixtures.state()
        state.role = .mc
        let start = Fixtures.morning.addingTimeInterval(-3_600)
        let entries = actions.enumerated().map { index, action in
            JournalEntry(id: Int64(index + 1), time: start.addingTimeInterval(Double(index) * 60), operatorName: "minh",
                         role: .mc, fact: .show(action))
        }
        state.show = ShowState(journal: entries, segments: state.event.segments)
        return state
    }

    func segment(_ state: AppState, position: Int) throws -> Segment {
        try #require(state.orderedSegments.first { $0.position == position })
    }

    @Test func nextOnTheLastSegmentAsksToEndTheShow() throws {
        let base = try state([])
        let last = try #require(base.orderedSegments.last)
        var state = try state([.start, .jump(segmentID: last.id)])
        state.apply(.show(.next))
        guard case .confirm(let confirmation)? = state.overlay else {
            Issue.record("n on the last segment must ask, not fail in English")
            return
        }
        #expect(confirmation.question.hasSuffix("Kết thúc hội nghị? (c/k)"))
        #expect(confirmation.question.contains("Chưa diễn ra"))
        #expect(confirmation.effects == [.perform(.end)])
    }

    /// At the end of a rehearsal the MC ends the rehearsal, not the conference.
    @Test func nextOnTheLastSegmentOfARehearsalAsksToEndTheRehearsal() throws {
        let base = try state([])
        let last = try #require(base.orderedSegments.last)
        var state = try state([.rehearse(planStart: nil), .start, .jump(segmentID: last.id)])
        #expect(state.show.isRehearsal)
        state.apply(.show(.next))
        guard case .confirm(let confirmation)? = state.overlay else {
            Issue.record("n on the last segment of a rehearsal must ask")
            return
        }
        #expect(confirmation.question.hasSuffix("Kết thúc buổi tập dượt? (c/k)"), "\(confirmation.question)")
        #expect(!confirmation.question.contains("hội nghị"))
        #expect(confirmation.effects == [.perform(.end)])
        state.language = .en
        state.overlay = nil
        state.apply(.show(.next))
        guard case .confirm(let english)? = state.overlay else {
            Issue.record("n on the last segment of a rehearsal must ask in English too")
            return
        }
        #expect(english.question.hasSuffix("End the rehearsal? (y/n)"), "\(english.question)")
    }

    @Test func leavingTheAwardsWithBatchesLeftAsks() throws {
        let base = try state([])
        let awards = try #require(base.orderedSegments.first { $0.kind == .awards })
        var state = try state([.start, .jump(segmentID: awards.id)])
        let left = AwardCeremony(event: state.event, progress: state.awards).batches.filter { !$0.isDone }.count
        #expect(left > 0)
        state.apply(.show(.next))
        guard case .confirm(let confirmation)? = state.overlay else {
            Issue.record("leaving the awards with batches left must ask")
            return
        }
        #expect(confirmation.question.hasPrefix("Còn \(left) đợt chưa trao."))
        #expect(confirmation.effects == [.perform(.next)])
    }

    @Test func aJumpOverASegmentWithAPresenterWarns() throws {
        let base = try state([])
        let breakTime = try #require(base.orderedSegments.first { $0.kind == .break })
        let speech = try segment(base, position: breakTime.position + 1)
        let after = try segment(base, position: breakTime.position + 2)
        #expect(!speech.presenter.isEmpty)
        let state = try state([.start, .jump(segmentID: breakTime.id)])
        let question = state.jumpQuestion(to: after.id)
        #expect(question.contains("sẽ bỏ qua: \(speech.position). \(speech.title) (\(speech.presenter))"))
        #expect(state.jumpQuestion(to: speech.id) == state.strings.jumpQuestion(speech.title))
    }

    @Test func theAgendaMarksASegmentPassedOver() throws {
        let base = try state([])
        let breakTime = try #require(base.orderedSegments.first { $0.kind == .break })
        let speech = try segment(base, position: breakTime.position + 1)
        let after = try segment(base, position: breakTime.position + 2)
        let state = try state([.start, .jump(segmentID: breakTime.id), .jump(segmentID: after.id)])
        let lines = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines()
        let row = try #require(lines.first { $0.contains(speech.title) && !$0.contains("▶") })
        #expect(row.contains("»"))
    }
}

/// `u` says what it took back.
@Suite struct ShowUndoFeedbackTests {
    @Test func undoNamesTheActionItTakesBack() throws {
        var state = try Fixtures.state()
        state.role = .mc
        let start = Fixtures.morning.addingTimeInterval(-600)
        let actions: [ShowAction] = [.start, .extend(seconds: 300)]
        let entries = actions.enumerated().map { index, action in
            JournalEntry(id: Int64(index + 1), time: start.addingTimeInterval(Double(index) * 60), operatorName: "minh",
                         role: .mc, fact: .show(action))
        }
        state.show = ShowState(journal: entries, segments: state.event.segments)
        state.apply(.undoShow)
        #expect(state.effects == [.perform(.undo(entryID: 2))])
        #expect(state.notice == "Đã hoàn tác: kéo dài 5 phút")
    }
}
