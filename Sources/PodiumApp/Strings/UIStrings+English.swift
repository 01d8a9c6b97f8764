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
        agendaCannotDeleteLive: "This segment has run or is running; skip it (x) instead of deleting it.",
        agendaFixedStart: { "fixed \($0)" },
        agendaGap: { "\($0) min idle before the fixed start" },
        agendaOverlap: { "\($0) min overlap into the fixed start" },
        agendaMCLines: "MC lines",
        agendaCues: "Crew cues",
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
        seatingCheckedIn: { "present \($0)/\($1)" },
        columnUnit: "Unit",
        columnSpeaker: "Speaker",
        columnStatus: "Status",
        speakersTopic: "Topic",
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
            "Decision No. \(number) of \(date)\(signerTitle.isEmpty ? "" : " by the \(signerTitle)"): \(subject)"
        },
        columnName: "Collective or individual",
        columnKind: "Kind",
        columnForm: "Award",
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
        index: .english,
        spreadsheet: .english,
        helpTitle: "Keys",
        helpFooter: "Esc or ? to close",
        helpDisabled: { "unavailable: \($0.continuedAfterColon)" },
        quitQuestion: "Quit Podium? (y/n)",
        tooSmall: { "Terminal too small (\($0)×\($1)). Needs at least \($2)×\($3)." },
        readOnlyNotice: "The event file is read-only: every change is disabled.",
        watchOnlyNotice: { watching in
            switch watching {
            case .viewerRole: "The viewer role opens the file to watch only; open it again with --role mc, protocol or organizer to make changes."
            case .stageView: "The stage view opens the file to watch only; open the main view (without --view stage) to make changes."
            case .roleRevoked(let role):
                "The role table no longer lets this account take the \(role.rawValue) role: this window only watches from now on. "
                    + "Ask an organiser to grant it again (V), or reopen with a role you are granted."
            }
        },
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
        reasonWatchOnly: { watching in
            switch watching {
            case .viewerRole: "the viewer role only watches (--role mc, protocol or organizer to make changes)"
            case .stageView: "the stage view only watches"
            case .roleRevoked(let role): "the role table took this account's \(role.rawValue) role back"
            }
        },
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
            case .normal: "NORMAL"
            case .warning: "TIME RUNNING LOW"
            case .danger: "WRAP UP NOW"
            case .overtime: "OVERTIME"
            }
        },
        columnPlanned: "Plan",
        columnProjected: "Now",
        stageWaiting: "Waiting to start",
        gateQuestion: { segment, items in
            "Not done before \"\(segment)\": " + items.map { "• \($0)" }.joined(separator: " ") + " — Start anyway? (y/n)"
        },
        actionShowTypedMessage: "Type a message for the speaker",
        stageMessageTitle: "Message to the stage",
        stageMessageText: "Message",
        stageMessageBlink: "Blink (y/n)",
        stageMessageEmpty: "The message is empty; type the words to show on stage.",
        absentLeaders: { "⚑ Leaders not yet arrived: " + $0.joined(separator: ", ") },
        actionAgendaAdd: "Add a segment to the programme",
        actionAgendaEdit: "Edit the selected segment",
        actionAgendaDelete: "Delete the selected segment (asks first)",
        actionAgendaMoveUp: "Move the segment earlier",
        actionAgendaMoveDown: "Move the segment later",
        reasonAgendaLocked: "the show is running: the MC cannot change the programme",
        reasonAgendaOrganizers: "only organisers (and the MC before the show) edit the programme",
        agendaAddTitle: "Add segment",
        agendaEditTitle: "Edit segment",
        agendaFieldLabels: ["Title", "Kind", "Minutes", "Fixed start", "Presenter", "MC lines", "Crew cues", "Warning at (min left)", "Danger at (min left)"],
        agendaDeleteQuestion: { "Delete \"\($0)\" from the programme? (y/n)" },
        agendaLiveChangeQuestion: { "\"\($0)\" has run or is running. Change it anyway? (y/n)" },
        agendaSegmentGone: "This segment was just deleted on another terminal.",
        agendaProblem: { problem in
            switch problem {
            case .emptyTitle: "The title cannot be empty."
            case .unknownKind(let text): "There is no kind \"\(text)\"; use opening, report, announcement, contributions, speech, awards, closing, break or other."
            case .badDuration(let text): "\"\(text)\" is not a duration; give minutes above 0, e.g. 25 or 7:30."
            case .badTime(let text): "\"\(text)\" is not a time; write it as 10:15, or leave it empty."
            case .fixedBeforeEventStart(let time, let start): "The fixed start \(time.hhmm) is before the event starts at \(start.hhmm)."
            case .sameFixedStart(let time, let other): "\"\(other)\" is already fixed at \(time.hhmm); two segments cannot share it."
            case .badThreshold(let text): "\"\(text)\" is not a threshold; give minutes, e.g. 2 or 0:30."
            case .thresholdsOutOfOrder: "The danger threshold must be below the warning one, and both below the duration."
            }
        },
        // MARK: Checklist editing and gating
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
        // MARK: Documents (import dialog)
        actionImport: "Import a list from a CSV/Excel file",
        importTitle: "Import from a spreadsheet",
        importKindNames: { kind in
            switch kind {
            case "delegates": "Delegates"
            case "awards": "Award recipients"
            case "speakers": "Contributions"
            case "index": "PAR index"
            default: "Checklist"
            }
        },
        importPathLabel: "File (.csv, .xlsx):",
        importChooseHint: "Enter read file · ←/→ list kind · Ctrl-U clear · Esc close",
        importReading: { done, total in total > 0 ? "Reading… \(done)/\(total) rows" : "Reading… \(done) rows" },
        importConfirmHint: "Enter/y import · Esc back",
        importRefusedHint: "Nothing was imported: put right what the lines above say, then retry · any key to go back",
        importDone: { "Imported: \($0)" },
        importNotAllowed: "only organisers or protocol may import lists",
        importCounts: { added, merged, skipped in
            "\(added) to add" + (merged > 0 ? ", \(merged) merged" : "") + (skipped > 0 ? ", \(skipped) duplicates skipped" : "")
        },
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
            case .presenterNotHere: "\(who) presents or speaks but has not checked in, and nobody stands in"
            }
        },
        seatingLegendSymbols: "● arrived  ○ not arrived  · empty  × unusable",
        seatingAutoDone: { "Auto-assigned \($0) delegates" + ($1 > 0 ? "; \($1) left without a seat" : "") },
        statusConflicts: { "⚠ \($0) conflict" + ($0 == 1 ? "" : "s") },
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
        actionSeatNextConflict: "Go to the next conflict",
        // MARK: Speaker queue
        columnSpoken: "Spoken",
        speakerNow: { index, count, who, unit in "Contribution \(index)/\(count): \(who) · \(unit)" },
        speakerElapsed: { "Spoken \($0) of \($1)" },
        speakerBlockLeft: { "Contributions block left \($0)" },
        speakerOnDeck: { "On deck: \($0)" },
        speakerNoneLeft: "No speaker left; press n for the next segment",
        speakerInviteLabel: "Invitation",
        speakerThanksLabel: "Thanks",
        speakerBudget: { verdict, end, names in
            switch verdict {
            case .fits(let spare): "Fits: \(spare / 60) min to spare (must end by \(end))"
            case .cut(let each, let short): "\((short + 59) / 60) min short: each remaining speaker must cut \(each / 60) min (end by \(end))"
            case .wontFit(_, let short): "\((short + 59) / 60) min short: no time for \(names.joined(separator: ", ")) (end by \(end))"
            case .late(let seconds): "\((seconds + 59) / 60) min past \(end)"
            }
        },
        speakerWithdrawQuestion: { "\($0) is speaking. Withdraw and end the contribution? (y/n)" },
        speakerSelect: "Select a contribution first.",
        speakerAddTitle: "Add a contribution",
        speakerLinesTitle: "MC lines (blank: the generated ones)",
        speakerFieldTopic: "Topic",
        speakerFieldUnit: "Unit",
        speakerFieldSpeaker: "Speaker",
        speakerFieldTitle: "Title",
        speakerFieldMinutes: "Minutes",
        speakerFieldInvitation: "Invitation",
        speakerFieldThanks: "Thanks",
        speakerMinutesNotNumber: "Minutes must be a whole number, e.g. 8.",
        speakerAddDelegateQuestion: { name, group in "“\(name)” is not in the delegate roster. Add them to “\(group)” and add the contribution? (y/n)" },
        actionSpeakerWithdraw: "Withdraw (asks if speaking)",
        actionSpeakerRestore: "Restore a withdrawn contribution",
        actionSpeakerMoveUp: "Move earlier",
        actionSpeakerMoveDown: "Move later",
        actionSpeakerAdd: "Add a contribution",
        actionSpeakerEditLines: "Edit the invitation / thanks",
        // MARK: Award ceremony
        awardsBatchHeader: { number, count, done, called, remaining in
            "Batch \(number)/\(count) · received \(done)/\(called) · about \(remaining) left"
        },
        awardsPresenter: { "Presenting leader: \($0)" },
        awardsNextBatch: { number, size, presenter in "Next: batch \(number) (\(size) recipients) · presenter: \(presenter)" },
        awardsLastBatch: "Last batch: after the photo, everyone returns to their seats; then the next segment.",
        awardsNoPresenter: "no leader chosen",
        awardsRepresentative: { "Representative of \($0)" },
        awardsAbsent: "absent",
        awardsReceivedBy: { "absent, \($0) receives" },
        awardsSay: { "say: \($0)" },
        awardsProblems: { "⚠ The award list has \($0) problem(s) to fix; see podium awards batches." },
        awardsRoleReason: "Only the MC or an organiser may tick recipients and call batches.",
        columnReceived: "Got",
        columnNote: "Note",
        actionAwardsTick: "Mark received / unmark",
        actionAwardsNext: "Call the next batch",
        actionAwardsBack: "Back to the previous batch",
        // MARK: Hall editor
        hallEditorBanner: "HALL · p presidium · a/D section · r/R row · e/E seat · u unusable · H done",
        hallEditorClosed: "Open the hall editor first (key H)",
        hallNeedsSection: "Move the cursor into a section of the hall first",
        hallNotANumber: { field, text in "\(field): \"\(text)\" is not a whole number; type it again" },
        hallPresidiumTitle: "Presidium table",
        hallPresidiumSeats: "Presidium seats",
        hallSectionTitle: "Add a section",
        hallSectionName: "Section name",
        hallSectionRows: "Rows",
        hallSectionSeats: "Seats per row",
        hallSectionAisles: "Aisles after seat no.",
        hallRemoveSectionQuestion: { name, seats, unseated in
            "Remove section \(name) (\(seats) seats)? "
                + (unseated > 0 ? "\(unseated) delegates seated there lose their seat (they become unseated); nothing else is lost. " : "Nobody sits there. ")
                + "(y/n)"
        },
        hallUnseats: { "\($0) seated delegates lose their seat (they become unseated)." },
        hallTooSmall: { seats, delegates in "The hall keeps only \(seats) seats for \(delegates) delegates: \(delegates - seats) will have no seat." },
        hallContinueQuestion: "Change it anyway? (y/n)",
        actionHallEditor: "Open / close the hall editor",
        actionHallPresidium: "Set the presidium's seats",
        actionHallAddSection: "Add a section (name, rows, seats, aisles)",
        actionHallRemoveSection: "Remove the section under the cursor",
        actionHallRows: "Add / remove the back row of the section",
        actionHallSeats: "Add / remove the last seat of the section's rows",
        actionHallUnusable: "Mark the seat unusable / usable again",
        hallPanelPresidium: { "Presidium: \($0) seats" },
        hallPanelSection: { name, rows, seats, usable in "Section \(name): \(rows) rows × \(seats) (\(usable))" },
        hallPanelTotal: { seats, delegates in "\(seats) seats for \(delegates) delegates" },
        rehearsal: .english,
        importChoices: .english,
        eventDetails: .english,
        setup: .english,
        dayOf: .english,
        reliability: .english,
        dressRehearsal: .english,
        journal: .english,
        errors: .english,
        footer: .english
    )
}
