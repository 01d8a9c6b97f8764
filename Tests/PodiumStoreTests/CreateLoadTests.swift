import Foundation
import GRDB
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumStore

@Suite struct CreateLoadTests {
    @Test func demoRoundTripsWhole() throws {
        let dir = try TempDir()
        let demo = try DemoEvent.make()
        let store = try EventStore.create(at: dir.file(), from: demo, template: DemoEvent.templateName, by: organizer, now: t0)
        #expect(!store.isReadOnly)
        #expect(try store.load() == demo)
        let reopened = try EventStore.open(at: dir.file())
        #expect(try reopened.load() == demo)
    }

    @Test func demoCounts() throws {
        let dir = try TempDir()
        let demo = try DemoEvent.make()
        let counts = try dir.demoStore().counts()
        #expect(counts == EventCounts(
            segments: 8, groups: demo.groups.count, delegates: 298, contributions: 6, seats: demo.hall.seatCount,
            recipients: 41, checklistItems: 30, journalEntries: 1
        ))
    }

    @Test func creationIsJournalled() throws {
        let dir = try TempDir()
        let store = try EventStore.create(
            at: dir.file(), from: DemoEvent.make(), template: DemoEvent.templateName, by: organizer, now: t0
        )
        let entries = try store.journal()
        #expect(entries.count == 1)
        #expect(entries.first?.action == "event.created")
        #expect(try entries.first?.fact == .event(.created(template: "laocai-par-2025", title: try DemoEvent.make().info.title)))
        #expect(entries.first?.operatorName == "lan")
        #expect(entries.first?.role == .organizer)
    }

    @Test func createRefusesAnExistingFileAndLeavesIt() throws {
        let dir = try TempDir()
        try Data("keep me".utf8).write(to: dir.file())
        #expect(throws: StoreError.fileExists(dir.file().path)) {
            try EventStore.create(at: dir.file(), from: DemoEvent.make(), by: organizer, now: t0)
        }
        #expect(try bytes(dir.file()) == Data("keep me".utf8))
        #expect(dir.names == ["event.podium"])
    }

    @Test func createLeavesNoTemporaryFiles() throws {
        let dir = try TempDir()
        _ = try dir.demoStore()
        #expect(dir.names.filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func openMissingFileIsNotFound() {
        let url = URL(fileURLWithPath: "/nonexistent-podium-dir/x.podium")
        #expect(throws: StoreError.notFound(url.path)) { try EventStore.open(at: url) }
    }

    @Test func blankEventRoundTrips() throws {
        let dir = try TempDir()
        var blank = EventData.blank(title: "Họp giao ban", date: CivilDate(year: 2026, month: 1, day: 5))
        blank.segments = [Segment(id: 3, position: 1, title: "Khai mạc", kind: .opening, plannedSeconds: 300, fixedStart: ClockTime(hour: 8, minute: 0))]
        blank.delegates = [Delegate(id: 9, name: "A", title: "", unit: "", groupKey: "x", precedenceOverride: 2, standInFor: "B", flags: [.speaker, .press], checkedIn: true)]
        blank.groups = [ParticipantGroup(id: 1, key: "x", name: "X", order: 1, level: .guest, aliases: ["ẋ", "\"quoted\""])]
        blank.decisions = [AwardDecision(id: 1, number: "1/QĐ", date: nil, signer: "", signerTitle: "", subject: "")]
        blank.checklist = [ChecklistItem(id: 4, title: "Loa", agency: "VP", dueDate: CivilDate(year: 2026, month: 1, day: 4), dueTime: ClockTime(hour: 17, minute: 30), status: .blocked, blockedReason: "chờ", gatesSegmentID: 3)]
        let store = try EventStore.create(at: dir.file(), from: blank, by: mc, now: t0)
        #expect(try store.load() == blank)
    }
}
