import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The MC's live screen in each phase, and the stage view, at the two reference sizes.
@Suite struct LiveSnapshotTests {
    /// The demo running: started at 07:30:30 (15 min before `Fixtures.morning`), on segment 2
    /// since `minutesIntoSegment` minutes ago.
    func running(minutesIntoSegment: Double, view: AppState.View = .main, message: ShowAction? = nil) throws -> AppState {
        var state = try Fixtures.state()
        state.view = view
        let start = Fixtures.morning.addingTimeInterval(-(minutesIntoSegment + 10) * 60)
        var entries = [
            entry(1, .start, start),
            entry(2, .next, start.addingTimeInterval(600)),
        ]
        if let message { entries.append(entry(3, message, start.addingTimeInterval(660))) }
        state.show = ShowState(journal: entries, segments: state.event.segments)
        return state
    }

    func entry(_ id: Int64, _ action: ShowAction, _ time: Date) -> JournalEntry {
        JournalEntry(id: id, time: time, operatorName: "minh", role: .mc, fact: .show(action))
    }

    @Test(arguments: [("normal", 5.0), ("warning", 27.0), ("danger", 29.5), ("overtime", 32.25)])
    func liveScreenPhases(phase: String, minutes: Double) throws {
        let state = try running(minutesIntoSegment: minutes)
        #expect(state.showStatus.phase.rawValue == phase)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "live-\(phase)-80x24-vi")
    }

    /// During the awards segment the MC reads the ceremony's words from the live panel: before
    /// anyone has gone up, the reading of the decision and the first batch's call, as the script has them.
    @Test func theAwardsSegmentShowsTheCeremonysWords() throws {
        var state = try Fixtures.state()
        let awards = try #require(state.event.segments.first { $0.kind == .awards })
        let start = Fixtures.morning.addingTimeInterval(-600)
        state.show = ShowState(journal: [entry(1, .start, start), entry(2, .jump(segmentID: awards.id), start.addingTimeInterval(60))], segments: state.event.segments)
        let text = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: " ")
        let script = AwardScript(event: state.event, ceremony: state.awardCeremony, language: .vi)
        let opening = try #require(script.sections.first { $0.batch == nil }?.lines.first)
        let firstCall = try #require(script.sections.first { $0.batch == 1 }?.lines.first)
        let squeezed = { (line: String) in line.split(separator: " ").joined(separator: " ") }
        let screen = squeezed(text)
        #expect(screen.contains(squeezed(String(opening.prefix(40)))))
        #expect(screen.contains(squeezed(String(firstCall.prefix(30)))))
        #expect(screen.contains("Đợt 1/\(state.awardCeremony.batches.count)"))
    }

    /// Seen in a first user's trial: the MC paged to the last names of batch 1, the next batch
    /// was called, and its words opened on their third page, past the call and the first names.
    @Test func theMCsWordsStartFromTheirFirstPageWhenTheBatchOrTheSegmentChanges() throws {
        var state = try running(minutesIntoSegment: 5)
        state.mcTextPage = 3
        let award = { (id: Int64, action: AwardAction) in
            JournalEntry(id: id, time: Fixtures.morning, operatorName: "minh", role: .mc, fact: .awards(.step(action, recipientName: nil, batch: nil)))
        }
        state.awards = AwardProgress(journal: [award(10, .nextBatch)])
        #expect(state.awardCeremony.current?.number == 2 && state.mcTextPage == 0)
        state.mcTextPage = 2
        let first = try #require(state.awardCeremony.current?.entries.first?.recipient.id)
        state.awards = AwardProgress(journal: [award(10, .nextBatch), award(11, .tick(recipientID: first))])
        #expect(state.awardCeremony.hasBegun && state.mcTextPage == 0)
        state.mcTextPage = 2
        let start = Fixtures.morning.addingTimeInterval(-900)
        state.show = ShowState(journal: [entry(1, .start, start), entry(2, .next, start), entry(3, .next, start)], segments: state.event.segments)
        #expect(state.mcTextPage == 0)
    }

    @Test func liveScreenLarge() throws {
        let state = try running(minutesIntoSegment: 32.25, message: .message(text: "Còn 1 phút", blink: true))
        try Golden.check(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines(), named: "live-overtime-200x60-vi")
        var english = state
        english.language = .en
        try Golden.check(try Fixtures.render(english).buffer.plainLines(), named: "live-overtime-80x24-en")
    }

    @Test func phaseIsInColourAsWellAsWords() throws {
        let frame = try Fixtures.render(try running(minutesIntoSegment: 32.25), width: 200, height: 60)
        let theme = try Fixtures.theme()
        let overtime = theme.style(.phase(.overtime))
        // Somewhere on the screen the overtime digits carry the overtime style.
        #expect(frame.buffer.cells.contains { $0.style == overtime && $0.text == "█" })
        // At 80×24 the digits give their rows to the MC's words but keep the colour.
        let small = try Fixtures.render(try running(minutesIntoSegment: 32.25))
        #expect(small.buffer.cells.contains { $0.style == overtime && $0.text == "-" })
        #expect(frame.buffer.plainLines().joined().contains("QUÁ GIỜ"))
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func stageView(size: (Int, Int)) throws {
        let state = try running(minutesIntoSegment: 32.25, view: .stage, message: .message(text: "Còn 1 phút", blink: true))
        try Golden.check(try Fixtures.render(state, width: size.0, height: size.1).buffer.plainLines(), named: "stage-overtime-\(size.0)x\(size.1)-vi")
    }

    @Test func stageViewIsReadOnly() throws {
        var state = try running(minutesIntoSegment: 5, view: .stage)
        for key in [Key.char("n"), .char("s"), .char(" "), .pageDown, .char("2")] {
            #expect(state.command(for: .key(key), frame: nil) == nil)
        }
        // No question ever appears in front of the audience: q twice within two seconds quits,
        // and only after the first press does a corner line say so.
        let quiet = try Fixtures.render(state).buffer.plainLines().joined()
        #expect(!quiet.contains("Bấm q lần nữa"))
        if let quit = state.command(for: .key(.char("q")), frame: nil) { state.apply(quit) }
        #expect(state.overlay == nil)
        #expect(!state.shouldQuit)
        #expect(try Fixtures.render(state).buffer.plainLines()[0].contains("Bấm q lần nữa để thoát"))
        state.now = state.now.addingTimeInterval(3)
        #expect(!(try Fixtures.render(state).buffer.plainLines().joined().contains("Bấm q lần nữa")))
        state.apply(.requestQuit)
        #expect(!state.shouldQuit)
        state.now = state.now.addingTimeInterval(1.5)
        state.apply(.requestQuit)
        #expect(state.shouldQuit)
    }

    @Test func stageViewOnHoldSaysSoWithTheFrozenTime() throws {
        var state = try running(minutesIntoSegment: 5, view: .stage)
        let hold = ShowAction.hold
        let entries = [
            entry(1, .start, Fixtures.morning.addingTimeInterval(-15 * 60)),
            entry(2, .next, Fixtures.morning.addingTimeInterval(-5 * 60)),
            entry(3, hold, Fixtures.morning.addingTimeInterval(-60)),
        ]
        state.show = ShowState(journal: entries, segments: state.event.segments)
        let lines = try Fixtures.render(state).buffer.plainLines()
        #expect(lines.joined().contains("TẠM DỪNG"))
        try Golden.check(lines, named: "stage-hold-80x24-vi")
        // Thirty seconds later only the wall clock in the corner has moved: the held time is frozen.
        state.now = state.now.addingTimeInterval(30)
        #expect(Array(try Fixtures.render(state).buffer.plainLines().dropLast()) == Array(lines.dropLast()))
    }

    @Test func stageNamesTheNextSpeakerDuringContributions() throws {
        var state = try Fixtures.state()
        state.view = .stage
        let start = Fixtures.morning.addingTimeInterval(-20 * 60)
        let entries = [entry(1, .start, start), entry(2, .jump(segmentID: 4), start.addingTimeInterval(60)),
                       entry(3, .speaker(contributionID: 1), start.addingTimeInterval(120))]
        state.show = ShowState(journal: entries, segments: state.event.segments)
        let onDeck = try #require(state.speakerQueue.onDeck)
        let last = try #require(try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().last)
        #expect(last.contains("Tiếp theo: \(onDeck.contribution.speakerName)"))
        #expect(!last.contains("Nghỉ giải lao"))
    }

    @Test func clickerKeysDriveTheShowOnTheAgendaPane() throws {
        var state = try running(minutesIntoSegment: 5)
        // The demo's gating items are not done: clear them so the keys act at once.
        state.event.checklist = []
        func effect(_ key: Key) -> StoreEffect? {
            state.effects = []
            if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
            return state.effects.last
        }
        #expect(effect(.pageDown) == .perform(.next))
        #expect(effect(.char(" ")) == .perform(.next))
        #expect(effect(.pageUp) == .perform(.back))
        #expect(effect(.char("b")) == .perform(.blank(true)))
        #expect(effect(.char("h")) == .perform(.hold))
        #expect(effect(.char("u")) == .perform(.undo(entryID: 2)))
        state.pane = .awards
        #expect(effect(.pageDown) == nil)
    }

    @Test func startingAGatedSegmentWarnsWithTheOpenItemsAndJournalsTheOverride() throws {
        var state = try Fixtures.state()
        if let command = state.command(for: .key(.char("s")), frame: nil) { state.apply(command) }
        #expect(state.effects.isEmpty)
        guard case .confirm(let confirmation)? = state.overlay else {
            Issue.record("expected a confirmation")
            return
        }
        #expect(confirmation.question.contains("Chương trình và kịch bản điều hành Hội nghị"))
        // "Yes" records the override and the start together, in one transaction.
        #expect(confirmation.effects == [.performOverridingGate(.start)])
        let gate = try #require(LiveShowCommand.gate(.start, state: state.show, event: state.event, now: state.now))
        #expect(gate.segment.id == 1 && gate.openItems.count == 3)
        try Golden.check(try Fixtures.render(state).buffer.plainLines(), named: "live-gate-warning-80x24-vi")
        if let yes = state.command(for: .key(.char("c")), frame: nil) { state.apply(yes) }
        #expect(state.effects == confirmation.effects)
    }

    @Test func viewersAndReadOnlyFilesCannotDrive() throws {
        var state = try running(minutesIntoSegment: 5)
        state.role = .viewer
        #expect(state.command(for: .key(.char("n")), frame: nil) == .notice("chỉ MC hoặc Ban tổ chức điều khiển chương trình"))
        state.apply(.toggleHelp)
        let help = try Fixtures.render(state, width: 200, height: 60).buffer.plainLines().joined(separator: "\n")
        #expect(help.contains("không dùng được: chỉ MC hoặc Ban tổ chức điều khiển chương trình"))
    }
}
