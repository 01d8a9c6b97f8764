import Foundation
import PodiumCore

extension AppState {
    /// Queues a live-show action. Starting a segment whose checklist items are not done asks
    /// first, listing them (the same gate `LiveShowCommand` keeps); "yes" records the override
    /// with the action.
    mutating func requestShowAction(_ action: ShowAction) {
        mcTextPage = 0
        // Inside the contributions block `next` invites the next speaker and starts no segment.
        let action = SpeakerQueue.resolve(action, state: show, segments: event.segments, contributions: event.contributions, now: now)
        if action == .next || action == .skip, show.stage == .running, askBeforeLeaving(with: action) { return }
        guard let (starting, open) = LiveShowCommand.gate(action, state: show, event: event, now: now) else {
            effects.append(.perform(action))
            return
        }
        overlay = .confirm(Confirmation(
            question: strings.gateQuestion(starting.title, open.map(\.title)), effects: [.performOverridingGate(action)]
        ))
    }

    /// Leaving the current segment can lose something the MC must hear about first: award
    /// batches not yet presented, or, on the last segment, the end of the whole show (with any
    /// segments passed over). Returns true when a question was put up instead of acting.
    private mutating func askBeforeLeaving(with action: ShowAction) -> Bool {
        let dayOf = strings.dayOf
        var parts: [String] = []
        if let current = show.current, event.segments.first(where: { $0.id == current.segmentID })?.kind == .awards {
            let left = awardCeremony.batches.filter { !$0.isDone }.count
            if left > 0 { parts.append(dayOf.awardsBatchesLeft(left)) }
        }
        let isLast = show.nextSegment(in: orderedSegments) == nil
        if isLast {
            let passed = show.jumpedOver(in: event.segments).map { "\($0.position). \($0.title)" }
            parts.append(dayOf.endQuestion(passed, show.isRehearsal))
        } else if !parts.isEmpty {
            parts.append(dayOf.leaveAwardsQuestion)
        }
        guard !parts.isEmpty else { return false }
        let effect: StoreEffect = isLast ? .perform(.end) : .perform(action)
        overlay = .confirm(Confirmation(question: parts.joined(separator: " ") + " " + dayOf.yesNo, effects: [effect]))
        return true
    }

    /// The jump question, warning about the segments with a presenter the jump would pass over.
    public func jumpQuestion(to segmentID: Int64) -> String {
        let title = event.segments.first { $0.id == segmentID }?.title ?? "\(segmentID)"
        let passed = show.passedOver(byJumpTo: segmentID, in: event.segments).filter { !$0.presenter.isEmpty }
        guard !passed.isEmpty else { return strings.jumpQuestion(title) }
        return strings.dayOf.jumpPassesOver(title, passed.map { "\($0.position). \($0.title) (\($0.presenter))" })
    }

    /// The MC types a message for the stage; "c"/"y" in the second field makes it blink.
    mutating func askStageMessage() {
        overlay = .form(Form(
            title: strings.stageMessageTitle,
            fields: [Form.Field(label: strings.stageMessageText), Form.Field(label: strings.stageMessageBlink, value: "k")],
            purpose: .stageMessage
        ))
    }

    mutating func submitStageMessage(_ form: inout Form) {
        let text = VietnameseText.normalize(Sanitizer.clean(form.value(0), keepNewlines: false))
        guard !text.isEmpty else {
            form.error = strings.stageMessageEmpty
            overlay = .form(form)
            return
        }
        let blink = ["c", "co", "y", "yes"].contains(VietnameseText.folded(form.value(1)))
        requestShowAction(.message(text: text, blink: blink))
    }

    /// The MC asks for a rehearsal: the plan laid from a time they type, or from now.
    mutating func askRehearsal() {
        overlay = .form(Form(
            title: strings.rehearsal.formTitle, fields: [Form.Field(label: strings.rehearsal.formStart)], purpose: .rehearsal
        ))
    }

    mutating func submitRehearsal(_ form: inout Form) {
        let text = form.value(0).trimmingCharacters(in: .whitespaces)
        var planStart: Date?
        if !text.isEmpty {
            guard let time = ClockTime(parsing: text) else {
                form.error = strings.rehearsal.badTime(text)
                overlay = .form(form)
                return
            }
            planStart = RehearsalRule.Rehearsal(from: time, now: now, timeZone: timeZone).planStart
        }
        guard let (starting, open) = LiveShowCommand.gate(.start, state: show, event: event, now: now) else {
            effects.append(.startRehearsal(planStart: planStart, overrideGate: false))
            return
        }
        overlay = .confirm(Confirmation(
            question: strings.gateQuestion(starting.title, open.map(\.title)),
            effects: [.startRehearsal(planStart: planStart, overrideGate: true)]
        ))
    }

    /// R on the agenda pane: asks, then sets the rehearsal aside ("show.reset").
    mutating func askResetRehearsal() {
        guard show.isRehearsal else {
            notice = strings.rehearsal.nothingToReset
            return
        }
        overlay = .confirm(Confirmation(
            question: strings.rehearsal.resetQuestion(show.setAsideCount), effects: [.perform(.reset)]
        ))
    }
}
