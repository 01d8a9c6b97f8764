import PodiumCore
import TermCore

extension AppState {
    /// Rows the current pane lists, for clamping the selection.
    func rowCount(in pane: Pane) -> Int {
        switch pane {
        case .agenda: event.segments.count
        case .seating: event.groups.count
        case .speakers: event.contributions.count
        case .awards: awardCeremony.current?.entries.count ?? 0
        case .checklist: ChecklistPaneView.rows(for: self).count
        case .index: indexRows.count
        }
    }

    /// Turns a terminal event into a command: the top modal takes the key first.
    public func command(for event: InputEvent, frame: Frame?) -> AppCommand? {
        switch event {
        case .resize:
            return .redraw
        case .hangup:
            return .confirmQuit
        case .mouse(let mouse):
            switch mouse.button {
            case .scrollUp: return overlay == nil ? .moveSelection(by: -3) : nil
            case .scrollDown: return overlay == nil ? .moveSelection(by: 3) : nil
            case .left, .middle, .right:
                guard overlay == nil else { return .cancelOverlay }
                return frame?.command(atX: mouse.x, y: mouse.y)
            }
        case .key(let key):
            let overlay: Overlay?
            switch topModal {
            case .importDialog?: return .importKey(key)
            case .overlay(let top)?: overlay = top
            case .seatingInput?, nil: overlay = nil
            }
            switch overlay {
            case .confirmQuit?:
                return Self.isYes(key) || key == .char("q") ? .confirmQuit : .declineQuestion
            case .confirmJump(let id)?:
                return Self.isYes(key) ? .confirmJump(id) : .declineQuestion
            case .help?:
                switch key {
                case .escape, .char("?"), .function(1), .char("q"): return .cancelOverlay
                case .down, .char("j"): return .scrollHelp(by: 1)
                case .up, .char("k"): return .scrollHelp(by: -1)
                case .pageDown, .char(" "): return .scrollHelp(by: 10)
                case .pageUp: return .scrollHelp(by: -10)
                default: return nil
                }
            case .journal?:
                switch key {
                case .escape, .char("W"), .char("q"): return .cancelOverlay
                case .down, .char("j"): return .scrollJournal(by: -1)
                case .up, .char("k"): return .scrollJournal(by: 1)
                case .pageDown, .char(" "): return .scrollJournal(by: -10)
                case .pageUp: return .scrollJournal(by: 10)
                case .char("u"): return .undoOwnLast
                default: return nil
                }
            case .form?:
                // F1 opens the help over the form; Esc there gives the form back as typed.
                return key == .function(1) ? .toggleHelp : .formInput(key)
            case .confirm?:
                return Self.isYes(key) ? .confirmYes : .declineQuestion
            case .checklistDetails?:
                return .cancelOverlay
            case nil:
                if pane == .seating, seatingView.input != nil, let inputKey = SeatingAction.InputKey(key) {
                    return .seating(.inputKey(inputKey))
                }
                if pane == .index, indexView.searching { return .index(.searchKey(key)) }
                let (command, reason) = KeyMap.command(for: key, in: self)
                // The stage view is read-only: it quits, redraws and switches language, nothing else.
                if view == .stage {
                    guard let command, [.requestQuit, .toggleLanguage, .redraw, .cancelOverlay].contains(command) else { return nil }
                    return command
                }
                return command ?? reason.map(AppCommand.notice)
            }
        }
    }

    /// "c" (có), "y" and Enter answer yes to a question; anything else is no.
    static func isYes(_ key: Key) -> Bool {
        [.char("y"), .char("Y"), .char("c"), .char("C"), .enter].contains(key)
    }

    /// Applies a command; changes to the event file are queued in `effects` for the app loop.
    /// `pageSize` is how many rows a page key moves.
    public mutating func apply(_ command: AppCommand, pageSize: Int = 10) {
        notice = isReadOnly ? readOnlyNotice : nil
        switch command {
        case .show(let action): if !revealInsteadOfShow(action) { requestShowAction(action) }
        case .toggleHold: requestShowAction(show.isHeld ? .resume : .hold)
        case .toggleBlank: requestShowAction(.blank(!show.isBlank))
        case .sendOneMinuteWarning: requestShowAction(.message(text: strings.oneMinuteLeft, blink: true))
        case .askStageMessage: askStageMessage()
        case .askRehearsal: askRehearsal()
        case .askResetRehearsal: askResetRehearsal()
        case .editEventDetails: editEventDetails()
        case .editRoleTable: editRoleTable()
        case .nextMCTextPage: mcTextPage += 1
        case .undoShow:
            if let id = show.undoableEntryID {
                requestShowAction(.undo(entryID: id))
                if let undone = show.undoableAction {
                    let segments = event.segments, contributions = event.contributions
                    notice = strings.dayOf.showUndone(undone, { id in segments.first { $0.id == id }?.title ?? "#\(id)" },
                                                      { id in contributions.first { $0.id == id }.map { $0.speakerName.isEmpty ? $0.unit : $0.speakerName } ?? "#\(id)" })
                }
            } else {
                notice = strings.errors.show(.nothingToUndo, .terminal)
            }
        case .requestJump:
            let segments = orderedSegments
            if !segments.isEmpty {
                overlay = .confirmJump(segments[min(selectedRow(in: .agenda), segments.count - 1)].id)
            }
        case .confirmJump(let id):
            overlay = nil
            requestShowAction(.jump(segmentID: id))
        case .showPane(let target): pane = target
        case .nextPane: pane = pane.next
        case .previousPane: pane = pane.previous
        case .moveSelection(let delta): select(selectedRow(in: pane) + delta, direction: delta)
        case .page(let pages): select(selectedRow(in: pane) + pages * pageSize, direction: pages)
        case .selectFirst: select(0)
        case .selectLast: select(rowCount(in: pane) - 1, direction: -1)
        case .selectRow(let row): select(row)
        case .toggleHelp:
            // Opened over whatever is open (a form keeps what was typed under it).
            if topModal == .overlay(.help) { popModal() } else { modals.append(.overlay(.help)) }
            helpOffset = 0
        case .scrollHelp(let rows): helpOffset = max(0, helpOffset + rows)
        case .toggleJournal:
            overlay = overlay == .journal ? nil : .journal
            journalOffset = 0
        case .scrollJournal(let rows): journalOffset = min(max(0, journal.count - 1), max(0, journalOffset + rows))
        case .undoOwnLast: undoOwnLast()
        case .requestQuit:
            guard view == .stage else {
                overlay = .confirmQuit
                return
            }
            if let armed = stageQuitArmedAt, now.timeIntervalSince(armed) <= Self.stageQuitSeconds {
                shouldQuit = true
            } else {
                stageQuitArmedAt = now
            }
        case .confirmQuit: shouldQuit = true
        // Closes the top overlay only: what is under it (a form under the help) stays as it was.
        case .cancelOverlay: if topModal?.isOverlay == true { popModal() }
        case .declineQuestion:
            overlay = nil
            notice = strings.dressRehearsal.questionDeclined
        case .toggleLanguage: language = language.toggled
        case .redraw: break
        case .notice(let text): notice = text
        case .formInput(let key): handleFormInput(key)
        case .confirmYes:
            if case .confirm(let confirmation)? = overlay { effects += confirmation.effects }
            overlay = nil
        case .checklist(let action): applyChecklist(action)
        case .agenda(let action): applyAgenda(action)
        case .openImport: importDialog = ImportDialog(kind: ImportDialog.kind(for: pane))
        case .importKey(let key): handleImportKey(key)
        case .seating(let action): applySeating(action)
        case .speakers(let action): applySpeakers(action)
        case .awards(let action): applyAwards(action)
        case .index(let action): applyIndex(action)
        case .setup(let action): applySetup(action)
        }
    }

    /// Selects `row` (clamped); on the checklist a heading passes the cursor on to the next
    /// task in the direction of the move.
    mutating func select(_ row: Int, direction: Int = 1) {
        let clamped = max(0, min(row, rowCount(in: pane) - 1))
        selection[pane] = pane == .checklist
            ? ChecklistPaneView.itemRow(near: clamped, direction: direction, in: ChecklistPaneView.rows(for: self)) : clamped
    }
}
