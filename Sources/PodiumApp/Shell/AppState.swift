import Foundation
import PodiumCore

/// Everything the screen shows, as a value: rendering is a pure function of it.
public struct AppState: Sendable {
    public var event: EventData {
        didSet { seatingDerived = SeatingDerived(event) }
    }
    /// The live show folded from the journal; the wall clock `now` turns it into a countdown.
    public var show: ShowState = ShowState()
    /// The hall's time zone: the programme's clock times are local to it.
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
    public var overlay: Overlay?
    /// First row of the help overlay shown, when the help is longer than the screen.
    public var helpOffset = 0
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
    /// Store writes queued by `apply`, performed and cleared by `AppLoop`.
    public var effects: [StoreEffect] = []
    /// How the checklist pane is grouped and filtered.
    public var checklistView = ChecklistViewState()
    /// The import dialog, when open; `pendingImport` asks the loop to read or write.
    public var importDialog: ImportDialog?
    public var pendingImport: ImportRequest?
    /// How the seating pane is zoomed, scrolled and searched; what the hall derives from the event.
    public var seatingView = SeatingViewState()
    public private(set) var seatingDerived: SeatingDerived
    /// The award ceremony's live progress, folded from the journal's "award.*" entries.
    public var awards = AwardProgress()

    public enum View: String, CaseIterable, Sendable { case main, stage }

    public enum Overlay: Equatable, Sendable {
        case help, confirmQuit
        case confirmJump(Int64)
        case form(Form)
        case confirm(Confirmation)
        case checklistDetails(id: Int64)
    }

    public init(
        event: EventData, role: Role, operatorName: String, language: Language, now: Date, isReadOnly: Bool,
        timeZone: TimeZone = .current
    ) {
        self.event = event
        self.timeZone = timeZone
        seatingDerived = SeatingDerived(event)
        self.role = role
        self.operatorName = operatorName
        self.language = language
        self.now = now
        self.isReadOnly = isReadOnly
        if isReadOnly {
            sync = .readOnly
            notice = language.strings.readOnlyNotice
        }
    }

    public var strings: UIStrings { language.strings }

    public func selectedRow(in pane: Pane) -> Int { selection[pane] ?? 0 }

    public var orderedSegments: [Segment] { event.segments.sorted { $0.position < $1.position } }

    /// The live show at `now`.
    public var showStatus: ShowStatus {
        ShowStatus(
            state: show, segments: event.segments, info: event.info, now: now, timeZone: timeZone,
            estimatedSeconds: AwardCeremony.segmentEstimates(event: event, progress: awards, show: show)
        )
    }
}
