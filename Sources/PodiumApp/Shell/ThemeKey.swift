import PodiumCore
import TermCore

/// The style keys the interface draws with: the one list a theme file is checked against
/// (a test resolves each in every shipped theme). Keys cascade in the theme (`stage.clock`
/// falls back to `stage`, then `ui.text`), so a theme may leave out the specific ones.
public struct ThemeKey: Hashable, Sendable {
    public let rawValue: String

    init(_ rawValue: String) { self.rawValue = rawValue }

    public static let uiText = ThemeKey("ui.text")
    public static let uiTitle = ThemeKey("ui.title")
    public static let uiBorder = ThemeKey("ui.border")
    public static let uiSelected = ThemeKey("ui.selected")
    public static let uiFocus = ThemeKey("ui.focus")
    public static let uiStatusbar = ThemeKey("ui.statusbar")
    public static let uiTab = ThemeKey("ui.tab")
    public static let uiTabActive = ThemeKey("ui.tab.active")
    public static let uiHelpKey = ThemeKey("ui.help.key")
    public static let uiError = ThemeKey("ui.error")
    public static let uiNotice = ThemeKey("ui.notice")
    public static let uiDim = ThemeKey("ui.dim")
    public static let agendaCurrent = ThemeKey("agenda.current")
    public static let agendaPast = ThemeKey("agenda.past")
    public static let agendaNext = ThemeKey("agenda.next")
    public static let agendaFlag = ThemeKey("agenda.flag")
    public static let seatEmpty = ThemeKey("seat.empty")
    public static let seatLocked = ThemeKey("seat.locked")
    public static let seatOccupied = ThemeKey("seat.occupied")
    public static let seatPresidium = ThemeKey("seat.presidium")
    public static let seatSelected = ThemeKey("seat.selected")
    public static let seatUnusable = ThemeKey("seat.unusable")
    public static let stage = ThemeKey("stage")
    public static let stageClock = ThemeKey("stage.clock")
    public static let stageHeld = ThemeKey("stage.held")
    public static let stageMessage = ThemeKey("stage.message")
    public static let indexUp = ThemeKey("index.up")
    public static let indexDown = ThemeKey("index.down")
    public static let indexReveal = ThemeKey("index.reveal")
    public static let checklistOverdue = ThemeKey("checklist.overdue")
    public static let groupOther = ThemeKey("group.other")

    public static func phase(_ phase: ShowPhase) -> ThemeKey { ThemeKey("phase.\(phase.rawValue)") }
    public static func checklist(_ status: ChecklistItem.Status) -> ThemeKey { ThemeKey("checklist.\(status.rawValue)") }
    /// The shade of an index tier (0 the best); themes colour as many tiers as they like.
    public static func indexTier(_ tier: Int) -> ThemeKey { ThemeKey("index.tier.\(tier)") }
    /// A participant group's colour on the seating chart; a theme names the groups it colours.
    public static func group(_ key: String) -> ThemeKey { ThemeKey("group.\(key)") }

    /// Every key but the per-group ones, which depend on the event.
    public static let all: [ThemeKey] = [
        uiText, uiTitle, uiBorder, uiSelected, uiFocus, uiStatusbar, uiTab, uiTabActive, uiHelpKey, uiError, uiNotice, uiDim,
        agendaCurrent, agendaPast, agendaNext, agendaFlag, seatEmpty, seatLocked, seatOccupied, seatPresidium, seatSelected,
        seatUnusable, stage, stageClock, stageHeld, stageMessage, indexUp, indexDown, indexReveal, checklistOverdue, groupOther,
    ] + ShowPhase.allCases.map(phase) + ChecklistItem.Status.allCases.map(checklist)
}

extension Theme {
    public func style(_ key: ThemeKey) -> Style { style(key.rawValue) }

    /// The style the theme itself sets for `key`, without cascading.
    public func ownStyle(_ key: ThemeKey) -> Style? { styles[key.rawValue] }
}
