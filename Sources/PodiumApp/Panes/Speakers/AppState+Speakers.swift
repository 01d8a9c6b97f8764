import PodiumCore

/// The speakers pane's actions and the live speaker data the MC screen and stage view show.
extension AppState {
    /// The queue joined with the live show at `now`.
    public var speakerQueue: SpeakerQueue {
        SpeakerQueue(contributions: presentedContributions, state: show, segments: event.segments, now: now)
    }

    public var speakerBudget: SpeakerBudget? {
        SpeakerBudget.make(event: event, state: show, now: now, timeZone: timeZone, presented: presentedContributions)
    }

    var speakerLinesLanguage: SpeakerLines.Language { language == .vi ? .vietnamese : .english }

    /// The budget said plainly, with the units that would not fit named.
    func speakerBudgetLine(_ budget: SpeakerBudget) -> String {
        let clock = EventClock.show(state: show, info: event.info, now: now, timeZone: timeZone)
        var names: [String] = []
        if case .wontFit(let ids, _) = budget.verdict {
            names = ids.compactMap { id in event.contributions.first { $0.id == id }?.unit }
        }
        return strings.speakerBudget(budget.verdict, clock.clockTime(budget.mustEndBy).hhmm, names)
    }

    /// The entry on the selected row of the speakers pane.
    var selectedSpeaker: SpeakerQueue.Entry? {
        let entries = speakerQueue.entries
        let index = selectedRow(in: .speakers)
        return entries.indices.contains(index) ? entries[index] : nil
    }

    mutating func applySpeakers(_ action: SpeakerAction) {
        if action == .add {
            overlay = .form(Form(title: strings.speakerAddTitle, fields: [
                Form.Field(label: strings.speakerFieldTopic),
                Form.Field(label: strings.speakerFieldUnit),
                Form.Field(label: strings.speakerFieldSpeaker),
                Form.Field(label: strings.speakerFieldTitle),
                Form.Field(label: strings.speakerFieldMinutes, value: "8"),
            ], purpose: .speakerAdd))
            return
        }
        guard let entry = selectedSpeaker else {
            notice = strings.speakerSelect
            return
        }
        let queue = speakerQueue
        let id = entry.id
        switch action {
        case .withdraw:
            do {
                try queue.checkWithdraw(id, force: false)
                effects.append(.withdrawContribution(id: id, force: false))
            } catch .speakingNow(_, let name) {
                overlay = .confirm(Confirmation(
                    question: strings.speakerWithdrawQuestion(name.isEmpty ? entry.contribution.unit : name),
                    effects: [.withdrawContribution(id: id, force: true)]
                ))
            } catch {
                notice = strings.errors.speakers(error, .terminal)
            }
        case .restore:
            do {
                try queue.checkRestore(id)
                effects.append(.restoreContribution(id: id))
            } catch {
                notice = strings.errors.speakers(error, .terminal)
            }
        case .moveUp, .moveDown:
            let target = entry.contribution.position + (action == .moveUp ? -1 : 1)
            guard (1...queue.entries.count).contains(target) else { return }
            effects.append(.moveContribution(id: id, toPosition: target))
            select(selectedRow(in: .speakers) + (action == .moveUp ? -1 : 1))
        case .editLines:
            let lines = SpeakerLines.lines(for: entry.contribution, in: speakerLinesLanguage)
            var form = Form(title: strings.speakerLinesTitle, fields: [
                Form.Field(label: strings.speakerFieldInvitation, value: entry.contribution.mcInvitation.isEmpty ? lines.invitation : entry.contribution.mcInvitation),
                Form.Field(label: strings.speakerFieldThanks, value: entry.contribution.mcThanks.isEmpty ? lines.thanks : entry.contribution.mcThanks),
            ], purpose: .speakerLines(id: id))
            if let stored = event.contributions.first(where: { $0.id == id }) {
                form.basis = FormBasis(version: journalVersion, original: .contribution(stored))
            }
            overlay = .form(form)
        case .add:
            break
        }
    }

    /// A valid add queues its effect; a speaker missing from the roster asks whether to add them
    /// (to the group of a delegate from the same unit, else the departments' group); an invalid
    /// form reopens with the problem and the typed text kept.
    mutating func submitSpeakerForm(_ form: inout Form) {
        switch form.purpose {
        case .speakerLines(let id):
            // Edited from what the form was opened on: what others changed meanwhile is not undone.
            var base: Contribution?
            if case .contribution(let original)? = form.basis?.original { base = original }
            guard var contribution = base ?? event.contributions.first(where: { $0.id == id }) else {
                notice = strings.errors.speakers(.unknown(id), .terminal)
                return
            }
            let generated = SpeakerLines.generated(for: event.presented(contribution), in: speakerLinesLanguage)
            let invitation = VietnameseText.normalize(form.value(0))
            let thanks = VietnameseText.normalize(form.value(1))
            // Text left as generated is not stored, so it keeps following edits of name or topic.
            contribution.mcInvitation = invitation == generated.invitation ? "" : invitation
            contribution.mcThanks = thanks == generated.thanks ? "" : thanks
            if let basis = form.basis, let base {
                guard contribution != base else { return }
                submittedEdit = form
                effects.append(.editContribution(contribution, EditBasis(version: basis.version, original: base, edited: contribution)))
            } else {
                effects.append(.upsertContribution(contribution))
            }
        case .speakerAdd:
            guard let minutes = Int(form.value(4).trimmingCharacters(in: .whitespaces)) else {
                form.error = strings.speakerMinutesNotNumber
                overlay = .form(form)
                return
            }
            let draft = ContributionDraft(
                topic: form.value(0), unit: form.value(1), speakerName: form.value(2), speakerTitle: form.value(3), minutes: minutes
            )
            do {
                _ = try draft.contribution(existing: event.contributions, roster: event.delegates)
                effects.append(.addContribution(draft, addDelegateToGroup: nil))
            } catch .speakerNotInRoster(let name) {
                let unit = VietnameseText.folded(draft.unit)
                let group = event.delegates.first { VietnameseText.folded($0.unit) == unit }.flatMap { event.group(forKey: $0.groupKey) }
                    ?? event.groups.first { $0.key == "departments" } ?? event.groups.sorted { $0.order < $1.order }.last
                guard let group else {
                    form.error = strings.errors.speakers(.speakerNotInRoster(name), .terminal)
                    overlay = .form(form)
                    return
                }
                overlay = .confirm(Confirmation(
                    question: strings.speakerAddDelegateQuestion(name, group.name),
                    effects: [.addContribution(draft, addDelegateToGroup: group.key)]
                ))
            } catch {
                form.error = strings.errors.speakers(error, .terminal)
                overlay = .form(form)
            }
        default:
            break
        }
    }
}
