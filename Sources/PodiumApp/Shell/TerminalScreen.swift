import TermCore

/// The real terminal as the app loop needs it. The ncurses backend conforms to it in the
/// executable, which keeps this module free of ncurses.
public protocol TerminalScreen: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ buffer: Buffer)
    func readEvent(timeoutMs: Int) -> InputEvent?
    func forceFullRedraw()
}
