import PodiumCore

/// The forms that prepare the day. Each checks what was typed with the same domain function as
/// the command line (`GroupEdit`, `RankTableEdit`, `SeatingSettingsDraft`, `AwardDecisionDraft`,
/// `RecipientDraft`, `AwardBatchEdit`) and queues one write, or puts the form back with the
/// reason: nothing is half-saved, and Esc leaves without a change.
extension AppState {
    mutating func applySetup(_ action: SetupAction) {
        let s = strings.setup
        switch action {
        case .groups:
            guard let first = event.groups.min(by: { $0.order < $1.order }) else {
                notice = s.noGroups
                return
            }
            var form = Form(title: s.groupsTitle, fields: s.groupsFields.map { Form.Field(label: $0) }, purpose: .groupEdit)
            form.fields[0] = Form.Field(label: s.groupsFields[0], value: "1")
            fillGroupFields(&form, first)
            overlay = .form(form)
        case .rankTitle:
            overlay = .form(Form(title: s.rankTitle, fields: s.rankFields.map { Form.Field(label: $0) }, purpose: .rankTitle, basis: wholeBasis(.rankTable)))
        case .rankOverride:
            let delegate = selectedSeatedDelegate
            let values = [delegate.map { "#\($0.id)" } ?? "", delegate?.precedenceOverride.map(String.init) ?? ""]
            let fields = zip(s.overrideFields, values).map { Form.Field(label: $0, value: $1) }
            var form = Form(title: s.overrideTitle(delegate?.name ?? ""), fields: fields, purpose: .rankOverride, basis: wholeBasis(.delegate))
            form.focus = delegate == nil ? 0 : 1
            overlay = .form(form)
        case .seatingSettings:
            let settings = event.seating.settings
            let values = [s.viewpoint(settings.viewpoint), s.evenCentring(settings.evenCentring), String(settings.leaderRows)]
            overlay = .form(Form(title: s.seatingSettingsTitle, fields: zip(s.seatingSettingsFields, values).map { Form.Field(label: $0, value: $1) },
                                 purpose: .seatingSettings, basis: wholeBasis(.seatingSettings)))
        case .decision:
            let decision = latestDecision
            let values = [decision?.number ?? "", decision?.date?.iso ?? "", decision?.signer ?? "", decision?.signerTitle ?? "",
                          decision.map { AwardDecisionDraft.form(ofSubject: $0.subject) ?? $0.subject } ?? ""]
            overlay = .form(Form(title: s.decisionTitle, fields: zip(s.decisionFields, values).map { Form.Field(label: $0, value: $1) },
                                 purpose: .awardDecision, basis: wholeBasis(.awardDecision)))
        case .awardSettings:
            let settings = event.awardPlan.settings
            let values = [String(settings.batchSize), String(settings.secondsPerRecipient), String(settings.secondsPerBatch), settings.reader]
            overlay = .form(Form(title: s.awardSettingsTitle, fields: zip(s.awardSettingsFields, values).map { Form.Field(label: $0, value: $1) },
                                 purpose: .awardSettings, basis: wholeBasis(.awardPlan)))
        case .addRecipient:
            guard latestDecision != nil else {
                notice = s.recipientProblem(.noDecision)
                return
            }
            let form = latestDecision.flatMap { AwardDecisionDraft.form(ofSubject: $0.subject) } ?? ""
            let values = ["", kindWord(.individual), "", "", form, ""]
            overlay = .form(Form(title: s.recipientAddTitle, fields: zip(s.recipientFields, values).map { Form.Field(label: $0, value: $1) },
                                 purpose: .recipientAdd))
        case .editRecipient:
            guard let recipient = selectedRecipient else { return notice = s.noRecipientSelected }
            let draft = RecipientDraft(recipient)
            let values = [draft.name, kindWord(recipient.kind), draft.title, draft.unit, draft.form, draft.representative]
            var form = Form(title: s.recipientEditTitle, fields: zip(s.recipientFields, values).map { Form.Field(label: $0, value: $1) },
                            purpose: .recipientEdit(id: recipient.id))
            form.basis = FormBasis(version: journalVersion, original: .awardRecipient(recipient))
            overlay = .form(form)
        case .removeRecipient:
            guard let recipient = selectedRecipient else { return notice = s.noRecipientSelected }
            overlay = .confirm(Confirmation(question: s.recipientRemoveQuestion(recipient.name), effects: [.removeRecipient(id: recipient.id)]))
        case .moveRecipient:
            guard let recipient = selectedRecipient, let batch = awardCeremony.current else { return notice = s.noRecipientSelected }
            let values = [String(batch.number), ""]
            overlay = .form(Form(title: s.moveTitle(recipient.name), fields: zip(s.moveFields, values).map { Form.Field(label: $0, value: $1) },
                                 purpose: .recipientMove(id: recipient.id), basis: wholeBasis(.awardPlan)))
        case .splitBatch:
            guard let batch = awardCeremony.current, selectedRecipient != nil else { return notice = s.noRecipientSelected }
            queueBatchEdit(.split(batch: batch.number, at: selectedRow(in: .awards) + 1))
        case .mergeBatch:
            guard let batch = awardCeremony.current else { return notice = s.awardProblem(.noBatches) }
            queueBatchEdit(.merge(batch: batch.number))
        case .batchEarlier, .batchLater:
            guard let batch = awardCeremony.current else { return notice = s.awardProblem(.noBatches) }
            queueBatchEdit(.order(batch: batch.number, to: batch.number + (action == .batchEarlier ? -1 : 1)))
        case .presenter:
            guard let batch = awardCeremony.current else { return notice = s.awardProblem(.noBatches) }
            let current = event.awardPlan.batches[safe: batch.number - 1]?.presenterID.map { "#\($0)" } ?? ""
            overlay = .form(Form(title: s.presenterTitle(batch.number), fields: [Form.Field(label: s.presenterFields[0], value: current)],
                                 purpose: .batchPresenter(batch: batch.number), basis: wholeBasis(.awardPlan)))
        }
    }

    mutating func submitSetupForm(_ form: inout Form) {
        let s = strings.setup
        var refusal: String?
        switch form.purpose {
        case .groupEdit: refusal = submitGroupForm(form)
        case .rankTitle: refusal = submitRankTitle(form)
        case .rankOverride: refusal = submitRankOverride(form)
        case .seatingSettings:
            let draft = SeatingSettingsDraft(viewpoint: form.value(0), evenCentring: form.value(1), leaderRows: form.value(2))
            do {
                let settings = try draft.settings(base: event.seating.settings)
                if settings != event.seating.settings { submitted(form, .updateSeatingSettings(settings, basedOn: form.basis?.version)) }
            } catch { refusal = s.seatingProblem(error) }
        case .awardDecision:
            let draft = AwardDecisionDraft(number: form.value(0), date: form.value(1), signer: form.value(2), signerTitle: form.value(3), form: form.value(4))
            do {
                let decision = try draft.decision(base: latestDecision)
                if decision != latestDecision { submitted(form, .upsertDecision(decision, basedOn: form.basis?.version)) }
            } catch {
                switch error {
                case .badNumber(let text): refusal = s.badDecisionNumber(text)
                case .badDate(let text): refusal = s.badDecisionDate(text)
                }
            }
        case .awardSettings: refusal = submitAwardSettings(form)
        case .recipientAdd, .recipientEdit:
            var base: AwardRecipient?
            if case .recipientEdit(let id) = form.purpose {
                // Edited from what the form was opened on: what others changed meanwhile is not undone.
                if case .awardRecipient(let original)? = form.basis?.original { base = original } else { base = event.recipients.first { $0.id == id } }
                guard base != nil else { return notice = s.awardProblem(.noSuchRecipient("#\(id)")) }
            }
            let draft = RecipientDraft(name: form.value(0), kind: form.value(1), title: form.value(2), unit: form.value(3),
                                       form: form.value(4), representative: form.value(5))
            do {
                let recipient = try draft.recipient(base: base, event: event)
                if let base, let basis = form.basis, recipient != base {
                    submittedEdit = form
                    effects.append(.editRecipient(recipient, EditBasis(version: basis.version, original: base, edited: recipient)))
                } else if recipient != base {
                    effects.append(.saveRecipient(recipient))
                }
            } catch { refusal = s.recipientProblem(error) }
        case .recipientMove(let id):
            guard let batch = Int(form.value(0).trimmingCharacters(in: .whitespaces)) else {
                refusal = s.badWholeNumber(s.moveFields[0], form.value(0))
                break
            }
            let placeText = form.value(1).trimmingCharacters(in: .whitespaces)
            guard placeText.isEmpty || Int(placeText) != nil else {
                refusal = s.badWholeNumber(s.moveFields[1], placeText)
                break
            }
            refusal = batchEditRefusal(.move(recipientID: id, toBatch: batch, position: Int(placeText)), from: form)
        case .batchPresenter(let batch):
            let text = form.value(0).trimmingCharacters(in: .whitespaces)
            do {
                let delegate = text.isEmpty ? nil : try AwardLookup.delegate(text, in: event.delegates)
                refusal = batchEditRefusal(.presenter(batch: batch, delegateID: delegate?.id), from: form)
            } catch { refusal = s.awardProblem(error) }
        default: break
        }
        if let refusal {
            form.error = refusal
            overlay = .form(form)
        }
    }

    /// When the group field names another group, the form shows that group's values, and an
    /// edit is now based on that group as the screen shows it.
    mutating func refillGroupForm(_ form: Form) {
        guard case .form(var shown)? = overlay, form.focus == 0,
              let group = try? GroupEdit.group(form.value(0), in: event.groups) else { return }
        fillGroupFields(&shown, group)
        overlay = .form(shown)
    }

    private func fillGroupFields(_ form: inout Form, _ group: ParticipantGroup) {
        let s = strings.setup
        let block = GroupEdit.block(of: group.key, event.seating.settings)
        let values = [group.name, group.shortLabel, String(group.order), s.block(block)]
        for (offset, value) in values.enumerated() { form.fields[offset + 1] = Form.Field(label: s.groupsFields[offset + 1], value: value) }
        form.basis = FormBasis(version: journalVersion, original: .group(group, block))
    }

    /// Sends only what was typed over, based on the groups the form was opened on: a change
    /// another operator made meanwhile is refused with who and when, never written over.
    private mutating func submitGroupForm(_ form: Form) -> String? {
        let s = strings.setup
        do {
            let group = try GroupEdit.group(form.value(0), in: event.groups)
            let orderText = form.value(3).trimmingCharacters(in: .whitespaces)
            guard let order = Int(orderText) else { return s.groupProblem(.badOrder(orderText, count: event.groups.count)) }
            let block = try GroupEdit.block(typed: form.value(4))
            let (original, originalBlock, version): (ParticipantGroup, GroupEdit.Block, Int64?) =
                if let basis = form.basis, case .group(let base, let baseBlock) = basis.original, base.key == group.key {
                    (base, baseBlock, basis.version)
                } else { (group, GroupEdit.block(of: group.key, event.seating.settings), nil) }
            let edit = GroupEdit(
                groupKey: group.key, name: form.value(1) == original.name ? nil : form.value(1),
                shortLabel: form.value(2) == original.shortLabel ? nil : form.value(2), order: order == original.order ? nil : order,
                block: block == originalBlock ? nil : block, basedOn: version ?? journalVersion
            )
            // Checked here so a refusal reads in the form; the store applies it to the file as it is then.
            if try edit.applied(to: event) != event {
                submittedEdit = form
                effects.append(.groupEdit(edit))
            }
            return nil
        } catch {
            return s.groupProblem(error)
        }
    }

    /// A title's rank set or (empty) removed; when the presidium would change, it asks first
    /// and says who joins and who leaves the table.
    private mutating func submitRankTitle(_ form: Form) -> String? {
        let s = strings.setup
        let rankText = form.value(1).trimmingCharacters(in: .whitespaces)
        do {
            let edit: RankTableEdit = rankText.isEmpty
                ? .remove(pattern: form.value(0))
                : .set(pattern: form.value(0), rank: try RankTableEdit.rank(parsing: rankText))
            if case .set(let pattern, _) = edit, VietnameseText.normalize(pattern).isEmpty { return s.rankProblem(.emptyTitle) }
            var changed = event
            changed.rankTable = try edit.applied(to: event.rankTable)
            confirmPresidium(changed, effect: .updateRankTable(changed.rankTable, basedOn: form.basis?.version), from: form)
            return nil
        } catch {
            return s.rankProblem(error)
        }
    }

    private mutating func submitRankOverride(_ form: Form) -> String? {
        let s = strings.setup
        var delegate: Delegate
        do { delegate = try DelegateSearch.one(form.value(0), in: event.delegates) } catch { return strings.errors.seating(error, .terminal) }
        let rankText = form.value(1).trimmingCharacters(in: .whitespaces)
        if rankText.isEmpty {
            delegate.precedenceOverride = nil
        } else {
            do { delegate.precedenceOverride = try RankTableEdit.rank(parsing: rankText) } catch { return s.rankProblem(error) }
        }
        var changed = event
        changed.delegates = event.delegates.map { $0.id == delegate.id ? delegate : $0 }
        if changed.delegates != event.delegates {
            let effect = StoreEffect.setPrecedenceOverride(delegateID: delegate.id, delegate.precedenceOverride, basedOn: form.basis?.version)
            confirmPresidium(changed, effect: effect, from: form)
        }
        return nil
    }

    private mutating func confirmPresidium(_ changed: EventData, effect: StoreEffect, from form: Form) {
        let preview = PresidiumPreview(event: event, changed: changed)
        submittedEdit = form
        if preview.isUnchanged {
            effects.append(effect)
            notice = strings.setup.presidiumUnchanged
        } else {
            let question = strings.setup.presidiumChangeQuestion(preview.after.map(\.name), preview.joining.map(\.name), preview.leaving.map(\.name))
            overlay = .confirm(Confirmation(question: question, effects: [effect]))
        }
    }

    private mutating func submitAwardSettings(_ form: Form) -> String? {
        let s = strings.setup
        var settings = event.awardPlan.settings
        var numbers: [Int] = []
        for index in 0..<3 {
            let text = form.value(index).trimmingCharacters(in: .whitespaces)
            guard let number = Int(text) else { return s.badWholeNumber(s.awardSettingsFields[index], text) }
            numbers.append(number)
        }
        settings.batchSize = numbers[0]
        settings.secondsPerRecipient = numbers[1]
        settings.secondsPerBatch = numbers[2]
        settings.reader = VietnameseText.normalize(form.value(3))
        guard settings != event.awardPlan.settings else { return nil }
        return batchEditRefusal(.settings(settings), from: form)
    }

    /// Checks a batch edit against the plan as it stands, as the store will; queues it (based on
    /// what `form` was opened on, if it comes from one) or says why not.
    private mutating func batchEditRefusal(_ edit: AwardBatchEdit, from form: Form? = nil) -> String? {
        do {
            _ = try edit.applied(to: AwardCeremony.effectivePlan(event), event: event)
            let effect = StoreEffect.editAwardBatches(edit, basedOn: form?.basis?.version)
            if let form { submitted(form, effect) } else { effects.append(effect) }
            return nil
        } catch {
            return strings.setup.awardProblem(error)
        }
    }

    private mutating func queueBatchEdit(_ edit: AwardBatchEdit) {
        if let refusal = batchEditRefusal(edit) { notice = refusal }
    }

    /// A form on a record written whole, based on what the screen shows now.
    private func wholeBasis(_ record: EditConflict.Record) -> FormBasis { FormBasis(version: journalVersion, original: .whole(record)) }

    /// Queues a form's write and keeps the form, to come back as typed if the write is refused
    /// because someone changed the record since it opened.
    private mutating func submitted(_ form: Form, _ effect: StoreEffect) {
        submittedEdit = form
        effects.append(effect)
    }

    private var latestDecision: AwardDecision? { event.decisions.max { $0.id < $1.id } }

    private var selectedRecipient: AwardRecipient? {
        guard let batch = awardCeremony.current, batch.entries.indices.contains(selectedRow(in: .awards)) else { return nil }
        return batch.entries[selectedRow(in: .awards)].recipient
    }

    /// The delegate on the seating pane's cursor seat, if any.
    private var selectedSeatedDelegate: Delegate? {
        let cursor = min(seatingView.cursor, max(0, seatingDerived.layout.seats.count - 1))
        return seatingDerived.occupant[safe: cursor] ?? nil
    }

    private func kindWord(_ kind: AwardRecipient.Kind) -> String {
        switch (kind, language) {
        case (.individual, .vi): "cá nhân"
        case (.collective, .vi): "tập thể"
        case (.individual, .en): "individual"
        case (.collective, .en): "collective"
        }
    }
}
