import PodiumCore

/// What the MC's live panel shows while the contributions block runs: the speaker's own
/// countdown instead of the block's, who speaks and who is next, the block's time left, the
/// budget in plain words, and the words to say next (thanks, then the next invitation).
struct SpeakerPanel {
    var title: String
    var countdown: Int
    var phase: ShowPhase
    var facts: [(String, ThemeKey)]
    var mcText: String

    init?(state: AppState, status: ShowStatus) {
        let queue = state.speakerQueue
        guard status.stage == .running, queue.blockIsLive else { return nil }
        let strings = state.strings
        let language = state.speakerLinesLanguage
        let active = queue.entries.filter { $0.status != .withdrawn }
        func who(_ entry: SpeakerQueue.Entry) -> String {
            let c = entry.contribution
            return c.speakerName.isEmpty ? c.unit : [c.speakerName, c.speakerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        var facts: [(String, ThemeKey)] = []
        var words: [String] = []
        if let speaking = queue.speaking {
            let index = (active.firstIndex { $0.id == speaking.entry.id } ?? 0) + 1
            title = "▶ " + strings.speakerNow(index, active.count, who(speaking.entry), speaking.entry.contribution.unit)
            countdown = speaking.remainingSeconds
            phase = speaking.phase
            facts.append((strings.phaseName(speaking.phase), ThemeKey.phase(speaking.phase)))
            facts.append((strings.speakerElapsed(DurationText.clock(speaking.elapsedSeconds), DurationText.clock(speaking.allottedSeconds)), ThemeKey.uiText))
            words.append(strings.speakerThanksLabel + ": " + SpeakerLines.lines(for: speaking.entry.contribution, in: language).thanks)
        } else {
            title = status.current.map { "▶ \($0.position). \($0.title)" } ?? ""
            countdown = status.remainingSeconds
            phase = status.phase
            facts.append((strings.phaseName(status.phase), ThemeKey.phase(status.phase)))
        }
        facts.append((strings.speakerBlockLeft(DurationText.clock(status.remainingSeconds)), ThemeKey.uiText))
        // First, so a narrow screen's one line of facts still says the clock is stopped.
        if status.isHeld { facts.insert((strings.liveHeld, ThemeKey.phase(.warning)), at: 0) }
        if let budget = state.speakerBudget {
            let fits = if case .fits = budget.verdict { true } else { false }
            facts.append((state.speakerBudgetLine(budget), fits ? ThemeKey.uiText : ThemeKey.phase(.warning)))
        }
        if let onDeck = queue.onDeck {
            facts.append((strings.speakerOnDeck(who(onDeck) + " · " + onDeck.contribution.unit), ThemeKey.agendaNext))
            words.append(strings.speakerInviteLabel + ": " + SpeakerLines.lines(for: onDeck.contribution, in: language).invitation)
        } else {
            facts.append((strings.speakerNoneLeft, ThemeKey.agendaNext))
        }
        self.facts = facts
        mcText = words.joined(separator: "\n")
    }
}
