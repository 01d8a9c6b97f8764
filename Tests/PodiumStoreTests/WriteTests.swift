import Foundation
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumStore

@Suite struct WriteTests {
    /// Runs `write` and returns the journal entries it added.
    func added(_ store: EventStore, _ write: () throws -> Void) throws -> [JournalEntry] {
        let last = try store.journal().last?.id ?? 0
        try write()
        return try store.journal(after: last)
    }

    @Test func everyEntityWriteAddsExactlyOneEntry() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        var data = try store.load()

        var info = data.info
        info.venue = "Hội trường B"
        var entries = try added(store) { try store.run(.event(.info(info)), by: organizer, at: t0) }
        #expect(entries.map(\.action) == ["event.update"])
        #expect(entries.first?.fact == .event(.detailsChanged(FieldChanges(id: nil, values: ["venue": .string("Hội trường B")]))))

        var segment = data.segments[2]
        segment.plannedSeconds += 60
        entries = try added(store) { _ = try store.upsertSegment(segment, by: organizer, at: t0) }
        #expect(entries.map(\.action) == ["segment.update"])
        #expect(entries.first?.fact == .agenda(.updated(FieldChanges(id: 3, values: ["planned_seconds": .int(Int64(segment.plannedSeconds))]))))

        var created = Segment(id: 0, position: 9, title: "Bế mạc bổ sung", kind: .closing, plannedSeconds: 120)
        entries = try added(store) { created = try store.upsertSegment(created, by: organizer, at: t0) }
        #expect(created.id == 9)
        #expect(entries.map(\.action) == ["segment.create"])

        entries = try added(store) { try store.moveSegment(id: 9, toPosition: 1, by: organizer, at: t0) }
        #expect(entries.map(\.action) == ["segment.move"])
        let moved = try store.load().segments
        #expect(moved.map(\.position) == Array(1...9))
        #expect(moved.first?.id == 9)

        var item = data.checklist[0]
        item.status = .blocked
        item.blockedReason = "chờ âm thanh"
        entries = try added(store) { _ = try store.upsertChecklistItem(item, by: mc, at: t0) }
        #expect(entries.map(\.action) == ["checklist.status"])
        item.owner = "Anh Tú"
        entries = try added(store) { _ = try store.upsertChecklistItem(item, by: mc, at: t0) }
        #expect(entries.map(\.action) == ["checklist.update"])
        entries = try added(store) { try store.deleteChecklistItem(id: item.id, by: organizer, at: t0) }
        #expect(entries.map(\.action) == ["checklist.delete"])

        var contribution = data.contributions[0]
        contribution.status = .speaking
        entries = try added(store) { _ = try store.upsertContribution(contribution, by: mc, at: t0) }
        #expect(entries.map(\.action) == ["contribution.status"])

        var delegate = data.delegates[10]
        delegate.checkedIn = true
        entries = try added(store) { _ = try store.upsertDelegate(delegate, by: mc, at: t0) }
        #expect(entries.map(\.action) == ["delegate.checkin"])

        entries = try added(store) { try store.deleteSegment(id: 9, by: organizer, at: t0) }
        #expect(entries.map(\.action) == ["segment.delete"])

        entries = try added(store) { try store.run(.event(.setting(key: "theme", value: "dark")), by: mc, at: t0) }
        #expect(entries.map(\.action) == ["setting.set"])
        #expect(try store.setting("theme") == "dark")

        data = try store.load()
        #expect(data.info.venue == "Hội trường B")
        #expect(data.segments.count == 8)
        #expect(data.checklist.count == 29)
        #expect(data.contributions[0].status == .speaking)
        #expect(data.delegates[10].checkedIn)
        #expect(try store.counts().journalEntries == 12)
    }

    @Test func failingWritesLeaveNoTrace() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let before = try store.load()
        #expect(throws: StoreError.self) { try store.deleteSegment(id: 999, by: mc, at: t0) }
        #expect(throws: StoreError.self) { try store.moveSegment(id: 999, toPosition: 1, by: mc, at: t0) }
        #expect(throws: StoreError.self) { try store.deleteChecklistItem(id: 999, by: organizer, at: t0) }
        #expect(throws: StoreError.noSuchRecord(.segment, id: 999, path: store.path)) { try store.deleteSegment(id: 999, by: mc, at: t0) }
        // An import with two segments sharing an id fails half-way: nothing of it may stay.
        var broken = before
        broken.segments.append(broken.segments[0])
        #expect(throws: StoreError.self) { try store.run(.imports(.all(broken, from: .eventFile)), by: mc, at: t0) }
        #expect(try store.load() == before)
        #expect(try store.journal().count == 1)
    }

    @Test func replaceAllSwapsEverythingAndKeepsTheJournal() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let blank = EventData.blank(title: "Sự kiện mới", date: CivilDate(year: 2026, month: 4, day: 1))
        try store.run(.imports(.all(blank, from: .eventFile)), by: organizer, at: t0)
        #expect(try store.load() == blank)
        #expect(try store.journal().map(\.action) == ["event.created", "event.import"])
    }

    @Test func segmentDeleteClearsGatesPointingAtIt() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        _ = try store.upsertChecklistItem(
            ChecklistItem(id: 0, title: "Micro", agency: "VP", gatesSegmentID: 2), by: mc, at: t0
        )
        try store.deleteSegment(id: 2, by: organizer, at: t0)
        #expect(try store.load().checklist.allSatisfy { $0.gatesSegmentID != 2 })
    }
}
