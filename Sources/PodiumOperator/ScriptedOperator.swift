import Foundation
import PodiumCore
import PodiumStore

/// One operator at a terminal, scripted: seeded random live-show presses based on the show
/// it read, checklist ticks and blocks, check-ins, and form edits based on the journal version
/// it read, with a short look at the screen before each press so that others act meanwhile.
struct ScriptedOperator {
    let index: Int
    let store: EventStore
    /// The hall's clock for the first command; each later one is a second after.
    let start: Date

    static func name(_ index: Int) -> String { "Người thao tác \(index)" }

    func run(_ count: Int) -> OperatorOutcome {
        var random = SeededRandom(state: 2026 &* UInt64(index))
        let actor = Actor(operatorName: Self.name(index), role: .organizer)
        var outcome = OperatorOutcome()
        var seen: Int64 = 0
        for step in 0..<count {
            let time = start.addingTimeInterval(Double(step))
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
                    let result = try store.run(.liveShow(LiveShowCommand(action, overrideGate: true, basedOn: show.lastEntryID)), by: actor, at: time)
                    if let entry = result.entry { outcome.showEntries.append(entry.id) }
                case 3..<5:
                    let items = try store.load([.checklist]).checklist
                    let item = items[Int.random(in: 0..<items.count, using: &random)]
                    pause(&random)
                    if Bool.random(using: &random) {
                        try store.run(.checklist(.changeStatus(id: item.id, .block(reason: "Chờ \(mark)"))), by: actor, at: time)
                        outcome.expected["checklist.status \(item.id) Chờ \(mark)", default: 0] += 1
                    } else {
                        // A tick may find it ticked already by someone else: then nothing is written.
                        try store.run(.checklist(.changeStatus(id: item.id, item.status == .done ? .reopen : .done)), by: actor, at: time)
                    }
                case 5..<7:
                    let delegates = try store.load([.delegates]).delegates.prefix(12)
                    let delegate = delegates[delegates.startIndex + Int.random(in: 0..<delegates.count, using: &random)]
                    pause(&random)
                    try store.run(.roster(.checkIn(delegateID: delegate.id, !delegate.checkedIn)), by: actor, at: time)
                    outcome.expected["delegate.checkin \(delegate.id) \(!delegate.checkedIn)", default: 0] += 1
                default:
                    try edit(mark, basedOn: seen, actor, time, &random, &outcome)
                }
                outcome.successes += 1
            } catch {
                switch error {
                case .refused(.conflict): outcome.conflicts += 1
                case .refused: outcome.otherRefusals += 1
                default: outcome.failures.append("\(Self.name(index)) step \(step): \(error)")
                }
            }
        }
        return outcome
    }

    /// A form opened on the record as read, a field typed over, saved on the version read.
    private func edit(
        _ mark: String, basedOn seen: Int64, _ actor: Actor, _ time: Date, _ random: inout SeededRandom, _ outcome: inout OperatorOutcome
    ) throws(StoreError) {
        let event = try store.load([.checklist, .segments, .delegates])
        /// Opens one of the first six records, types `value` into `field` (`name` in the journal),
        /// saves it as `command`; the journal must then hold the update once more.
        func save<R: Encodable & Identifiable<Int64>>(
            _ records: [R], _ field: WritableKeyPath<R, String>, named name: String, _ value: String, key: String,
            _ command: (R, EditBasis) -> EventCommand
        ) throws(StoreError) {
            let opened = records[Int.random(in: 0..<min(6, records.count), using: &random)]
            var edited = opened
            edited[keyPath: field] = value
            pause(&random)
            try store.run(command(edited, EditBasis(version: seen, original: opened, edited: edited)), by: actor, at: time)
            outcome.expected["\(key) \(opened.id) \(name) \(value)", default: 0] += 1
        }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: try save(event.checklist, \.title, named: "title", "Việc \(mark)", key: "checklist.update") { .checklist(.edit($0, $1)) }
        case 1: try save(event.segments, \.title, named: "title", "Mục \(mark)", key: "segment.update") { .agenda(.edit($0, $1)) }
        default: try save(event.delegates, \.unit, named: "unit", "Đơn vị \(mark)", key: "delegate.update") { .roster(.edit($0, $1)) }
        }
    }

    /// The operator looks at the screen a moment before pressing.
    private func pause(_ random: inout SeededRandom) {
        usleep(UInt32.random(in: 0..<1_500, using: &random))
    }
}
