import PodiumCore

/// The checklist pane's actions: status changes go straight to the store as effects, edits go
/// through a form, deletion through a confirmation.
extension AppState {
    /// The item on the selected row, nil on a heading or an empty list.
    public var selectedChecklistItem: ChecklistItem? {
        let rows = ChecklistPaneView.rows(for: self)
        let index = selectedRow(in: .checklist)
        guard rows.indices.contains(index), case .item(let item) = rows[index] else { return nil }
        return item
    }

    /// Nil when this terminal may tick and block; otherwise why not.
    public var checklistStatusDisabledReason: String? {
        if isReadOnly { return readOnlyReason }
        return role.may(.changeChecklistStatus) ? nil : strings.checklistStatusRoleReason
    }

    /// Nil when this terminal may add, edit and delete items; otherwise why not.
    public var checklistEditDisabledReason: String? {
        if isReadOnly { return readOnlyReason }
        return role.may(.editChecklist) ? nil : strings.checklistEditRoleReason
    }

    mutating func applyChecklist(_ action: ChecklistAction) {
        switch action {
        case .cycleGrouping:
            checklistView.grouping = checklistView.grouping.next
            select(0)
            return
        case .filter:
            overlay = .form(Form(title: strings.checklistFilterTitle,
                                 fields: [Form.Field(label: strings.checklistFilterLabel, value: checklistView.filter)],
                                 purpose: .checklistFilter))
            return
        case .add:
            overlay = .form(checklistForm(title: strings.checklistAddTitle, draft: ChecklistDraft(), purpose: .checklistAdd))
            return
        default:
            break
        }
        guard let item = selectedChecklistItem else {
            notice = strings.checklistSelectItem
            return
        }
        switch action {
        case .toggleDone: effects.append(.changeChecklistStatus(id: item.id, item.toggleChange))
        case .setDoing: effects.append(.changeChecklistStatus(id: item.id, .doing))
        case .askBlock:
            overlay = .form(Form(title: strings.checklistBlockTitle(item.title),
                                 fields: [Form.Field(label: strings.checklistReasonLabel, value: item.blockedReason)],
                                 purpose: .checklistBlock(id: item.id)))
        case .edit:
            let draft = ChecklistDraft(item, segments: event.segments)
            var form = checklistForm(title: strings.checklistEditTitle, draft: draft, purpose: .checklistEdit(id: item.id))
            form.basis = FormBasis(version: journalVersion, original: .checklistItem(item))
            overlay = .form(form)
        case .askDelete:
            overlay = .confirm(Confirmation(question: strings.checklistDeleteQuestion(item.title), effects: [.deleteChecklistItem(id: item.id)]))
        case .details: overlay = .checklistDetails(id: item.id)
        case .cycleGrouping, .filter, .add: break
        }
    }

    private func checklistForm(title: String, draft: ChecklistDraft, purpose: FormPurpose) -> Form {
        Form(title: title, fields: [
            Form.Field(label: strings.checklistFieldTitle, value: draft.title),
            Form.Field(label: strings.checklistFieldAgency, value: draft.agency),
            Form.Field(label: strings.checklistFieldOwner, value: draft.owner),
            Form.Field(label: strings.checklistFieldDue, value: draft.due),
            Form.Field(label: strings.checklistFieldGates, value: draft.gates),
            Form.Field(label: strings.checklistFieldNotes, value: draft.notes),
        ], purpose: purpose)
    }

    /// Checks a submitted checklist form: a valid one queues its effect, an invalid one reopens
    /// with the problem in the user's language and the typed text kept.
    mutating func submitChecklistForm(_ form: inout Form) {
        switch form.purpose {
        case .checklistFilter:
            checklistView.filter = form.value(0)
            select(0)
        case .checklistBlock(let id):
            let reason = form.value(0)
            guard !VietnameseText.normalize(reason).isEmpty else {
                form.error = strings.checklistReasonNeeded
                overlay = .form(form)
                return
            }
            effects.append(.changeChecklistStatus(id: id, .block(reason: reason)))
        case .checklistAdd, .checklistEdit:
            var base: ChecklistItem?
            if case .checklistEdit(let id) = form.purpose {
                base = event.checklist.first { $0.id == id }
                guard base != nil else {
                    notice = strings.checklistItemGone
                    return
                }
            }
            // The item as the form opened on it, not as another terminal may have left it since.
            if case .checklistItem(let original)? = form.basis?.original { base = original }
            let draft = ChecklistDraft(
                title: form.value(0), agency: form.value(1), owner: form.value(2),
                due: form.value(3), gates: form.value(4), notes: form.value(5)
            )
            do {
                let item = try draft.item(base: base, event: event)
                if let basis = form.basis, let base {
                    submittedEdit = form
                    effects.append(.editChecklistItem(item, EditBasis(version: basis.version, original: base, edited: item)))
                } else {
                    effects.append(.upsertChecklistItem(item))
                }
            } catch {
                form.error = strings.checklistProblem(error)
                overlay = .form(form)
            }
        case .segmentAdd, .segmentEdit, .speakerAdd, .speakerLines, .stageMessage, .rehearsal, .eventDetails, .roleTable, .hallPresidium, .hallAddSection,
             .groupEdit, .rankTitle, .rankOverride, .seatingSettings, .awardDecision, .awardSettings, .recipientAdd, .recipientEdit,
             .recipientMove, .batchPresenter:
            break
        }
    }
}
