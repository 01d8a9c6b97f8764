import Foundation
import GRDB
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumStore

@Suite struct JournalTests {
    @Test func entriesReadBackInOrderToTheMillisecond() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let times = (0..<5).map { t0.addingTimeInterval(Double($0) * 61.007) }
        var appended: [JournalEntry] = []
        for (index, time) in times.enumerated() {
            appended.append(try store.append(
                .show(.message(text: "Mời \(index + 1) \"bắt đầu\"", blink: index == 2)),
                by: index.isMultiple(of: 2) ? mc : organizer, at: time
            ))
        }
        let reopened = try EventStore.open(at: dir.file())
        let read = try reopened.journal(after: 1)
        #expect(read == appended)
        #expect(read.map(\.id) == read.map(\.id).sorted())
        for (entry, time) in zip(read, times) {
            #expect(abs(entry.time.timeIntervalSince1970 - time.timeIntervalSince1970) < 0.0005)
            #expect(Int((entry.time.timeIntervalSince1970 * 1000).rounded()) == Int((time.timeIntervalSince1970 * 1000).rounded()))
        }
        #expect(read[1].operatorName == "lan" && read[1].role == .organizer)
        #expect(read[2].fact == .show(.message(text: "Mời 3 \"bắt đầu\"", blink: true)))
        #expect(try store.journal(after: 2, limit: 2).map(\.id) == [appended[1].id, appended[2].id])
        #expect(try store.journal(after: appended[4].id).isEmpty)
    }

    @Test func factsThisVersionDoesNotWriteAreRefused() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        #expect(throws: StoreError.self) { try store.append(.unrecognised(name: "x", fields: [:]), by: mc, at: t0) }
        #expect(throws: StoreError.self) { try store.append(.seating(.assignedByTypedName(query: "ngo", seat: "P1")), by: mc, at: t0) }
        #expect(try store.journal().count == 1)
    }

    @Test func triggersRefuseUpdateAndDelete() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.append(.show(.hold), by: mc, at: t0)
        for sql in ["UPDATE journal SET action = 'forged'", "DELETE FROM journal", "DELETE FROM journal WHERE id = 2"] {
            #expect(throws: DatabaseError.self) { try withRawDatabase(dir.file()) { db in try db.execute(sql: sql) } }
        }
        #expect(try store.journal().map(\.action) == ["event.created", "show.hold"])
    }
}
