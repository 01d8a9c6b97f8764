/// What a key or click asks the app to do.
public enum AppCommand: Hashable, Sendable {
    case showPane(Pane)
    case nextPane, previousPane
    case moveSelection(by: Int)
    case page(by: Int)
    case selectFirst, selectLast
    case selectRow(Int)
    case toggleHelp
    case requestQuit, confirmQuit, cancelOverlay
    case toggleLanguage
    case redraw
    /// A key or click of the seating pane.
    case seating(SeatingAction)
    /// A key whose binding is disabled: shows why.
    case refuse(String)
}
