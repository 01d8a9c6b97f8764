import TermCore

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
    // Documents: the import dialog takes every key while it is open.
    case openImport
    case importKey(Key)
}
