import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// A screen reads only what another process changed: the journal since the last entry it saw
/// and the tables those entries name.
@Suite struct EventMirrorTests {
    @Test func oneChecklistItemDoesNotReloadTheDelegates() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        let other = try EventStore.open(at: dir.file())
        let item = try #require(mirror.event.checklist.first { $0.status != .done })
        _ = try other.changeChecklistStatus(id: item.id, .done, by: organizer, at: t0)
        let parts = try mirror.refresh(from: screen)
        #expect(parts == .checklist)
        #expect(mirror.event.checklist.first { $0.id == item.id }?.status == .done)
        #expect(mirror.event == (try screen.load()))
    }

    @Test func aLiveShowActionReadsOnlyTheJournal() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        let other = try EventStore.open(at: dir.file())
        try other.perform(LiveShowCommand(.start, overrideGate: true), by: mc, at: t0)
        #expect(try mirror.refresh(from: screen) == .show)
        #expect(mirror.show == (try screen.showState()))
        #expect(mirror.show.current != nil)
    }

    @Test func anAwardTickReadsOnlyTheProgress() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        let recipient = try #require(mirror.event.recipients.first)
        _ = try screen.performAward(.tick(recipientID: recipient.id), by: mc, at: t0)
        #expect(try mirror.refresh(from: screen) == .awardProgress)
        #expect(mirror.awards.ticked.contains(recipient.id))
    }

    @Test func anUnknownActionOrAWholeImportReadsEverything() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        try screen.append(.event(.settingChanged(key: "note", value: "x")), by: mc, at: t0)
        #expect(try mirror.refresh(from: screen) == .all)
        var data = try screen.load()
        data.delegates.removeLast()
        try screen.run(.imports(.all(data, from: .eventFile)), by: organizer, at: t0)
        #expect(try mirror.refresh(from: screen) == .all)
        #expect(mirror.event == data)
    }

    /// A file whose history is not the one last seen (another program rewrote it): the last
    /// entry seen is no longer there as it was, so everything is read again.
    @Test func aFileWithAnotherHistoryIsReadWhole() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        try withRawDatabase(dir.file()) { db in
            try db.execute(sql: "DROP TRIGGER journal_no_update")
            try db.execute(sql: "UPDATE journal SET action = 'event.rewritten' WHERE id = (SELECT MAX(id) FROM journal)")
            try db.execute(sql: "INSERT INTO journal (time, operator, role, action, payload) VALUES (1774486800.5, 'other', 'organizer', 'checklist.status', '{}')")
            try db.execute(sql: "UPDATE delegates SET name = 'Người Khác' WHERE id = 1")
        }
        #expect(try mirror.refresh(from: screen) == .all)
        #expect(mirror.event.delegates == (try screen.load()).delegates)
    }
}

/// Setting a rehearsal aside takes its award ticks and its index reveal with it, for the store
/// and for a screen that followed the rehearsal along: the next start begins clean.
@Suite struct RehearsalSetAsideTests {
    @Test func theRevealAndTheTicksOfARehearsalDoNotCarryOver() throws {
        let dir = try TempDir()
        let screen = try dir.demoStore()
        var mirror = try EventMirror(store: screen)
        let other = try EventStore.open(at: dir.file())
        let december = Date(timeIntervalSince1970: 1_796_169_600)
        try other.perform(LiveShowCommand(.start, overrideGate: true), by: mc, at: december)
        try other.run(.indexReveal(.next), by: mc, at: december.addingTimeInterval(10))
        try other.run(.indexReveal(.next), by: mc, at: december.addingTimeInterval(20))
        let recipient = try #require(try other.load().recipients.first)
        _ = try other.performAward(.tick(recipientID: recipient.id), by: mc, at: december.addingTimeInterval(30))
        _ = try mirror.refresh(from: screen)
        #expect(mirror.indexReveal.revealed == 2 && mirror.awards.ticked.contains(recipient.id))
        try other.perform(LiveShowCommand(.end, overrideGate: true), by: mc, at: december.addingTimeInterval(600))
        try other.perform(LiveShowCommand(.reset, overrideGate: true), by: mc, at: december.addingTimeInterval(700))
        #expect(try other.indexReveal().revealed == 0)
        #expect(try other.awardProgress().ticked.isEmpty)
        _ = try mirror.refresh(from: screen)
        #expect(mirror.indexReveal.revealed == 0 && mirror.awards.ticked.isEmpty)
        let fresh = try EventMirror(store: screen)
        #expect(fresh.indexReveal == mirror.indexReveal && fresh.awards == mirror.awards)
    }
}
