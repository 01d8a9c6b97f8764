import PodiumCore

/// What the agenda pane's editing keys ask for.
public enum AgendaAction: Hashable, Sendable {
    case add, edit, delete, moveUp, moveDown
}

extension AppState {
    var selectedSegment: Segment? {
        let segments = orderedSegments
        return segments.isEmpty ? nil : segments[min(selectedRow(in: .agenda), segments.count - 1)]
    }

    mutating func applyAgenda(_ action: AgendaAction) {
        switch action {
        case .add:
            overlay = .form(agendaForm(title: strings.agendaAddTitle, draft: nil, purpose: .segmentAdd))
        case .edit:
            guard let segment = selectedSegment else { return }
            var form = agendaForm(title: strings.agendaEditTitle, draft: SegmentDraft(segment), purpose: .segmentEdit(id: segment.id))
            form.basis = FormBasis(version: journalVersion, original: .segment(segment))
            overlay = .form(form)
        case .delete:
            guard let segment = selectedSegment else { return }
            // The live show's journal refers to it: skipping keeps the record, deleting would not.
            if show.hasRunLive(segment.id) {
                notice = strings.agendaCannotDeleteLive
                return
            }
            overlay = .confirm(Confirmation(question: strings.agendaDeleteQuestion(segment.title), effects: [.deleteSegment(id: segment.id)]))
        case .moveUp, .moveDown:
            guard let segment = selectedSegment else { return }
            let target = segment.position + (action == .moveUp ? -1 : 1)
            guard (1...orderedSegments.count).contains(target) else { return }
            guardLiveChange(to: segment, effects: [.moveSegment(id: segment.id, toPosition: target)])
            select(target - 1)
        }
    }

    private func agendaForm(title: String, draft: SegmentDraft?, purpose: FormPurpose) -> Form {
        let labels = strings.agendaFieldLabels
        let values = draft.map { d in
            [d.title, d.kind.map(strings.segmentKind) ?? d.kindText, d.minutes, d.fixedStart, d.presenter, d.mcLines, d.cues, d.warning, d.danger]
        } ?? ["", strings.segmentKind(.other), "10", "", "", "", "", "", ""]
        return Form(title: title, fields: zip(labels, values).map { Form.Field(label: $0, value: $1) }, purpose: purpose)
    }

    /// The kind typed in the form, in either language or as its code ("báo cáo", "report").
    func segmentKind(typed text: String) -> SegmentKind? {
        let wanted = VietnameseText.folded(text)
        return SegmentKind.allCases.first { kind in
            [UIStrings.vietnamese.segmentKind(kind), UIStrings.english.segmentKind(kind), kind.rawValue]
                .contains { VietnameseText.folded($0) == wanted }
        }
    }

    mutating func submitAgendaForm(_ form: inout Form) {
        var base: Segment?
        if case .segmentEdit(let id) = form.purpose {
            base = event.segments.first { $0.id == id }
            guard base != nil else {
                notice = strings.agendaSegmentGone
                return
            }
        }
        // The segment as the form opened on it, not as another terminal may have left it since.
        if case .segment(let original)? = form.basis?.original { base = original }
        let draft = SegmentDraft(
            title: form.value(0), kind: segmentKind(typed: form.value(1)), kindText: form.value(1), minutes: form.value(2),
            fixedStart: form.value(3), presenter: form.value(4), mcLines: form.value(5), cues: form.value(6),
            warning: form.value(7), danger: form.value(8)
        )
        do {
            let segment = try draft.segment(base: base, event: event)
            if let base, let basis = form.basis {
                submittedEdit = form
                guardLiveChange(to: base, effects: [.editSegment(segment, EditBasis(version: basis.version, original: base, edited: segment))])
            } else if let base {
                guardLiveChange(to: base, effects: [.upsertSegment(segment)])
            } else {
                effects.append(.upsertSegment(segment))
            }
        } catch {
            form.error = strings.agendaProblem(error)
            overlay = .form(form)
        }
    }

    /// While the show runs, changing a segment that has run or is running asks first.
    private mutating func guardLiveChange(to segment: Segment, effects changes: [StoreEffect]) {
        if show.hasRunLive(segment.id) {
            overlay = .confirm(Confirmation(question: strings.agendaLiveChangeQuestion(segment.title), effects: changes))
        } else {
            effects += changes
        }
    }
}
