import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// An event file written by the Podium of schema 6, before journal facts were typed, in the
/// middle of a rehearsal run (see Tests/Fixtures/mid-show-schema6/make-fixture.sh). Opened by
/// this version, it folds to the state that Podium printed for it.
@Suite struct FixtureUpgradeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/mid-show-schema6")

    /// A copy of the fixture, so opening it (which may migrate) leaves the committed file as it was.
    private func openCopy(_ dir: TempDir) throws -> EventStore {
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("show.podium"), to: dir.file())
        return try EventStore.open(at: dir.file())
    }

    private func recorded(_ name: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func everyOldEntryReadsAsAFact() throws {
        let dir = try TempDir()
        let journal = try openCopy(dir).journal()
        #expect(journal.count == 58)
        let unread = journal.filter { if case .unrecognised = $0.fact { true } else { false } }
        #expect(unread.isEmpty, "unread: \(unread.map(\.action))")
        #expect(journal.contains { $0.fact == .seating(.assignedByTypedName(query: "ha quang anh", seat: "A10-02")) })
        #expect(journal.contains { $0.fact == .speakers(.withdrawn(contributionID: 5, unit: "Sở Tư pháp", wasSpeaking: false)) })
        #expect(journal.contains { $0.fact == .roster(.checkedIn(delegateID: 6, name: "Ngô Phương Yến", checkedIn: true)) })
        #expect(journal.contains {
            $0.fact == .awards(.recipientChanged(FieldChanges(id: 2, values: [
                "attendance": .string("absent"), "received_by": .string("Nguyễn Văn Bình"),
            ])))
        })
        let auto = journal.compactMap { entry -> [SeatAssignment]? in
            if case .seating(.autoAssigned(_, _, _, let before)) = entry.fact { before } else { nil }
        }
        #expect(auto.count == 2 && auto.allSatisfy { $0.count == 258 })
    }

    @Test func theShowFoldsWhereItWas() throws {
        let dir = try TempDir()
        let store = try openCopy(dir)
        let mirror = try EventMirror(store: store)
        let show = mirror.show
        #expect(show.stage == .running)
        #expect(show.isRehearsal)
        #expect(show.setAsideCount == 1)
        #expect(show.current?.segmentID == 4)
        #expect(show.completed.map(\.segmentID) == [1, 2, 3])
        #expect(show.completed.first?.extensionSeconds == 120)
        #expect(show.completed.first?.heldSeconds ?? -1 >= 0)
        #expect(show.speakerRuns.map(\.contributionID) == [3, 1, 2])
        #expect(show.currentSpeaker?.contributionID == 2)
        #expect(show.message == nil && !show.isBlank)
        #expect(try store.setAsideRehearsals().count == 1)
        #expect(try store.showState() == show)
        #expect(mirror.awards.currentBatch == 1)
        #expect(mirror.awards.ticked == [1])
        #expect(mirror.indexReveal.revealed == 2)
    }

    @Test func speakersSeatsAndChecklistAreAsThatPodiumListedThem() throws {
        let dir = try TempDir()
        let store = try openCopy(dir)
        let event = try store.load()
        let queue = try store.speakerQueue(at: Date())
        let speakers = try recorded("speakers-list.json")
        #expect(queue.entries.map { "\($0.id) \($0.status.rawValue)" }
                == speakers.map { "\($0["id"] as? Int ?? 0) \($0["status"] as? String ?? "")" })

        let chart = SeatingChart(event: event)
        let seats = try recorded("seat-list.json")
        #expect(chart.entries.count == seats.count)
        for (entry, row) in zip(chart.entries, seats) {
            #expect(entry.seat.label == row["seat"] as? String)
            #expect(entry.delegate?.name == row["delegate"] as? String, "seat \(entry.seat.label)")
            #expect(entry.locked == row["locked"] as? Bool, "seat \(entry.seat.label)")
            #expect(entry.delegate?.checkedIn == row["checked_in"] as? Bool, "seat \(entry.seat.label)")
        }

        let checklist = try recorded("check-list.json")
        #expect(event.checklist.sorted { $0.id < $1.id }.map { "\($0.id) \($0.status.rawValue)" }
                == checklist.map { "\($0["id"] as? Int ?? 0) \($0["status"] as? String ?? "")" }.sorted { $0.compare($1, options: .numeric) == .orderedAscending })
    }

    @Test func theShowGoesOnAfterTheUpgrade() throws {
        let dir = try TempDir()
        let store = try openCopy(dir)
        let now = Date()
        try store.perform(LiveShowCommand(.next, overrideGate: true), by: mc, at: now)
        #expect(try store.showState().currentSpeaker?.contributionID == 5)
        try store.performAward(.tick(recipientID: 10), by: mc, at: now)
        #expect(try store.awardProgress().ticked == [1, 10])
        try store.editSeating(.move(delegateID: 4, seat: "A10-03"), by: Actor(operatorName: "hoa", role: .protocol), at: now)
        #expect(try store.journal().last?.fact == .seating(.assigned(delegateID: 4, seat: "A10-03")))
        let raw = try withRawDatabase(dir.file()) { db in
            try String.fetchOne(db, sql: "SELECT payload FROM journal ORDER BY id DESC LIMIT 1")
        }
        #expect(raw == "{\"delegate\":4,\"seat\":\"A10-03\",\"v\":1}")
    }
}
