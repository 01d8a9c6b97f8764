import Foundation
import PodiumCore

/// Everything the screen shows, as a value: rendering is a pure function of it.
public struct AppState: Sendable {
    public var event: EventData {
        didSet {
            refreshDerived(from: oldValue)
            // The hall moved zones (its details were edited): follow it.
            if oldValue.info.timeZoneID != event.info.timeZoneID { timeZone = event.info.timeZone }
        }
    }
    /// The live show folded from the journal; the wall clock `now` turns it into a countdown.
    public var show: ShowState = ShowState() {
        didSet {
            // Another segment or speaker (moved on here or by another terminal) has other words.
            if show.current?.segmentID != oldValue.current?.segmentID || show.currentSpeaker?.contributionID != oldValue.currentSpeaker?.contributionID {
                mcTextPage = 0
            }
            // The show's start makes the door's check-in say who is absent.
            guard show.checkInDecidesAttendance != oldValue.checkInDecidesAttendance else { return }
            roster = AwardAttendance.Roster(event.delegates, checkInDecides: show.checkInDecidesAttendance)
            awardCeremony = AwardCeremony(event: event, progress: awards, roster: roster)
        }
    }
    /// The hall's time zone (the event's own unless a test injects one): the programme's
    /// clock times are local to it, whatever the machine's zone.
    public var timeZone: TimeZone
    public var role: Role
    public var operatorName: String
    public var language: Language
    public var pane: Pane = .agenda
    /// The main screen, or the read-only stage clock for the speaker.
    public var view: View = .main
    public var now: Date
    public var sync: SyncState = .synced
    public var isReadOnly: Bool
    /// Set when nothing can be changed because this screen only watches, not because of the
    /// file: the viewer role and the stage view open a writable file read-only on purpose, and
    /// the operator must be told which role or view would let them change it.
    public var watchOnly: WatchOnly?
    /// What is open in front of the panes, bottom first; `overlay`, `importDialog` and the
    /// seating pane's typed line are views onto it (`Modal.swift`).
    public var modals: [Modal] = []
    /// The edit form last submitted, kept until its write is done, so a save refused because
    /// another operator changed the record puts it back as typed (`reopenRefusedEdit`).
    public var submittedEdit: Form?
    /// First row of the help overlay shown, when the help is longer than the screen.
    public var helpOffset = 0
    /// The newest journal entries, oldest first (the mirror keeps them up to date), and how many
    /// of the newest the journal overlay has scrolled past.
    public var journal: [JournalEntry] = []
    public var journalOffset = 0
    /// The newest change that came from another terminal, if any arrived since this one opened.
    public var lastOtherChange: OtherChange?
    /// Selected row per pane; offsets keep the selection in view between frames.
    public var selection: [Pane: Int] = [:]
    public var scrollOffset: [Pane: Int] = [:]
    /// A one-line message shown above the status bar until the next key.
    public var notice: String?
    public var shouldQuit = false
    /// The stage view quits on a second `q` within `stageQuitSeconds` of this first one; it never
    /// puts a question in front of the audience.
    public var stageQuitArmedAt: Date?
    /// The page of the MC's text the live panel shows when it is too long to fit; back to the
    /// first page whenever this terminal moves the show on.
    public var mcTextPage = 0
    public static let stageQuitSeconds: TimeInterval = 2
    /// The event's role table (the mirror keeps it up to date), the file's owner and this
    /// terminal's OS account, as the command line read them from the system.
    public var roleGrants = RoleGrants()
    public var fileOwner: String?
    public var account: OSAccount?
    /// Store writes queued by `apply`, performed and cleared by `AppLoop`.
    public var effects: [StoreEffect] = []
    /// How the checklist pane is grouped and filtered.
    public var checklistView = ChecklistViewState() {
        didSet {
            if checklistView != oldValue {
                checklistDerived = ChecklistDerived(checklist: event.checklist, segments: event.segments, view: checklistView)
            }
        }
    }
    /// The checklist pane's rows and counts; rebuilt with the checklist, the programme or the view.
    public private(set) var checklistDerived: ChecklistDerived
    /// Set by the import dialog's keys: asks the loop to read or write the file.
    public var pendingImport: ImportRequest?
    /// How the seating pane is zoomed, scrolled and searched; its typed line lives on the modal
    /// stack and shows here as `input`.
    public var seatingView: SeatingViewState {
        get {
            var view = seatingPane
            view.input = seatingInput
            return view
        }
        set {
            var view = newValue
            if view.input != seatingInput { seatingInput = view.input }
            view.input = nil
            seatingPane = view
        }
    }
    private var seatingPane = SeatingViewState()
    /// What the hall derives from the event.
    public private(set) var seatingDerived: SeatingDerived
    /// The award ceremony's live progress, folded from the journal's "award.*" entries.
    public var awards = AwardProgress() {
        didSet { if awards != oldValue { awardCeremony = AwardCeremony(event: event, progress: awards, roster: roster) } }
    }
    /// The delegates by folded name, for matching award recipients; rebuilt with the delegates.
    public private(set) var roster: AwardAttendance.Roster
    /// Presenters, speakers and stand-ins by folded name; rebuilt with the delegates.
    public private(set) var rosterLookup: RosterLookup
    /// The contributions as presented (stand-ins in place of those they replace), for the
    /// speaker queue every frame shows; rebuilt with the delegates and contributions.
    public private(set) var presentedContributions: [Contribution]
    /// Speakers and presenters not there (`EventData.missingPresenters`), for the live panel;
    /// rebuilt when the people, the programme or the ceremony change.
    public private(set) var missingPresenterIDs: Set<Int64>
    /// The ceremony as this screen sees it now: built when the event or the progress changes,
    /// never per frame, because it resolves every recipient against the roster.
    public private(set) var awardCeremony: AwardCeremony {
        didSet {
            // The MC's words are the batch on stage's: another batch, or the first name ticked
            // (the decision's reading is over), starts them from their first page.
            if awardCeremony.current?.number != oldValue.current?.number || awardCeremony.hasBegun != oldValue.hasBegun { mcTextPage = 0 }
        }
    }
    /// What is wrong with the award list (duplicates, missing units, lost presenters).
    public private(set) var awardProblems: [AwardProblem]
    /// Pane 6's filters and the reveal's progress (folded from "index.reveal-*" entries).
    public var indexView = IndexViewState()
    public var indexReveal = IndexRevealProgress()
    public private(set) var indexDerived: IndexDerived

    public enum View: String, CaseIterable, Sendable { case main, stage }

    public enum Overlay: Equatable, Sendable {
        case help, confirmQuit
        case confirmJump(Int64)
        case form(Form)
        case confirm(Confirmation)
        case checklistDetails(id: Int64)
        /// Who did what when (`W`).
        case journal
    }

    public init(
        event: EventData, role: Role, operatorName: String, language: Language, now: Date, isReadOnly: Bool,
        watchOnly: WatchOnly? = nil, timeZone: TimeZone? = nil
    ) {
        self.event = event
        self.timeZone = timeZone ?? event.info.timeZone
        seatingDerived = SeatingDerived(event)
        checklistDerived = ChecklistDerived(checklist: event.checklist, segments: event.segments, view: ChecklistViewState())
        let roster = AwardAttendance.Roster(event.delegates)
        self.roster = roster
        let lookup = RosterLookup(event.delegates)
        rosterLookup = lookup
        presentedContributions = event.contributions.map(lookup.presented)
        missingPresenterIDs = Set(event.missingPresenters(roster: lookup).map(\.id))
        awardCeremony = AwardCeremony(event: event, progress: AwardProgress(), roster: roster)
        awardProblems = AwardProblem.check(event)
        indexDerived = IndexDerived(event.index)
        self.role = role
        self.operatorName = operatorName
        self.language = language
        self.now = now
        self.isReadOnly = isReadOnly
        self.watchOnly = isReadOnly ? watchOnly : nil
        if isReadOnly {
            sync = .readOnly
            notice = readOnlyNotice
        }
    }

    /// Why a screen that could write to the file does not.
    public enum WatchOnly: Sendable, Equatable {
        case viewerRole, stageView
        /// The role table no longer lets this account take the role it opened with.
        case roleRevoked(Role)
    }

    /// The notice for a change refused because nothing can be changed here, naming the cause.
    public var readOnlyNotice: String {
        watchOnly.map(strings.watchOnlyNotice) ?? strings.readOnlyNotice
    }

    /// The same, in the few words a disabled key gives as its reason.
    public var readOnlyReason: String {
        watchOnly.map(strings.reasonWatchOnly) ?? strings.reasonReadOnly
    }

    public var strings: UIStrings { language.strings }

    /// The selected row; before any move the first row, or on the checklist its first task.
    public func selectedRow(in pane: Pane) -> Int {
        if let row = selection[pane] { return row }
        return pane == .checklist ? ChecklistPaneView.itemRow(near: 0, direction: 1, in: ChecklistPaneView.rows(for: self)) : 0
    }

    public var orderedSegments: [Segment] { event.segments.sorted { $0.position < $1.position } }

    /// The clock the show runs on now: the event's own, or a rehearsal's.
    public var showClock: EventClock {
        EventClock.show(state: show, info: event.info, now: now, timeZone: timeZone)
    }

    /// What the checklist measures due dates against (the event's date during a rehearsal).
    public var checklistNow: LocalMoment { showClock.checklistMoment(now) }

    /// The live show at `now`.
    public var showStatus: ShowStatus {
        ShowStatus(
            state: show, segments: event.segments, info: event.info, now: now, timeZone: timeZone,
            estimatedSeconds: awardCeremony.segmentEstimates(event: event, show: show)
        )
    }

    /// Recomputes what depends on the parts of the event that changed. Arrays a partial reload
    /// kept compare equal at once (same storage), so an unchanged roster costs nothing here.
    private mutating func refreshDerived(from old: EventData) {
        let seatingChanged = old.delegates != event.delegates || old.hall != event.hall || old.seating != event.seating
            || old.groups != event.groups || old.rankTable != event.rankTable
        if seatingChanged { seatingDerived = SeatingDerived(event) }
        if old.checklist != event.checklist || old.segments != event.segments {
            checklistDerived = ChecklistDerived(checklist: event.checklist, segments: event.segments, view: checklistView)
        }
        if old.delegates != event.delegates {
            roster = AwardAttendance.Roster(event.delegates, checkInDecides: show.checkInDecidesAttendance)
            rosterLookup = RosterLookup(event.delegates)
        }
        if old.delegates != event.delegates || old.contributions != event.contributions {
            let lookup = rosterLookup
            presentedContributions = event.contributions.map { lookup.presented($0) }
        }
        if old.delegates != event.delegates || old.contributions != event.contributions || old.segments != event.segments
            || old.recipients != event.recipients || old.awardPlan != event.awardPlan {
            missingPresenterIDs = Set(event.missingPresenters(roster: rosterLookup).map(\.id))
        }
        if old.delegates != event.delegates || old.recipients != event.recipients || old.awardPlan != event.awardPlan
            || old.groups != event.groups {
            awardCeremony = AwardCeremony(event: event, progress: awards, roster: roster)
            awardProblems = AwardProblem.check(event)
        }
        if old.index != event.index { indexDerived = IndexDerived(event.index) }
    }
}
