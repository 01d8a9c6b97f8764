import TermCore

extension AppState {
    /// Feeds a key to the open form; Enter hands it to its purpose, Esc closes it.
    mutating func handleFormInput(_ key: Key) {
        guard case .form(var form)? = overlay else { return }
        switch form.handle(key) {
        case .editing:
            overlay = .form(form)
            formEdited(form)
        case .cancel:
            overlay = nil
            formCancelled(form)
        case .submit:
            // The purpose closes the overlay on success or puts the form back with its error.
            overlay = nil
            submit(&form)
        }
    }

    private mutating func formEdited(_ form: Form) {
        switch form.purpose {
        case .checklistFilter: checklistView.filter = form.value(0)
        case .groupEdit: refillGroupForm(form)
        default: break
        }
    }

    private mutating func formCancelled(_ form: Form) {
        switch form.purpose {
        case .checklistFilter: checklistView.filter = ""
        default: break
        }
    }

    private mutating func submit(_ form: inout Form) {
        switch form.purpose {
        case .checklistAdd, .checklistEdit, .checklistBlock, .checklistFilter: submitChecklistForm(&form)
        case .segmentAdd, .segmentEdit: submitAgendaForm(&form)
        case .speakerAdd, .speakerLines: submitSpeakerForm(&form)
        case .stageMessage: submitStageMessage(&form)
        case .rehearsal: submitRehearsal(&form)
        case .eventDetails: submitEventDetails(&form)
        case .roleTable: submitRoleTable(&form)
        case .hallPresidium, .hallAddSection: submitHallForm(&form)
        case .groupEdit, .rankTitle, .rankOverride, .seatingSettings, .awardDecision, .awardSettings, .recipientAdd, .recipientEdit,
             .recipientMove, .batchPresenter:
            submitSetupForm(&form)
        }
    }
}
