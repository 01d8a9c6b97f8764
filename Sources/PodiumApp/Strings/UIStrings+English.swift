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
        // MARK: Live show
        statusFinished: "finished",
        reasonReadOnly: "the file is read-only",
        reasonNotMC: "only the MC or an organiser drives the show",
        oneMinuteLeft: "1 minute left",
        jumpQuestion: { "Jump now to \"\($0)\"? (y/n)" },
        actionShowStart: "Start the show",
        actionShowNext: "Next segment (ends the current one)",
        actionShowBack: "Back to the previous segment",
        actionShowHold: "Hold / resume the clock",
        actionShowExtend1: "Give the current segment 1 more minute",
        actionShowExtend5: "Give the current segment 5 more minutes",
        actionShowSkip: "Skip the current segment",
        actionShowJump: "Jump to the selected segment (asks first)",
        actionShowMessage: "Tell the speaker \"1 minute left\" (blinking)",
        actionShowClearMessage: "Clear the stage message",
        actionShowBlank: "Blank / show the stage screen",
        actionShowUndo: "Undo the last live action",
        liveNotStarted: "Not started — press s to start",
        liveStartsIn: { "\($0) until the opening" },
        liveFinished: { "The show ended at \($0)" },
        liveElapsed: { "\($0) of \($1)" },
        liveHeld: "ON HOLD",
        liveNext: { "Next: \($0) · \($1)" },
        liveLast: "This is the last segment",
        liveDrift: { seconds in
            seconds == 0 ? "on time" : (seconds > 0 ? "\(DurationText.clock(seconds)) late" : "\(DurationText.clock(-seconds)) early")
        },
        liveProjectedEnd: { "projected end \($0)" },
        liveMessage: { "Stage message: \($0)" },
        liveBlank: "the stage screen is blanked",
        phaseName: { phase in
            switch phase {
            case .normal: "ON TIME"
            case .warning: "WARNING"
            case .danger: "WRAP UP"
            case .overtime: "OVERTIME"
            }
        },
        columnPlanned: "Plan",
        columnProjected: "Now",
        stageWaiting: "Waiting to start",
        gateQuestion: { segment, items in
            "Not done before \"\(segment)\": " + items.map { "• \($0)" }.joined(separator: " ") + " — Start anyway? (y/n)"
        },
        // MARK: Checklist editing and gating
        checklistFooter: "Space done · b block · a/e/d add/edit/del · / filter · v group · n notes · ?",
        formHint: "Enter save · Esc cancel · Tab next field",
        checklistGroupedBy: { grouping in
            switch grouping {
            case .agency: "Grouped by agency"
            case .dueTime: "Grouped by due date"
            case .status: "Grouped by status"
            }
        },
        checklistOverdueCount: { $0 == 1 ? "1 item overdue" : "\($0) items overdue" },
        checklistFilterShown: { "filter: “\($0)”" },
        checklistNoMatch: { "No item matches “\($0)”. Press / to change the filter." },
        checklistNoDueDate: "No due date",
        checklistLate: { lateness in
            switch lateness {
            case .minutes(let n): "\(n) min late"
            case .hours(let n): "\(n) h late"
            case .days(let n): n == 1 ? "1 day late" : "\(n) days late"
            }
        },
        checklistStatusRoleReason: "only organisers and protocol may tick",
        checklistEditRoleReason: "only organisers may add, edit or delete",
        checklistSelectItem: "Select an item (not a group heading) first.",
        checklistItemGone: "This item was just deleted at another terminal; nothing was saved.",
        checklistFilterTitle: "Filter items",
        checklistFilterLabel: "Contains",
        checklistAddTitle: "Add an item",
        checklistEditTitle: "Edit the item",
        checklistBlockTitle: { "Blocked: \($0)" },
        checklistReasonLabel: "Reason",
        checklistReasonNeeded: "Say why it is blocked (what is missing, who is awaited).",
        checklistDeleteQuestion: { "Delete “\($0)”? (y/n)" },
        checklistFieldTitle: "Item",
        checklistFieldAgency: "Agency",
        checklistFieldOwner: "Owner",
        checklistFieldDue: "Due",
        checklistFieldGates: "Before segment",
        checklistFieldNotes: "Notes",
        checklistNoNotes: "(no notes yet; press e to add some)",
        checklistDetailsHint: "Any key closes",
        checklistProblem: { problem in
            switch problem {
            case .emptyTitle: "The item needs a title."
            case .emptyAgency: "The item needs a responsible agency (e.g. Sở Nội vụ)."
            case .due(let failure): "Due “\(failure.text)” is not understood; write 2026-03-26 07:30, 26/03/2026 07:30 or 07:30 (the event day)."
            case .gates(.noMatch(let text)): "No programme segment matches “\(text)”; give its number or part of its title."
            case .gates(.ambiguous(let text, let titles)): "“\(text)” matches several segments (\(titles.joined(separator: "; "))); be more specific."
            }
        },
        actionChecklistToggle: "Mark done / reopen",
        actionChecklistDoing: "Mark in progress",
        actionChecklistBlock: "Mark blocked (asks why)",
        actionChecklistAdd: "Add an item",
        actionChecklistEdit: "Edit the item",
        actionChecklistDelete: "Delete the item (asks first)",
        actionChecklistDetails: "Show details and notes",
        actionChecklistFilter: "Filter by text (accents optional)",
        actionChecklistGrouping: "Group by agency / due date / status",
        // MARK: Award ceremony
        awardsBatchHeader: { number, count, done, called, remaining in
            "Batch \(number)/\(count) · received \(done)/\(called) · about \(remaining) left"
        },
        awardsPresenter: { "Presenting leader: \($0)" },
        awardsNextBatch: { number, size, presenter in "Next: batch \(number) (\(size) recipients) · presenter: \(presenter)" },
        awardsLastBatch: "Last batch: after the photo, everyone returns to their seats; then the next segment.",
        awardsNoBatches: "No award recipients yet; import the list, then run podium awards batches --rebuild.",
        awardsNoPresenter: "no leader chosen",
        awardsRepresentative: { "Representative of \($0)" },
        awardsAbsent: "absent",
        awardsReceivedBy: { "absent, \($0) receives" },
        awardsSay: { "say: \($0)" },
        awardsProblems: { "⚠ The award list has \($0) problem(s) to fix; see podium awards batches." },
        awardsRoleReason: "Only the MC or an organiser may tick recipients and call batches.",
        awardsFooter: "Space received · n next batch · p previous batch · ↑↓ select · ? keys",
        columnReceived: "Got",
        columnNote: "Note",
        actionAwardsTick: "Mark received / unmark",
        actionAwardsNext: "Call the next batch",
        actionAwardsBack: "Back to the previous batch"
    )
}
