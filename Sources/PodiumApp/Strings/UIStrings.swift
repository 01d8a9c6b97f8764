import PodiumCore

/// Every string the TUI shows, one instance per language (UIStrings+Vietnamese/English).
/// A missing translation is a compile error, not a blank on screen.
public struct UIStrings: Sendable {
    // Panes
    public var paneAgenda: String
    public var paneSeating: String
    public var paneSpeakers: String
    public var paneAwards: String
    public var paneChecklist: String
    public var paneIndex: String

    // Roles
    public var roleMC: String
    public var roleProtocol: String
    public var roleOrganizer: String
    public var roleViewer: String

    // Status bar
    public var statusNow: String
    public var statusNotStarted: String
    public var statusSynced: String
    public var statusReadOnly: String
    public var statusSyncError: String
    public var statusUpdatedByOther: String

    // Agenda
    public var columnNumber: String
    public var columnTime: String
    public var columnMinutes: String
    public var columnTitle: String
    public var columnPresenter: String
    public var agendaTotal: @Sendable (_ total: String, _ end: String, _ windowStart: String, _ windowEnd: String) -> String
    public var agendaOverrun: @Sendable (_ minutes: Int) -> String
    public var agendaFits: String
    public var agendaCannotDeleteLive: String
    public var agendaFixedStart: @Sendable (_ time: String) -> String
    public var agendaGap: @Sendable (_ minutes: Int) -> String
    public var agendaOverlap: @Sendable (_ minutes: Int) -> String
    public var agendaMCLines: String
    public var agendaCues: String
    public var segmentKind: @Sendable (SegmentKind) -> String

    // Seating
    public var seatingHall: @Sendable (_ name: String, _ seats: Int, _ presidium: Int) -> String
    public var seatingGroups: String
    public var seatingDelegates: @Sendable (_ count: Int) -> String
    public var seatingPresidium: String
    public var seatingStage: String
    public var seatingCheckedIn: @Sendable (_ present: Int, _ total: Int) -> String

    // Speakers
    public var columnUnit: String
    public var columnSpeaker: String
    public var columnStatus: String
    public var speakersTopic: String
    public var speakersTotal: @Sendable (_ count: Int, _ minutes: Int) -> String
    public var contributionStatus: @Sendable (Contribution.Status) -> String

    // Awards
    public var awardsDecision: @Sendable (_ number: String, _ date: String, _ signerTitle: String, _ subject: String) -> String
    public var columnName: String
    public var columnKind: String
    public var columnForm: String

    // Checklist
    public var checklistProgress: @Sendable (_ done: Int, _ total: Int) -> String
    public var checklistStatus: @Sendable (ChecklistItem.Status) -> String
    public var checklistGates: @Sendable (_ segment: String) -> String
    public var checklistDue: String

    // Index
    /// Pane 6, the stage reveal and their keys.
    public var index: IndexStrings
    /// The spreadsheet reader's refusals and warnings, for every import.
    public var spreadsheet: SpreadsheetStrings

    // Shell
    public var helpTitle: String
    public var helpFooter: String
    public var helpDisabled: @Sendable (_ reason: String) -> String
    public var quitQuestion: String
    public var tooSmall: @Sendable (_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String
    /// The file itself cannot be written (permissions, a read-only disk).
    public var readOnlyNotice: String
    /// The screen only watches (the viewer role, the stage view) though the file is writable.
    public var watchOnlyNotice: @Sendable (AppState.WatchOnly) -> String

    // Key binding descriptions
    public var actionShowPane: String
    public var actionNextPane: String
    public var actionPreviousPane: String
    public var actionMoveUp: String
    public var actionMoveDown: String
    public var actionPageUp: String
    public var actionPageDown: String
    public var actionFirst: String
    public var actionLast: String
    public var actionHelp: String
    public var actionQuit: String
    public var actionLanguage: String
    public var actionRedraw: String
    public var actionClose: String
    public var keyMouse: String
    public var actionMouse: String

    // MARK: Live show
    public var statusFinished: String
    public var reasonReadOnly: String
    public var reasonWatchOnly: @Sendable (AppState.WatchOnly) -> String
    public var reasonNotMC: String
    public var oneMinuteLeft: String
    public var jumpQuestion: @Sendable (_ title: String) -> String
    public var actionShowStart: String
    public var actionShowNext: String
    public var actionShowBack: String
    public var actionShowHold: String
    public var actionShowExtend1: String
    public var actionShowExtend5: String
    public var actionShowSkip: String
    public var actionShowJump: String
    public var actionShowMessage: String
    public var actionShowClearMessage: String
    public var actionShowBlank: String
    public var actionShowUndo: String
    public var liveNotStarted: String
    public var liveStartsIn: @Sendable (_ duration: String) -> String
    public var liveFinished: @Sendable (_ end: String) -> String
    public var liveElapsed: @Sendable (_ elapsed: String, _ allotted: String) -> String
    public var liveHeld: String
    public var liveNext: @Sendable (_ title: String, _ time: String) -> String
    public var liveLast: String
    public var liveDrift: @Sendable (_ seconds: Int) -> String
    public var liveProjectedEnd: @Sendable (_ time: String) -> String
    public var liveMessage: @Sendable (_ text: String) -> String
    public var liveBlank: String
    public var phaseName: @Sendable (ShowPhase) -> String
    public var columnPlanned: String
    public var columnProjected: String
    public var stageWaiting: String
    public var gateQuestion: @Sendable (_ segment: String, _ openItems: [String]) -> String
    public var actionShowTypedMessage: String
    public var stageMessageTitle: String
    public var stageMessageText: String
    public var stageMessageBlink: String
    public var stageMessageEmpty: String
    public var absentLeaders: @Sendable (_ names: [String]) -> String
    public var actionAgendaAdd: String
    public var actionAgendaEdit: String
    public var actionAgendaDelete: String
    public var actionAgendaMoveUp: String
    public var actionAgendaMoveDown: String
    public var reasonAgendaLocked: String
    public var reasonAgendaOrganizers: String
    public var agendaAddTitle: String
    public var agendaEditTitle: String
    public var agendaFieldLabels: [String]
    public var agendaDeleteQuestion: @Sendable (_ title: String) -> String
    public var agendaLiveChangeQuestion: @Sendable (_ title: String) -> String
    public var agendaSegmentGone: String
    public var agendaProblem: @Sendable (AgendaProblem) -> String

    // MARK: Checklist editing and gating
    public var formHint: String
    public var checklistGroupedBy: @Sendable (ChecklistGrouping) -> String
    public var checklistOverdueCount: @Sendable (_ count: Int) -> String
    public var checklistFilterShown: @Sendable (_ filter: String) -> String
    public var checklistNoMatch: @Sendable (_ filter: String) -> String
    public var checklistNoDueDate: String
    public var checklistLate: @Sendable (Lateness) -> String
    public var checklistStatusRoleReason: String
    public var checklistEditRoleReason: String
    public var checklistSelectItem: String
    public var checklistItemGone: String
    public var checklistFilterTitle: String
    public var checklistFilterLabel: String
    public var checklistAddTitle: String
    public var checklistEditTitle: String
    public var checklistBlockTitle: @Sendable (_ item: String) -> String
    public var checklistReasonLabel: String
    public var checklistReasonNeeded: String
    public var checklistDeleteQuestion: @Sendable (_ item: String) -> String
    public var checklistFieldTitle: String
    public var checklistFieldAgency: String
    public var checklistFieldOwner: String
    public var checklistFieldDue: String
    public var checklistFieldGates: String
    public var checklistFieldNotes: String
    public var checklistNoNotes: String
    public var checklistDetailsHint: String
    public var checklistProblem: @Sendable (ChecklistDraft.Problem) -> String
    public var actionChecklistToggle: String
    public var actionChecklistDoing: String
    public var actionChecklistBlock: String
    public var actionChecklistAdd: String
    public var actionChecklistEdit: String
    public var actionChecklistDelete: String
    public var actionChecklistDetails: String
    public var actionChecklistFilter: String
    public var actionChecklistGrouping: String

    // MARK: Documents (import dialog)
    public var actionImport: String
    public var importTitle: String
    public var importKindNames: @Sendable (_ kind: String) -> String
    public var importPathLabel: String
    public var importChooseHint: String
    public var importReading: @Sendable (_ done: Int, _ total: Int) -> String
    public var importConfirmHint: String
    public var importRefusedHint: String
    public var importDone: @Sendable (_ summary: String) -> String
    public var importNotAllowed: String
    public var importCounts: @Sendable (_ added: Int, _ merged: Int, _ skipped: Int) -> String

    // MARK: Seating plan
    public var seatingSummary: @Sendable (_ seated: Int, _ total: Int, _ present: Int, _ seats: Int) -> String
    public var seatingAbsentLeaders: @Sendable (_ count: Int) -> String
    public var seatingReadOnlyRole: String
    public var seatingSearchPrompt: String
    public var seatingStandInPrompt: @Sendable (_ absent: String) -> String
    public var seatingPicked: @Sendable (_ seat: String, _ name: String) -> String
    public var seatingNotFound: @Sendable (_ query: String) -> String
    public var seatingHasNoSeat: @Sendable (_ name: String) -> String
    public var seatingSeatLine: @Sendable (_ seat: String, _ row: Int, _ aisle: Bool) -> String
    public var seatingEmptySeat: String
    public var seatingUnusableSeat: String
    public var seatingLockedMark: String
    public var seatingPresent: String
    public var seatingAbsent: String
    public var seatingStandInFor: @Sendable (_ name: String) -> String
    public var seatingPrecedenceLine: @Sendable (_ position: Int) -> String
    public var seatingReason: @Sendable (_ kind: PlacementReason.Kind, _ order: Int, _ group: String) -> String
    public var seatingConflictsTitle: @Sendable (_ count: Int) -> String
    public var seatingNoConflicts: String
    public var seatingConflict: @Sendable (_ kind: SeatingConflict.Kind, _ who: String, _ seat: String, _ count: Int, _ seats: Int) -> String
    public var seatingLegendSymbols: String
    public var seatingAutoDone: @Sendable (_ seated: Int, _ unseated: Int) -> String
    public var statusConflicts: @Sendable (_ count: Int) -> String
    public var actionSeatCursor: String
    public var actionSeatPick: String
    public var actionSeatCancel: String
    public var actionSeatUnassign: String
    public var actionSeatLock: String
    public var actionSeatCheckIn: String
    public var actionSeatSearch: String
    public var actionSeatStandIn: String
    public var actionSeatAuto: String
    public var actionSeatZoom: String
    public var actionSeatPanel: String
    public var actionSeatNextConflict: String

    // MARK: Speaker queue
    public var columnSpoken: String
    public var speakerNow: @Sendable (_ index: Int, _ count: Int, _ who: String, _ unit: String) -> String
    public var speakerElapsed: @Sendable (_ elapsed: String, _ allotted: String) -> String
    public var speakerBlockLeft: @Sendable (String) -> String
    public var speakerOnDeck: @Sendable (String) -> String
    public var speakerNoneLeft: String
    public var speakerInviteLabel: String
    public var speakerThanksLabel: String
    public var speakerBudget: @Sendable (_ verdict: SpeakerBudget.Verdict, _ mustEndBy: String, _ notFitting: [String]) -> String
    public var speakerWithdrawQuestion: @Sendable (String) -> String
    public var speakerSelect: String
    public var speakerAddTitle: String
    public var speakerLinesTitle: String
    public var speakerFieldTopic: String
    public var speakerFieldUnit: String
    public var speakerFieldSpeaker: String
    public var speakerFieldTitle: String
    public var speakerFieldMinutes: String
    public var speakerFieldInvitation: String
    public var speakerFieldThanks: String
    public var speakerMinutesNotNumber: String
    public var speakerAddDelegateQuestion: @Sendable (_ name: String, _ group: String) -> String
    public var actionSpeakerWithdraw: String
    public var actionSpeakerRestore: String
    public var actionSpeakerMoveUp: String
    public var actionSpeakerMoveDown: String
    public var actionSpeakerAdd: String
    public var actionSpeakerEditLines: String

    // MARK: Award ceremony
    public var awardsBatchHeader: @Sendable (_ number: Int, _ count: Int, _ done: Int, _ called: Int, _ remaining: String) -> String
    public var awardsPresenter: @Sendable (_ presenter: String) -> String
    public var awardsNextBatch: @Sendable (_ number: Int, _ size: Int, _ presenter: String) -> String
    public var awardsLastBatch: String
    public var awardsNoPresenter: String
    public var awardsRepresentative: @Sendable (_ collective: String) -> String
    public var awardsAbsent: String
    public var awardsReceivedBy: @Sendable (_ person: String) -> String
    public var awardsSay: @Sendable (_ hint: String) -> String
    public var awardsProblems: @Sendable (_ count: Int) -> String
    public var awardsRoleReason: String
    public var columnReceived: String
    public var columnNote: String
    public var actionAwardsTick: String
    public var actionAwardsNext: String
    public var actionAwardsBack: String
    // MARK: Hall editor
    /// The line above the grid while the hall editor is open, with its keys.
    public var hallEditorBanner: String
    public var hallEditorClosed: String
    public var hallNeedsSection: String
    public var hallNotANumber: @Sendable (_ field: String, _ text: String) -> String
    public var hallPresidiumTitle: String
    public var hallPresidiumSeats: String
    public var hallSectionTitle: String
    public var hallSectionName: String
    public var hallSectionRows: String
    public var hallSectionSeats: String
    public var hallSectionAisles: String
    public var hallRemoveSectionQuestion: @Sendable (_ name: String, _ seats: Int, _ unseated: Int) -> String
    public var hallUnseats: @Sendable (_ unseated: Int) -> String
    public var hallTooSmall: @Sendable (_ seats: Int, _ delegates: Int) -> String
    public var hallContinueQuestion: String
    public var actionHallEditor: String
    public var actionHallPresidium: String
    public var actionHallAddSection: String
    public var actionHallRemoveSection: String
    public var actionHallRows: String
    public var actionHallSeats: String
    public var actionHallUnusable: String
    public var hallPanelPresidium: @Sendable (_ seats: Int) -> String
    /// One section in the editor's side panel: rows × seats, usable seats, inner aisles.
    public var hallPanelSection: @Sendable (_ name: String, _ rows: Int, _ seats: Int, _ usable: Int) -> String
    public var hallPanelTotal: @Sendable (_ seats: Int, _ delegates: Int) -> String
    /// Rehearsal mode (TẬP DƯỢT).
    public var rehearsal: RehearsalStrings
    /// The import dialog's choices (groups, duplicates, revised lists).
    public var importChoices: ImportChoiceStrings
    /// The event-details form.
    public var eventDetails: EventDetailsStrings
    public var setup: SetupStrings

    /// The day of the conference: seating safety, the show's end, skips, the stage screen, MC lines.
    public var dayOf: DayOfStrings

    /// A damaged, replaced or vanished event file.
    public var reliability: ReliabilityStrings

    /// What the dress rehearsal found missing (award recipients' seats).
    public var dressRehearsal: DressRehearsalStrings
    /// The journal in plain words (`podium journal`, the overlay on `W`).
    public var journal: JournalStrings
    public var errors: ErrorStrings
    public var footer: FooterStrings
    /// The role table's words: the refusal of a role, and the organiser's form.
    public var access: AccessStrings { errors.access }

    public func paneTitle(_ pane: Pane) -> String {
        switch pane {
        case .agenda: paneAgenda
        case .seating: paneSeating
        case .speakers: paneSpeakers
        case .awards: paneAwards
        case .checklist: paneChecklist
        case .index: paneIndex
        }
    }

    public func roleName(_ role: Role) -> String {
        switch role {
        case .mc: roleMC
        case .protocol: roleProtocol
        case .organizer: roleOrganizer
        case .viewer: roleViewer
        }
    }
}
