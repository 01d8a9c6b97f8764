import Foundation
import GRDB
import PodiumCore
import Testing
@testable import PodiumStore

/// Two MCs pressing next on the same screen move the show on once; the second is told who
/// moved it and how. A stage message is never refused for it.
@Suite struct TwoMCsTests {
    let other = Actor(operatorName: "Nguyễn Văn An", role: .mc, osUser: "an")

    @Test func theSecondNextPressedOnTheSameShowIsRefused() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.perform(LiveShowCommand(.start, overrideGate: true), by: mc, at: t0)
        let seen = try store.showState().lastEntryID
        try store.perform(LiveShowCommand(.next, overrideGate: true, basedOn: seen), by: other, at: t0.addingTimeInterval(60))
        let position = try store.showState().current?.segmentID
        #expect(throws: StoreError.refused(.liveShow(.overtaken(operatorName: "Nguyễn Văn An", role: .mc, time: "08:01:00", action: .next)))) {
            try store.perform(LiveShowCommand(.next, overrideGate: true, basedOn: seen), by: mc, at: t0.addingTimeInterval(61))
        }
        #expect(try store.showState().current?.segmentID == position)
        // A message, or a press on the show as it is now, goes through.
        try store.perform(LiveShowCommand(.message(text: "Còn 1 phút", blink: false), basedOn: seen), by: mc, at: t0.addingTimeInterval(62))
        let now = try store.showState().lastEntryID
        try store.perform(LiveShowCommand(.next, overrideGate: true, basedOn: now), by: mc, at: t0.addingTimeInterval(63))
        #expect(try store.showState().current?.segmentID != position)
    }
}

/// A file another connection keeps locked is waited for (SQLite's busy timeout), then refused
/// in words, with nothing written: never a crash or SQLite's own message.
@Suite struct BusyFileTests {
    @Test func aWriteThatCannotGetTheLockIsRefusedAsBusy() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.journal().count
        // Another program holds the write lock until the refused write has come back.
        let holder = try DatabaseQueue(path: dir.file().path)
        let locked = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.inDatabase { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked.signal()
                done.wait()
                try db.execute(sql: "ROLLBACK")
            }
            released.signal()
        }
        locked.wait()
        #expect(throws: StoreError.busy(dir.file().path)) {
            try store.perform(LiveShowCommand(.start, overrideGate: true), by: mc, at: t0)
        }
        done.signal()
        released.wait()
        #expect(try store.journal().count == before)
    }
}
