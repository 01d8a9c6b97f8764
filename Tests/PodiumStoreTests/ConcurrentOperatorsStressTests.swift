import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// Three operators on one event file at once, each through its own `EventStore` connection on
/// its own thread (separate SQLite connections, as separate terminals have): seeded random
/// live-show presses based on the show they read, checklist ticks and blocks, check-ins, and
/// form edits based on the journal version they read. Afterwards the file is sound, every
/// command that reported success is in the journal, every refusal is a conflict or a rule of
/// the domain (never busy, never SQLite's words), and the state is the fold of the journal.
/// `PODIUM_STRESS_COMMANDS` sets the commands per operator (300 in the suite).
@Suite struct ConcurrentOperatorsStressTests {
    /// What one operator did: the journal keys its successes must have, and its refusals.
    struct Outcome: Sendable {
        var expected: [String: Int] = [:]
        var showEntries: [Int64] = []
        var refusals: [StoreError] = []
        var failures: [String] = []
        var successes = 0
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Outcome] = [:]
        func set(_ index: Int, _ outcome: Outcome) { lock.withLock { values[index] = outcome } }
        var all: [Int: Outcome] { lock.withLock { values } }
    }

    /// A seeded generator (SplitMix64), so a failing run can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func threeOperatorsAtOnceLeaveTheFoldOfTheJournal() throws {
        let count = ProcessInfo.processInfo.environment["PODIUM_STRESS_COMMANDS"].flatMap(Int.init) ?? 300
        let dir = try TempDir()
        let first = try dir.demoStore()
        let baselineID = try first.journal().last?.id ?? 0
        let baseline = try first.load()
        var mirror = try EventMirror(store: first)
        let file = dir.file()
        let outcomes = Outcomes()
        let group = DispatchGroup()
        for index in 1...3 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                var outcome = Outcome()
                do {
                    let store = try EventStore.open(at: file)
                    outcome = Self.run(count, as: index, on: store)
                } catch {
                    outcome.failures.append("operator \(index) could not open the file: \(error)")
                }
                outcomes.set(index, outcome)
            }
        }
        group.wait()

        let store = try EventStore.open(at: file, readOnly: true)
        #expect(store.damage == nil && store.fullCheck() == nil, "the file is damaged")
        let journal = try store.journal(after: baselineID)
        let byKey = Dictionary(grouping: journal) { $0.operatorName }.mapValues { entries in
            entries.reduce(into: [String: Int]()) { counts, entry in Self.keys(entry.fact).forEach { counts[$0, default: 0] += 1 } }
        }
        let ids = Set(journal.map(\.id))
        for (index, outcome) in outcomes.all.sorted(by: { $0.key < $1.key }) {
            for failure in outcome.failures { Issue.record("\(failure)") }
            let name = Self.operatorName(index)
            for (key, times) in outcome.expected where (byKey[name]?[key] ?? 0) != times {
                Issue.record("\(name) reported \(times)× \(key) but the journal has \(byKey[name]?[key] ?? 0)")
            }
            for id in outcome.showEntries where !ids.contains(id) { Issue.record("\(name)'s live-show entry \(id) is not in the journal") }
            // Both outcomes must have happened for the run to have tested anything.
            #expect(outcome.successes > 0 && outcome.successes + outcome.refusals.count == count)
        }
        #expect(outcomes.all.values.contains { $0.refusals.contains { if case .refused(.conflict) = $0 { true } else { false } } },
                "no edit ever conflicted: the operators did not overlap")

        let now = try store.load()
        #expect(Self.fold(baseline.checklist, journal, .checklistItem) == Self.rows(now.checklist), "the checklist is not the fold of the journal")
        #expect(Self.fold(baseline.delegates, journal, .delegate) == Self.rows(now.delegates), "the roster is not the fold of the journal")
        #expect(Self.fold(baseline.segments, journal, .segment) == Self.rows(now.segments), "the programme is not the fold of the journal")
        // A screen that followed the file reads the same event as one that opens it now.
        try mirror.refresh(from: first)
        #expect(mirror.event == now)
    }

    static func operatorName(_ index: Int) -> String { "Người thao tác \(index)" }

    /// One operator's commands. Every error is kept; only a refusal of the domain is expected.
    static func run(_ count: Int, as index: Int, on store: EventStore) -> Outcome {
        var random = Seeded(state: 2026 &* UInt64(index))
        let actor = Actor(operatorName: operatorName(index), role: .organizer)
        var outcome = Outcome()
        var seen: Int64 = 0
        for step in 0..<count {
            let time = t0.addingTimeInterval(Double(step))
            let mark = "\(index)-\(step)"
            do throws(StoreError) {
                // The journal as this screen last read it: the version its forms are based on.
                seen = try store.journal(after: seen).last?.id ?? seen
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<3:
                    let show = try store.showState()
                    let action: ShowAction = switch (show.stage, Int.random(in: 0..<6, using: &random)) {
                    case (.notStarted, _): .start
                    case (_, 0): .back
                    case (_, 1): .message(text: "Còn \(step) phút", blink: false)
                    default: .next
                    }
                    pause(&random)
                    let entry = try store.perform(LiveShowCommand(action, overrideGate: true, basedOn: show.lastEntryID), by: actor, at: time)
                    outcome.showEntries.append(entry.id)
                case 3..<5:
                    let items = try store.load([.checklist]).checklist
                    let item = items[Int.random(in: 0..<items.count, using: &random)]
                    pause(&random)
                    if Bool.random(using: &random) {
                        try store.changeChecklistStatus(id: item.id, .block(reason: "Chờ \(mark)"), by: actor, at: time)
                        outcome.expected["checklist.status \(item.id) Chờ \(mark)", default: 0] += 1
                    } else {
                        // A tick may find it ticked already by someone else: then nothing is written.
                        try store.changeChecklistStatus(id: item.id, item.status == .done ? .reopen : .done, by: actor, at: time)
                    }
                case 5..<7:
                    let delegates = try store.load([.delegates]).delegates.prefix(12)
                    let delegate = delegates[delegates.startIndex + Int.random(in: 0..<delegates.count, using: &random)]
                    pause(&random)
                    try store.setCheckedIn(delegateID: delegate.id, !delegate.checkedIn, by: actor, at: time)
                    outcome.expected["delegate.checkin \(delegate.id) \(!delegate.checkedIn)", default: 0] += 1
                default:
                    try edit(mark, basedOn: seen, store, actor, time, &random, &outcome)
                }
                outcome.successes += 1
            } catch {
                switch error {
                case .refused: outcome.refusals.append(error)
                default: outcome.failures.append("\(operatorName(index)) step \(step): \(error)")
                }
            }
        }
        return outcome
    }

    /// A form opened on the record as read, a field typed over, saved on the version read.
    static func edit(
        _ mark: String, basedOn seen: Int64, _ store: EventStore, _ actor: Actor, _ time: Date,
        _ random: inout Seeded, _ outcome: inout Outcome
    ) throws(StoreError) {
        let event = try store.load([.checklist, .segments, .delegates])
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let opened = event.checklist[Int.random(in: 0..<min(6, event.checklist.count), using: &random)]
            var edited = opened
            edited.title = "Việc \(mark)"
            pause(&random)
            try store.editChecklistItem(edited, basedOn: EditBasis(version: seen, original: opened, edited: edited), by: actor, at: time)
            outcome.expected["checklist.update \(opened.id) title \(edited.title)", default: 0] += 1
        case 1:
            let opened = event.segments[Int.random(in: 0..<min(6, event.segments.count), using: &random)]
            var edited = opened
            edited.title = "Mục \(mark)"
            pause(&random)
            try store.editSegment(edited, basedOn: EditBasis(version: seen, original: opened, edited: edited), by: actor, at: time)
            outcome.expected["segment.update \(opened.id) title \(edited.title)", default: 0] += 1
        default:
            let opened = event.delegates[Int.random(in: 0..<min(6, event.delegates.count), using: &random)]
            var edited = opened
            edited.unit = "Đơn vị \(mark)"
            pause(&random)
            try store.editDelegate(edited, basedOn: EditBasis(version: seen, original: opened, edited: edited), by: actor, at: time)
            outcome.expected["delegate.update \(opened.id) unit \(edited.unit)", default: 0] += 1
        }
    }

    /// The operator looks at the screen a moment before pressing: others may act meanwhile.
    static func pause(_ random: inout Seeded) {
        usleep(UInt32.random(in: 0..<1_500, using: &random))
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
