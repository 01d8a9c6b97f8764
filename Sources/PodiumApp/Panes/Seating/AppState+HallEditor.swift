import Foundation
import PodiumCore

/// What the hall editor's keys ask for; see `AppState+HallEditor`.
public enum HallEditorAction: Hashable, Sendable {
    case toggle
    case editPresidium
    case addSection
    case removeSection
    /// +1 adds a row at the back of the cursor's section, -1 removes it.
    case changeRows(Int)
    /// +1 adds a seat at the end of every row of the cursor's section, -1 removes it.
    case changeSeats(Int)
    case toggleUsable
}

extension AppState {
    /// Applies a hall-editor key: forms for the numbers, a question before anyone loses a seat
    /// or the hall becomes smaller than the roster, otherwise the new hall is queued at once.
    mutating func applyHallEditor(_ action: HallEditorAction) {
        let hall = event.hall
        switch action {
        case .toggle:
            seatingView.editingHall.toggle()
            seatingView.picked = nil
        case .editPresidium:
            overlay = .form(Form(
                title: strings.hallPresidiumTitle,
                fields: [Form.Field(label: strings.hallPresidiumSeats, value: String(hall.presidiumSeats))],
                purpose: .hallPresidium, basis: FormBasis(version: journalVersion, original: .whole(.hall))
            ))
        case .addSection:
            let labels = [strings.hallSectionName, strings.hallSectionRows, strings.hallSectionSeats, strings.hallSectionAisles]
            overlay = .form(Form(
                title: strings.hallSectionTitle, fields: labels.map { Form.Field(label: $0) }, purpose: .hallAddSection,
                basis: FormBasis(version: journalVersion, original: .whole(.hall))
            ))
        case .removeSection:
            guard let index = cursorSection() else { return }
            if let newHall = edit({ hall throws(HallEditError) in try HallEdit.removeSection(index, from: hall) }) {
                askToRemove(section: hall.sections[index], leaving: newHall)
            }
        case .changeRows(let delta):
            guard let index = cursorSection() else { return }
            if let newHall = edit({ hall throws(HallEditError) in try HallEdit.changeRows(ofSection: index, by: delta, in: hall) }) { propose(newHall) }
        case .changeSeats(let delta):
            guard let index = cursorSection() else { return }
            if let newHall = edit({ hall throws(HallEditError) in try HallEdit.changeSeats(ofSection: index, by: delta, in: hall) }) { propose(newHall) }
        case .toggleUsable:
            guard let seat = seatingDerived.layout.seats[safe: seatingView.cursor] else { return }
            if let newHall = edit({ hall throws(HallEditError) in try HallEdit.toggleUsable(seat, in: hall) }) { propose(newHall) }
        }
    }

    mutating func submitHallForm(_ form: inout Form) {
        switch form.purpose {
        case .hallPresidium:
            guard let seats = number(form, field: 0) else { return }
            if let newHall = edit(form, { hall throws(HallEditError) in try HallEdit.setPresidium(seats, in: hall) }) { propose(newHall, from: form) }
        case .hallAddSection:
            guard let rows = number(form, field: 1), let seats = number(form, field: 2) else { return }
            var aisles: Set<Int> = []
            for part in form.value(3).split(whereSeparator: { $0 == "," || $0 == " " }) {
                guard let aisle = Int(part) else {
                    refuse(form, strings.hallNotANumber(strings.hallSectionAisles, String(part)))
                    return
                }
                aisles.insert(aisle)
            }
            let name = form.value(0)
            let added = edit(form) { hall throws(HallEditError) in
                try HallEdit.addSection(name: name, rows: rows, seatsPerRow: seats, innerAisles: aisles, to: hall)
            }
            if let added { propose(added, from: form) }
        default:
            break
        }
    }

    /// Queues the new hall, or asks first when seated delegates would lose their seat or the
    /// hall would shrink below the roster; based on the hall as the screen showed it when the
    /// key was pressed or `form` opened, so a hall another terminal changed meanwhile is not
    /// written over (and the form comes back as typed).
    private mutating func propose(_ newHall: Hall, from form: Form? = nil) {
        let warning = consequences(of: newHall)
        let effect = StoreEffect.updateHall(newHall, basedOn: form?.basis?.version ?? journalVersion)
        if let form { submittedEdit = form }
        if warning.isEmpty {
            effects.append(effect)
        } else {
            overlay = .confirm(Confirmation(question: (warning + [strings.hallContinueQuestion]).joined(separator: " "), effects: [effect]))
        }
    }

    private mutating func askToRemove(section: HallSection, leaving newHall: Hall) {
        let unseated = HallEdit.displaced(event.seating, in: newHall).count
        var question = strings.hallRemoveSectionQuestion(section.name, section.usableSeatCount, unseated)
        if shrinksBelowRoster(newHall) {
            question = strings.hallTooSmall(newHall.seatCount, event.delegates.count) + " " + question
        }
        overlay = .confirm(Confirmation(question: question, effects: [.updateHall(newHall, basedOn: journalVersion)]))
    }

    private func consequences(of newHall: Hall) -> [String] {
        var lines: [String] = []
        let unseated = HallEdit.displaced(event.seating, in: newHall).count
        if unseated > 0 { lines.append(strings.hallUnseats(unseated)) }
        if shrinksBelowRoster(newHall) { lines.append(strings.hallTooSmall(newHall.seatCount, event.delegates.count)) }
        return lines
    }

    /// A hall that loses seats while the roster does not fit in it; growing a small hall is never questioned.
    private func shrinksBelowRoster(_ newHall: Hall) -> Bool {
        newHall.seatCount < event.hall.seatCount && HallEdit.shortfall(delegates: event.delegates.count, in: newHall) > 0
    }

    /// The section of the seat under the cursor, or nil (with a notice) on the presidium.
    private mutating func cursorSection() -> Int? {
        guard let seat = seatingDerived.layout.seats[safe: seatingView.cursor], !seat.isPresidium else {
            notice = strings.hallNeedsSection
            return nil
        }
        return seat.sectionIndex
    }

    /// Runs an edit on the current hall; a refusal becomes the notice.
    private mutating func edit(_ change: (Hall) throws(HallEditError) -> Hall) -> Hall? {
        do {
            return try change(event.hall)
        } catch {
            notice = strings.errors.hall(error, .terminal)
            return nil
        }
    }

    /// Runs an edit from a form; a refusal puts the form back with the reason.
    private mutating func edit(_ form: Form, _ change: (Hall) throws(HallEditError) -> Hall) -> Hall? {
        do {
            return try change(event.hall)
        } catch {
            refuse(form, strings.errors.hall(error, .terminal))
            return nil
        }
    }

    private mutating func number(_ form: Form, field: Int) -> Int? {
        let text = form.value(field).trimmingCharacters(in: .whitespaces)
        guard let value = Int(text) else {
            refuse(form, strings.hallNotANumber(form.fields[safe: field]?.label ?? "", text))
            return nil
        }
        return value
    }

    private mutating func refuse(_ form: Form, _ message: String) {
        var form = form
        form.error = message
        overlay = .form(form)
    }
}
