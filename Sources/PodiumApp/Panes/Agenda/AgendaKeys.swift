import PodiumCore
import TermCore

/// Editing the programme on the agenda pane. Organisers edit; the MC may edit before the show
/// but not while it runs (the lock); an organiser changing a past or current segment confirms.
enum AgendaKeys {
    static let bindings: [KeyBinding] = [
        binding([.char("a")], "a", .add, { $0.actionAgendaAdd }),
        binding([.char("r"), .function(2)], "r F2", .edit, { $0.actionAgendaEdit }),
        binding([.char("d"), .delete], "d Del", .delete, { $0.actionAgendaDelete }),
        binding([.char("K")], "K", .moveUp, { $0.actionAgendaMoveUp }),
        binding([.char("J")], "J", .moveDown, { $0.actionAgendaMoveDown }),
        KeyBinding(
            keys: [.char("D")], label: "D", scope: .pane(.agenda), command: { _ in .editEventDetails },
            describe: { $0.eventDetails.action },
            disabledReason: { state in
                if state.isReadOnly { return state.readOnlyReason }
                return state.role == .organizer ? nil : state.strings.eventDetails.notOrganiser
            }
        ),
        KeyBinding(
            keys: [.char("V")], label: "V", scope: .pane(.agenda), command: { _ in .editRoleTable },
            describe: { $0.access.action },
            disabledReason: { state in
                if state.isReadOnly { return state.readOnlyReason }
                return state.role == .organizer ? nil : state.strings.access.notOrganiser
            }
        ),
        // Reading the MC's words is open to everyone who sees them.
        KeyBinding(
            keys: [.char("t")], label: "t", scope: .pane(.agenda), command: { _ in .nextMCTextPage }, describe: { $0.dayOf.actionMCTextPage }
        ),
    ]

    private static func binding(
        _ keys: [Key], _ label: String, _ action: AgendaAction, _ describe: @escaping @Sendable (UIStrings) -> String
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, label: label, scope: .pane(.agenda), command: { _ in .agenda(action) }, describe: describe,
            disabledReason: { $0.agendaEditDisabledReason }
        )
    }
}

extension AppState {
    /// Why the programme cannot be edited from this terminal now, or nil.
    var agendaEditDisabledReason: String? {
        if isReadOnly { return readOnlyReason }
        switch role {
        case .organizer: return nil
        case .mc: return show.stage == .running ? strings.reasonAgendaLocked : nil
        case .protocol, .viewer: return strings.reasonAgendaOrganizers
        }
    }
}

extension AppState {
    /// D: the event's details in one form; it saves all of them or, refused, none.
    mutating func editEventDetails() {
        let info = event.info
        let values = [info.title, info.planNumber, info.date.iso, info.startTime.hhmm, info.venue, info.organiser, info.timeZoneID]
        overlay = .form(Form(
            title: strings.eventDetails.title,
            fields: zip(strings.eventDetails.fields, values).map { Form.Field(label: $0, value: $1) },
            purpose: .eventDetails,
            basis: FormBasis(version: journalVersion, original: .eventInfo(info))
        ))
    }

    mutating func submitEventDetails(_ form: inout Form) {
        let draft = EventInfoDraft(
            title: form.value(0), planNumber: form.value(1), date: form.value(2), start: form.value(3),
            venue: form.value(4), organiser: form.value(5), timeZone: form.value(6)
        )
        // Read against what the form was opened on, so a detail another organiser changed
        // meanwhile is neither undone nor silently overwritten.
        guard let basis = form.basis, case .eventInfo(let base) = basis.original else { return }
        do {
            let info = try draft.info(base: base, now: now)
            guard info != base else { return }
            submittedEdit = form
            effects.append(.editEventInfo(info, EditBasis(version: basis.version, original: base, edited: info)))
        } catch {
            form.error = strings.eventDetails.problem(error)
            overlay = .form(form)
        }
    }
}
