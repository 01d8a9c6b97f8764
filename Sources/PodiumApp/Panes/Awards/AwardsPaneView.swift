import PodiumCore
import TermCore

/// Pane 4: the award ceremony as the MC runs it — the decision, the batch on stage with every
/// name to read (ticked as they receive), its presenter and time left, and the batch after it.
enum AwardsPaneView {
    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings
        let width = rect.width - 2
        var y = rect.y
        for decision in state.event.decisions {
            let line = strings.awardsDecision(decision.number, decision.date?.vietnamese ?? "…", decision.signerTitle, decision.subject)
            y += canvas.buffer.drawParagraph(line, in: Rect(x: rect.x + 1, y: y, width: width, height: 2), style: canvas.theme.style(.uiDim))
        }
        let ceremony = state.awardCeremony
        guard let batch = ceremony.current else {
            BlankGuide.draw(BlankGuide.lines(for: .awards, state), into: &canvas, rect: Rect(x: rect.x + 1, y: y + 1, width: width, height: max(0, rect.maxY - y - 1)))
            return 0
        }
        let problems = state.awardProblems
        let called = batch.entries.filter(\.isCalled)
        let header = strings.awardsBatchHeader(
            batch.number, ceremony.batches.count, called.filter(\.isTicked).count, called.count,
            DurationText.clock(ceremony.estimatedRemainingSeconds)
        )
        canvas.text(header, x: rect.x + 1, y: y, maxWidth: width, style: .agendaCurrent)
        if state.presenterNotArrived(batch) != nil {
            let line = strings.awardsPresenter(strings.dayOf.presenterNotArrived + " " + presenterName(batch.presenter, strings))
            canvas.text(line, x: rect.x + 1, y: y + 1, maxWidth: width, style: .phase(.danger))
        } else {
            canvas.text(strings.awardsPresenter(presenterName(batch.presenter, strings)), x: rect.x + 1, y: y + 1, maxWidth: width, style: .uiText)
        }
        y += 2
        if let overrun = AwardOverrun.check(ceremony, event: state.event) {
            let line = strings.dressRehearsal.awardsOverrun(
                DurationText.clock(overrun.estimatedSeconds), DurationText.clock(overrun.plannedSeconds), overrun.segmentTitle
            )
            y += canvas.buffer.drawParagraph(line, in: Rect(x: rect.x + 1, y: y, width: width, height: 2), style: canvas.theme.style(.uiError))
        }

        let wide = rect.width >= 120
        // Narrow screens read an individual's unit within the name and give the width to the notes.
        var columns = [
            TableColumn(strings.columnReceived, width: 4),
            TableColumn(strings.columnNumber, width: 2, alignment: .right),
            TableColumn(strings.columnName),
            TableColumn(strings.columnNote, width: wide ? 52 : 22),
        ]
        if wide {
            columns.insert(TableColumn(strings.columnUnit, width: 32), at: 3)
            columns.insert(TableColumn(strings.columnForm, width: 34), at: 4)
        }
        var rowStyles: [Int: Style] = [:]
        let rows = batch.entries.enumerated().map { index, entry -> [String] in
            if entry.isTicked { rowStyles[index] = canvas.theme.style(.checklist(.done)) }
            if !entry.isCalled { rowStyles[index] = canvas.theme.style(.uiDim) }
            var row = [entry.isTicked ? " ✓" : (entry.isCalled ? " ·" : " —"), "\(index + 1)",
                       name(entry.recipient, withUnit: !wide, strings), note(entry, seat: seat(of: entry.recipient, state), strings)]
            if wide { row.insert(contentsOf: [entry.recipient.unit, entry.recipient.form], at: 3) }
            return row
        }
        // Leave room below the table for the next batch and any problem.
        let footerRows = problems.isEmpty ? 1 : 2
        let tableHeight = max(2, min(rows.count + 1, rect.maxY - y - footerRows))
        let table = TableView(
            columns: columns, rows: rows, selected: min(state.selectedRow(in: .awards), rows.count - 1),
            offset: state.scrollOffset[.awards] ?? 0, rowStyles: rowStyles
        )
        let offset = canvas.table(table, in: Rect(x: rect.x + 1, y: y, width: width, height: tableHeight))
        y += tableHeight
        if let next = ceremony.next {
            canvas.text(strings.awardsNextBatch(next.number, next.entries.count, presenterName(next.presenter, strings)),
                        x: rect.x + 1, y: y, maxWidth: width, style: .agendaNext)
        } else {
            canvas.text(strings.awardsLastBatch, x: rect.x + 1, y: y, maxWidth: width, style: .agendaNext)
        }
        if !problems.isEmpty, y + 1 < rect.maxY {
            canvas.text(strings.awardsProblems(problems.count), x: rect.x + 1, y: y + 1, maxWidth: width, style: .uiError)
        }
        return offset
    }

    static func presenterName(_ delegate: Delegate?, _ strings: UIStrings) -> String {
        guard let delegate else { return strings.awardsNoPresenter }
        return delegate.title.isEmpty ? delegate.name : "\(delegate.name), \(delegate.title)"
    }

    /// What the MC reads: a collective through its representative, an individual with their title.
    static func name(_ recipient: AwardRecipient, withUnit: Bool, _ strings: UIStrings) -> String {
        switch recipient.kind {
        case .collective: strings.awardsRepresentative(recipient.name)
        case .individual:
            ([recipient.name, recipient.title] + (withUnit ? [recipient.unit] : [])).filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    /// Where the person who goes up for `recipient` sits, so that staff can fetch them; nil
    /// when they are not on the roster (nobody to seat).
    static func seat(of recipient: AwardRecipient, _ state: AppState) -> String? {
        guard let delegate = state.roster.matchingDelegate(for: recipient) else { return nil }
        let strings = state.strings.dressRehearsal
        // A stand-in took over the seat of the person they replace; look them up only then.
        let assignment = state.event.seating.assignment(of: delegate.id)
            ?? state.event.seating.assignment(of: state.event.attending(for: delegate).id)
        return assignment.map { strings.awardsSeat($0.seat) } ?? strings.awardsNoSeat
    }

    static func note(_ entry: AwardCeremony.Entry, seat: String?, _ strings: UIStrings) -> String {
        var parts: [String] = []
        if !entry.isPresent {
            parts.append(entry.recipient.receivedBy.isEmpty ? strings.awardsAbsent : strings.awardsReceivedBy(entry.recipient.receivedBy))
        }
        if !entry.recipient.pronunciation.isEmpty { parts.append(strings.awardsSay(entry.recipient.pronunciation)) }
        if entry.recipient.kind == .collective, !entry.recipient.representative.isEmpty { parts.append(entry.recipient.representative) }
        if let seat, entry.isPresent { parts.append(seat) }
        return parts.joined(separator: " · ")
    }
}
