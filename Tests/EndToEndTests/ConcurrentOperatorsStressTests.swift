import Foundation
import PodiumCore
import PodiumDemo
@testable import PodiumStore
import Testing

/// Three operators on one event file at once, each in its own process (`podium-operator`, its
/// own SQLite connection, as separate terminals have): seeded random live-show presses based on
/// the show they read, checklist ticks and blocks, check-ins, and form edits based on the
/// journal version they read. Afterwards the file is sound, every command that reported
/// success is in the journal, every refusal is a conflict or a rule of the domain (never busy,
/// never SQLite's words), and the state is the fold of the journal.
/// `PODIUM_STRESS_COMMANDS` sets the commands per operator (300 in the suite).
@Suite struct ConcurrentOperatorsStressTests {
    /// What one operator reported (`OperatorOutcome` of the operator's program).
    struct Outcome: Decodable {
        var expected: [String: Int]
        var showEntries: [Int64]
        var conflicts: Int
        var otherRefusals: Int
        var failures: [String]
        var successes: Int
    }

    static let operatorBinary = TmuxSession.packageRoot.appendingPathComponent(".build/debug/podium-operator")
    static let t0 = Date(timeIntervalSince1970: 1_774_486_800)  // 2026-03-26 01:00 UTC, the demo's morning

    @Test func threeOperatorProcessesAtOnceLeaveTheFoldOfTheJournal() throws {
        let count = ProcessInfo.processInfo.environment["PODIUM_STRESS_COMMANDS"].flatMap(Int.init) ?? 300
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("podium-stress-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("event.podium")
        let first = try EventStore.create(at: file, from: DemoEvent.make(), by: Actor(operatorName: "lan", role: .organizer), now: Self.t0)
        let baselineID = try first.journal().last?.id ?? 0
        let baseline = try first.load()
        var mirror = try EventMirror(store: first)

        let started = try (1...3).map { index in
            let out = dir.appendingPathComponent("operator-\(index).json")
            let argv = [Self.operatorBinary.path, file.path, "\(index)", "\(count)", "\(Self.t0.timeIntervalSince1970 + 60)", out.path]
            return (index, out, try Spawn.start(argv, environment: nil, outputPath: dir.appendingPathComponent("operator-\(index).log").path))
        }
        var outcomes: [(Int, Outcome)] = []
        for (index, out, pid) in started {
            let status = Spawn.wait(pid)
            let log = (try? String(contentsOf: dir.appendingPathComponent("operator-\(index).log"), encoding: .utf8)) ?? ""
            #expect(status == 0, "operator \(index) ended with \(status): \(log)")
            guard let data = try? Data(contentsOf: out) else { Issue.record("operator \(index) left no outcome: \(log)"); continue }
            outcomes.append((index, try JSONDecoder().decode(Outcome.self, from: data)))
        }
        #expect(outcomes.count == 3)

        let store = try EventStore.open(at: file, readOnly: true)
        #expect(store.damage == nil && store.fullCheck() == nil, "the file is damaged")
        let journal = try store.journal(after: baselineID)
        let byKey = Dictionary(grouping: journal) { $0.operatorName }.mapValues { entries in
            entries.reduce(into: [String: Int]()) { counts, entry in Self.keys(entry.fact).forEach { counts[$0, default: 0] += 1 } }
        }
        let ids = Set(journal.map(\.id))
        for (index, outcome) in outcomes {
            for failure in outcome.failures { Issue.record("\(failure)") }
            let name = "Người thao tác \(index)"
            #expect(journal.contains { $0.operatorName == name }, "\(name) left nothing in the journal")
            for (key, times) in outcome.expected where (byKey[name]?[key] ?? 0) != times {
                Issue.record("\(name) reported \(times)× \(key) but the journal has \(byKey[name]?[key] ?? 0)")
            }
            for id in outcome.showEntries where !ids.contains(id) { Issue.record("\(name)'s live-show entry \(id) is not in the journal") }
            // Both outcomes must have happened for the run to have tested anything.
            #expect(outcome.successes > 0 && outcome.successes + outcome.conflicts + outcome.otherRefusals == count)
        }
        #expect(outcomes.contains { $0.1.conflicts > 0 }, "no edit ever conflicted: the operators did not overlap")

        let now = try store.load()
        #expect(Self.fold(baseline.checklist, journal, .checklistItem) == Self.rows(now.checklist), "the checklist is not the fold of the journal")
        #expect(Self.fold(baseline.delegates, journal, .delegate) == Self.rows(now.delegates), "the roster is not the fold of the journal")
        #expect(Self.fold(baseline.segments, journal, .segment) == Self.rows(now.segments), "the programme is not the fold of the journal")
        // A screen that followed the file reads the same event as one that opens it now.
        try mirror.refresh(from: first)
        #expect(mirror.event == now)
    }

    /// The keys under which a fact answers for a reported success.
    static func keys(_ fact: JournalFact) -> [String] {
        switch fact {
        case .checklist(.statusChanged(let changes)):
            guard let id = changes.id, case .string(let reason)? = changes.values["blocked_reason"] else { return [] }
            return ["checklist.status \(id) \(reason)"]
        case .checklist(.updated(let changes)):
            guard let id = changes.id, case .string(let title)? = changes.values["title"] else { return [] }
            return ["checklist.update \(id) title \(title)"]
        case .agenda(.updated(let changes)):
            guard let id = changes.id, case .string(let title)? = changes.values["title"] else { return [] }
            return ["segment.update \(id) title \(title)"]
        case .roster(.updated(let changes)):
            guard let id = changes.id, case .string(let unit)? = changes.values["unit"] else { return [] }
            return ["delegate.update \(id) unit \(unit)"]
        case .roster(.checkedIn(let id, _, let checkedIn)): return ["delegate.checkin \(id) \(checkedIn)"]
        default: return []
        }
    }

    /// Records as the journal's payloads write them, without the empty fields.
    static func rows<E: Encodable & Identifiable>(_ records: [E]) -> [Int64: String] where E.ID == Int64 {
        Dictionary(uniqueKeysWithValues: records.map { ($0.id, canonical(FieldChanges(record: $0, id: $0.id).values)) })
    }

    static func canonical(_ row: [String: JSONValue]) -> String {
        JSONValue.object(row.filter { $0.value != .null }).text
    }

    /// The records before the run with every later fact on them applied in turn.
    static func fold<E: Encodable & Identifiable>(_ baseline: [E], _ journal: [JournalEntry], _ record: EditConflict.Record) -> [Int64: String]
    where E.ID == Int64 {
        var rows = Dictionary(uniqueKeysWithValues: baseline.map { ($0.id, FieldChanges(record: $0, id: $0.id).values) })
        for entry in journal {
            var changes: FieldChanges?
            switch (record, entry.fact) {
            case (.checklistItem, .checklist(.updated(let c))), (.checklistItem, .checklist(.statusChanged(let c))),
                 (.segment, .agenda(.updated(let c))), (.delegate, .roster(.updated(let c))):
                changes = c
            case (.delegate, .roster(.checkedIn(let id, _, let checkedIn))):
                changes = FieldChanges(id: id, values: ["checked_in": .bool(checkedIn)])
            default: continue
            }
            guard let changes, let id = changes.id else { continue }
            for (key, value) in changes.values { rows[id]?[key] = value == .null ? nil : value }
        }
        return rows.mapValues(canonical)
    }
}
