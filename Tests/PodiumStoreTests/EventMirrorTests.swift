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
        try screen.replaceAll(with: data, from: .eventFile, by: organizer, at: t0)
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
