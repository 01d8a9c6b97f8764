import PodiumCore

/// The award ceremony on the MC's live panel: while the awards segment runs, the words to say
/// now — the reading of the decision before anyone has gone up, then the batch on stage (its
/// names in calling order, the presenter, the photo) — and where the ceremony stands. The
/// same words as the ceremony's script (`AwardScript`), so the printed script and the screen agree.
struct AwardCue {
    var progress: String
    var mcText: String
    /// The presenting leader the words invite, when they have not arrived.
    var absentPresenter: String?

    init?(state: AppState, status: ShowStatus) {
        let ceremony = state.awardCeremony
        guard status.stage == .running, status.current?.kind == .awards, let batch = ceremony.current else { return nil }
        let called = batch.entries.filter(\.isCalled)
        progress = state.strings.awardsBatchHeader(
            batch.number, ceremony.batches.count, called.filter(\.isTicked).count, called.count,
            DurationText.clock(ceremony.estimatedRemainingSeconds)
        )
        absentPresenter = state.presenterNotArrived(batch).map { state.strings.dayOf.presenterNotHere($0.name) }
        let script = AwardScript(event: state.event, ceremony: ceremony, language: state.language == .vi ? .vi : .en)
        let sections = script.sections.filter { section in
            section.batch == batch.number || (!ceremony.hasBegun && section.batch == nil)
        }
        // One line each, as the script prints them: the MC reads the names down a list.
        mcText = sections.flatMap(\.lines).joined(separator: "\n")
    }
}
