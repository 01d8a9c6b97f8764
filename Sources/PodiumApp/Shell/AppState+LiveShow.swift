import Foundation
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
        effects.append(.startRehearsal(planStart: planStart))
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
