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
        // MARK: Seating plan
        seatingSummary: { "seated \($0)/\($1) · present \($2) · \($3) seats" },
        seatingAbsentLeaders: { "⚑ \($0) leaders not arrived" },
        seatingReadOnlyRole: "only the protocol role (--role protocol) edits seating",
        seatingSearchPrompt: "Find delegate: ",
        seatingStandInPrompt: { "Stand-in for \($0) (name, title): " },
        seatingPicked: { "Moving \($1) (seat \($0)): go to the target seat and press Enter · Esc cancels" },
        seatingNotFound: { "No delegate matches \"\($0)\"" },
        seatingHasNoSeat: { "\($0) has no seat yet" },
        seatingSeatLine: { "Seat \($0) · \($1 == 0 ? "presidium" : "row \($1)")\($2 ? " · aisle" : "")" },
        seatingEmptySeat: "Empty seat",
        seatingUnusableSeat: "Seat not in use",
        seatingLockedMark: "locked",
        seatingPresent: "arrived",
        seatingAbsent: "not arrived",
        seatingStandInFor: { "standing in for \($0)" },
        seatingPrecedenceLine: { "precedence \($0)" },
        seatingReason: { kind, order, group in
            switch kind {
            case .presidium: "Presidium: number \(order), centre then alternating right–left"
            case .leaderRow: "Front row kept for provincial leaders: number \(order)"
            case .callingOrder: "Aisle seat, number \(order) in calling order"
            case .press: "Press area at the side near the stage: number \(order)"
            case .block: "Block \(group): number \(order) by precedence"
            case .manual: "Placed by hand"
            }
        },
        seatingConflictsTitle: { "Conflicts (\($0))" },
        seatingNoConflicts: "No conflicts.",
        seatingConflict: { kind, who, seat, count, seats in
            switch kind {
            case .unseated: "\(who) has no seat"
            case .doubleBooked: "Seat \(seat) double-booked: \(who)"
            case .missingSeat: "\(who) is on seat \(seat), which is no longer usable"
            case .leaderOutsideFrontRows: "Leader \(who) is outside the front rows (\(seat))"
            case .notOnAisle: "\(who) is called up but not on an aisle (\(seat))"
            case .overCapacity: "\(count) delegates but only \(seats) seats"
            case .duplicate: "Duplicate delegates: \(who)"
            }
        },
        seatingEditError: { error in String(describing: error) },
        seatingLegendSymbols: "● arrived  ○ not arrived  · empty  × unusable",
        seatingAutoDone: { "Auto-assigned \($0) delegates" + ($1 > 0 ? "; \($1) left without a seat" : "") },
        statusConflicts: { "⚠ \($0) conflicts" },
        actionSeatCursor: "Move between seats",
        actionSeatPick: "Pick up a delegate / drop on the target seat (swaps)",
        actionSeatCancel: "Cancel the pick",
        actionSeatUnassign: "Unassign the seat",
        actionSeatLock: "Lock / unlock the seat",
        actionSeatCheckIn: "Mark arrived / undo",
        actionSeatSearch: "Find a delegate (accents optional)",
        actionSeatStandIn: "Enter a stand-in",
        actionSeatAuto: "Auto-assign by protocol",
        actionSeatZoom: "Zoom the hall in / out",
        actionSeatPanel: "Seat detail / conflicts list",
        actionSeatNextConflict: "Go to the next conflict"
    )
}
