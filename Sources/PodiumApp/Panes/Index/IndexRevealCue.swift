import PodiumCore

/// What the MC's live panel adds during the announcement: how far the reveal has gone and
/// the sentence to say for the step the next key will reveal.
struct IndexRevealCue {
    var progress: String
    var mcText: String

    init?(state: AppState, status: ShowStatus) {
        guard IndexRevealStageView.applies(state, status: status) else { return nil }
        let strings = state.strings.index
        let steps = state.indexDerived.steps
        let revealed = state.indexReveal.revealed
        progress = strings.revealProgress(revealed, steps.count)
        if revealed < steps.count {
            mcText = strings.revealNext + " " + IndexRevealScript.sentence(steps[revealed], scheme: state.indexDerived.ranking.scheme)
        } else {
            mcText = strings.revealDone
        }
    }
}
