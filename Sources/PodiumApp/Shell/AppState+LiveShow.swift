import PodiumCore

extension AppState {
    /// Queues a live-show action. Starting a segment whose checklist items are not done asks
    /// first, listing them; "yes" records the override in the journal with the action.
    mutating func requestShowAction(_ action: ShowAction) {
        // Inside the contributions block `next` invites the next speaker and starts no segment.
        let action = SpeakerQueue.resolve(action, state: show, segments: event.segments, contributions: event.contributions, now: now)
        guard let starting = show.segmentStarted(by: action, in: event.segments) else {
            effects.append(.perform(action))
            return
        }
        let open = ChecklistItem.blocking(segmentID: starting.id, in: event.checklist)
        guard !open.isEmpty else {
            effects.append(.perform(action))
            return
        }
        overlay = .confirm(Confirmation(
            question: strings.gateQuestion(starting.title, open.map(\.title)),
            effects: [.recordGateOverride(segmentID: starting.id, openItems: open), .perform(action)]
        ))
    }
}
