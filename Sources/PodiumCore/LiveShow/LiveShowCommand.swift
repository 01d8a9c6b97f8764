import Foundation

/// One live-show action as the MC asks for it, from the TUI or `podium show`: checked against
/// the role table, the checklist gate and the show's rules, it gives every fact to record, in
/// order and in one transaction: the gate override, a rehearsal mark or set-aside, the action.
public struct LiveShowCommand: Hashable, Sendable {
    /// Why the command records nothing. The interfaces word each case (`ErrorStrings.liveShow`).
    public enum Refusal: Error, Hashable, Sendable {
        case notAllowed(Role)
        /// The action would start `segment` while `openItems` gating it are not done.
        case gated(segment: Segment, openItems: [ChecklistItem])
        case show(ShowError)
        /// Another terminal moved the show on after the screen this was pressed on: `action` by
        /// `operatorName` at `time` (the hall's clock, "08:05:12"). Two MCs pressing next at
        /// once move the show on once; the second is told.
        case overtaken(operatorName: String, role: Role, time: String, action: ShowAction)
    }

    public var action: ShowAction
    /// Start the segment even though checklist items gating it are open (recorded as a fact).
    public var overrideGate: Bool
    /// The MC's explicit request for a rehearsal.
    public var rehearsal: RehearsalRule.Rehearsal?
    /// The newest live-show entry the operator's screen showed (`ShowState.lastEntryID`); nil
    /// when the caller saw no state (a one-shot command line).
    public var basedOn: Int64?

    public init(_ action: ShowAction, overrideGate: Bool = false, rehearsal: RehearsalRule.Rehearsal? = nil, basedOn: Int64? = nil) {
        self.action = action
        self.overrideGate = overrideGate
        self.rehearsal = rehearsal
        self.basedOn = basedOn
    }

    /// The segment the action would start now and the checklist items still holding it; nil
    /// when nothing holds it. Inside the contributions block `next` invites the next speaker
    /// and starts no segment.
    public static func gate(
        _ action: ShowAction, state: ShowState, event: EventData, now: Date
    ) -> (segment: Segment, openItems: [ChecklistItem])? {
        let action = SpeakerQueue.resolve(action, state: state, segments: event.segments, contributions: event.contributions, now: now)
        guard let segment = state.segmentStarted(by: action, in: event.segments) else { return nil }
        let open = ChecklistGate.blocking(segmentID: segment.id, in: event.checklist)
        return open.isEmpty ? nil : (segment, open)
    }

    /// The facts to record. `journal` holds the live-show entries so far (others are ignored);
    /// each step is checked against the show as the steps before it leave it.
    public func facts(
        journal: [JournalEntry], event: EventData, role: Role, operatorName: String, now: Date
    ) throws(Refusal) -> [JournalFact] {
        guard RoleTable.allows(role, .driveShow) else { throw .notAllowed(role) }
        var entries = journal.filter { $0.fact.showAction != nil }
        if let basedOn, action.movesTheShow, let newest = entries.last, newest.id != basedOn, let step = newest.fact.showAction {
            let time = EventClock(date: event.info.date, timeZone: event.info.timeZone).clockTime(newest.time).hhmmss
            throw .overtaken(operatorName: newest.operatorName, role: newest.role, time: time, action: step)
        }
        var state = ShowState(journal: entries, segments: event.segments)
        var facts: [JournalFact] = []
        if let (segment, open) = Self.gate(action, state: state, event: event, now: now) {
            guard overrideGate else { throw .gated(segment: segment, openItems: open) }
            let items = open.map { ChecklistFact.OpenItem(id: $0.id, title: $0.title, agency: $0.agency, status: $0.status.rawValue) }
            facts.append(.checklist(.gateOverridden(segmentID: segment.id, segmentTitle: segment.title, openItems: items)))
        }
        let resolved = SpeakerQueue.resolve(action, state: state, segments: event.segments, contributions: event.contributions, now: now)
        let steps = RehearsalRule.recorded(
            resolved, state: state, info: event.info, now: now, timeZone: event.info.timeZone, rehearsal: rehearsal
        )
        var nextID = (journal.map(\.id).max() ?? 0) + 1
        for step in steps {
            do throws(ShowError) {
                try state.validate(step, segments: event.segments)
                try SpeakerQueue.validate(step, contributions: event.contributions)
            } catch {
                throw .show(error)
            }
            facts.append(.show(step))
            entries.append(JournalEntry(id: nextID, time: now, operatorName: operatorName, role: role, fact: .show(step)))
            nextID += 1
            state = ShowState(journal: entries, segments: event.segments)
        }
        return facts
    }
}
