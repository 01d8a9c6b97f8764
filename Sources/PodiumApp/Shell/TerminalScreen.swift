import TermCore

/// The real terminal as the app loop needs it. The ncurses backend conforms to it in the
/// executable, which keeps this module free of ncurses.
public protocol TerminalScreen: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ buffer: Buffer)
    func readEvent(timeoutMs: Int) -> InputEvent?
    /// Sleeps until input is waiting, `descriptor` (the event file's notifications) is
    /// readable, a signal such as a resize arrives, or `timeoutMs` passes (negative: no limit).
    /// Called only after `readEvent(timeoutMs: 0)` found nothing.
    func waitForInput(timeoutMs: Int, orReadable descriptor: Int32?)
    func forceFullRedraw()
}
