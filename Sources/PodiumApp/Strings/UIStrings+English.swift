import PodiumCore

extension UIStrings {
    public static let english = UIStrings(
        paneAgenda: "Agenda",
        paneSeating: "Seating",
        paneSpeakers: "Speakers",
        paneAwards: "Awards",
        paneChecklist: "Checklist",
        paneIndex: "Index",
        roleMC: "MC",
        roleProtocol: "Protocol",
        roleOrganizer: "Organiser",
        roleViewer: "Viewer",
        statusNow: "Now",
        statusNotStarted: "not started",
        statusSynced: "in sync",
        statusReadOnly: "read-only",
        statusSyncError: "sync error",
        statusUpdatedByOther: "just updated",
        columnNumber: "#",
        columnTime: "Time",
        columnMinutes: "Min",
        columnTitle: "Item",
        columnPresenter: "Presenter",
        agendaTotal: { "Total \($0) · ends \($1) · window \($2)–\($3)" },
        agendaOverrun: { "\($0) min over the window" },
        agendaFits: "fits the window",
        agendaFixedStart: { "fixed \($0)" },
        agendaGap: { "\($0) min idle before the fixed start" },
        agendaOverlap: { "\($0) min overlap into the fixed start" },
        agendaMCLines: "MC lines",
        agendaCues: "Crew cues",
        agendaEmpty: "The programme has no items yet.",
        segmentKind: { kind in
            switch kind {
            case .opening: "opening"
            case .report: "report"
            case .announcement: "announcement"
            case .contributions: "contributions"
            case .speech: "speech"
            case .awards: "awards"
            case .closing: "closing"
            case .break: "break"
            case .other: "other"
            }
        },
        seatingHall: { "\($0) · \($1) seats · presidium of \($2)" },
        seatingGroups: "Groups",
        seatingDelegates: { "\($0) delegates" },
        seatingPresidium: "Presidium",
        seatingStage: "STAGE",
        seatingNoHall: "This event has no hall plan yet.",
        seatingCheckedIn: { "present \($0)/\($1)" },
        columnUnit: "Unit",
        columnSpeaker: "Speaker",
        columnStatus: "Status",
        speakersTopic: "Topic",
        speakersEmpty: "No contributions yet.",
        speakersTotal: { "\($0) contributions · \($1) min" },
        contributionStatus: { status in
            switch status {
            case .queued: "queued"
            case .onDeck: "on deck"
            case .speaking: "speaking"
            case .done: "done"
            case .withdrawn: "withdrawn"
            }
        },
        awardsDecision: { number, date, signerTitle, subject in
            "Decision No. \(number) of \(date) by the \(signerTitle): \(subject)"
        },
        columnName: "Collective or individual",
        columnKind: "Kind",
        columnForm: "Award",
        recipientKind: { $0 == .collective ? "Collective" : "Individual" },
        awardsEmpty: "No award list yet.",
        awardsCount: { "\($0) collectives, \($1) individuals" },
        checklistEmpty: "No checklist items yet.",
        checklistProgress: { "done \($0)/\($1)" },
        checklistStatus: { status in
            switch status {
            case .todo: "to do"
            case .doing: "doing"
            case .done: "done"
            case .blocked: "blocked"
            }
        },
        checklistGates: { "before: \($0)" },
        checklistDue: "Due",
        indexEmpty: "This event holds no PAR index results yet.",
        helpTitle: "Keys",
        helpFooter: "Esc or ? to close",
        helpDisabled: { "unavailable: \($0)" },
        quitQuestion: "Quit Podium? (y/n)",
        tooSmall: { "Terminal too small (\($0)×\($1)). Needs at least \($2)×\($3)." },
        readOnlyNotice: "The event file is read-only: every change is disabled.",
        footerHint: "1-6 panes · Tab next · ? keys · L Tiếng Việt · q quit",
        actionShowPane: "Show pane",
        actionNextPane: "Next pane",
        actionPreviousPane: "Previous pane",
        actionMoveUp: "Up one row",
        actionMoveDown: "Down one row",
        actionPageUp: "Up one page",
        actionPageDown: "Down one page",
        actionFirst: "First row",
        actionLast: "Last row",
        actionHelp: "Show or hide this help",
        actionQuit: "Quit (asks first)",
        actionLanguage: "Switch Vietnamese/English",
        actionRedraw: "Redraw the screen",
        actionClose: "Close the dialog",
        keyMouse: "Mouse",
        actionMouse: "Click a pane name to open it, a row to select it; wheel scrolls",
        // MARK: Documents (import dialog)
        actionImport: "Import a list from a CSV/Excel file",
        importTitle: "Import from a spreadsheet",
        importKindNames: { kind in
            switch kind {
            case "delegates": "Delegates"
            case "awards": "Award recipients"
            case "speakers": "Contributions"
            default: "Checklist"
            }
        },
        importPathLabel: "File (.csv, .xlsx):",
        importChooseHint: "Enter read file · ←/→ list kind · Ctrl-U clear · Esc close",
        importReading: { done, total in total > 0 ? "Reading… \(done)/\(total) rows" : "Reading… \(done) rows" },
        importConfirmHint: "Enter/y import · Esc back",
        importRefusedHint: "The file has problems; nothing was imported. Fix it and retry · any key to go back",
        importDone: { "Imported: \($0)" },
        importNotAllowed: "only organisers or protocol may import lists",
        importCounts: { added, merged, skipped in
            "\(added) to add" + (merged > 0 ? ", \(merged) merged" : "") + (skipped > 0 ? ", \(skipped) duplicates skipped" : "")
        }
    )
}
