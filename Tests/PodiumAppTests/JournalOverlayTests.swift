import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// The journal in plain words (`W`, `podium journal`) and undo of one's own last change.
@Suite struct JournalOverlayTests {
    func entry(_ id: Int64, _ fact: JournalFact, by name: String = "minh", role: Role = .mc, minutes: Double = 0) -> JournalEntry {
        JournalEntry(id: id, time: Fixtures.morning.addingTimeInterval(minutes * 60), operatorName: name, role: role, fact: fact)
    }

    func journalState(language: Language = .vi) throws -> AppState {
        var state = try Fixtures.state(language: language)
        let delegate = try #require(state.event.delegates.first)
        let segment = try #require(state.event.segments.dropFirst().first)
        state.journal = [
            entry(1, .show(.start), minutes: 0),
            entry(2, .seating(.assigned(delegateID: delegate.id, seat: "P3")), by: "Lan", role: .protocol, minutes: 1),
            entry(3, .show(.jump(segmentID: segment.id)), minutes: 2),
            entry(4, .roster(.checkedIn(delegateID: delegate.id, name: nil, checkedIn: true)), by: "Lan", role: .protocol, minutes: 3),
            entry(5, .show(.undo(entryID: 3)), minutes: 4),
        ]
        state.apply(.toggleJournal)
        return state
    }

    @Test func sentencesNameWhatTheIDsStandFor() throws {
        let state = try journalState()
        let names = JournalNames(state.event, journal: state.journal)
        let delegate = try #require(state.event.delegates.first)
        let segment = try #require(state.event.segments.dropFirst().first)
        let vi = JournalStrings.vietnamese, en = JournalStrings.english
        #expect(vi.sentence(state.journal[1].fact, names) == "Xếp “\(delegate.name)” vào ghế P3")
        #expect(en.sentence(state.journal[1].fact, names) == "Seated “\(delegate.name)” in P3")
        #expect(vi.sentence(state.journal[4].fact, names) == "Hoàn tác thao tác #3: Chuyển đến mục “\(segment.title)”")
        #expect(en.sentence(state.journal[3].fact, names) == "Checked in “\(delegate.name)”")
        // A record that is gone is shown by its number.
        #expect(vi.sentence(.show(.jump(segmentID: 9_999)), JournalNames()) == "Chuyển đến mục #9999")
    }

    @Test func overlayListsTheNewestFirstAndClosesOnEscape() throws {
        var state = try journalState()
        let lines = try Fixtures.render(state, width: 120, height: 30).buffer.plainLines()
        let undo = try #require(lines.firstIndex { $0.contains("Hoàn tác thao tác #3") })
        let start = try #require(lines.firstIndex { $0.contains("Bắt đầu chương trình") })
        #expect(undo < start)
        #expect(lines.contains { $0.contains("Lan (") && $0.contains("Điểm danh") })
        state.apply(try #require(state.command(for: .key(.escape), frame: nil)))
        #expect(state.overlay == nil)
    }

    @Test func undoReversesTheOperatorsOwnLastReversibleChange() throws {
        var state = try journalState()
        state.operatorName = "Lan"
        state.apply(try #require(state.command(for: .key(.char("u")), frame: nil)))
        let delegate = try #require(state.event.delegates.first)
        #expect(state.effects == [.seating(.checkIn(delegateID: delegate.id, false))])
        #expect(state.notice?.hasPrefix("Đã hoàn tác: Điểm danh") == true)
    }

    @Test func undoRefusesWhatOnlyItsFormCanChangeBack() throws {
        var state = try journalState(language: .en)
        state.journal.append(entry(6, .checklist(.deleted(itemID: 3, title: "Âm thanh")), minutes: 5))
        state.apply(.undoOwnLast)
        #expect(state.effects.isEmpty)
        #expect(state.notice == "Your last change (Deleted the task “Âm thanh”) cannot be undone from the journal; change it back where it was made.")
        state.operatorName = "nobody"
        state.apply(.undoOwnLast)
        #expect(state.notice == JournalStrings.english.nothingToUndo)
    }
}
