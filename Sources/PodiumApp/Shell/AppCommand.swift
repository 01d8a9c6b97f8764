import PodiumCore

/// What a key or click asks the app to do.
public enum AppCommand: Hashable, Sendable {
    case showPane(Pane)
    case nextPane, previousPane
    case moveSelection(by: Int)
    case page(by: Int)
    case selectFirst, selectLast
    case selectRow(Int)
    case toggleHelp
    case scrollHelp(by: Int)
    case requestQuit, confirmQuit, cancelOverlay
    case toggleLanguage
    case redraw
    // The live show (agenda pane).
    case show(ShowAction)
    case toggleHold, toggleBlank, undoShow, sendOneMinuteWarning
    /// Asks before jumping to the selected segment; `confirmJump` carries it out.
    case requestJump, confirmJump(Int64)
}

/// A change the app loop carries out against the event file after a command.
public enum AppEffect: Hashable, Sendable {
    case perform(ShowAction)
}
