import CNCursesW
import Glibc
import TermCore

/// The ncursesw backend. Not Sendable: ncurses is not thread-safe, so create it and call it
/// from the main thread only.
public final class CursesTerminal {
    public let options: TerminalOptions
    private var screen: OpaquePointer?
    private var previous: Buffer?
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    /// Styles already converted to the terminal's colour depth; a screen uses a few dozen.
    private var downgradedStyles: [Style: Style] = [:]
    private var isShutDown = false
    private let hasColor: Bool
    private let colorCount: Int

    private struct PairKey: Hashable {
        var fg: Int32
        var bg: Int32
    }

    public init(options: TerminalOptions = TerminalOptions()) throws {
        self.options = options
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        podium_set_locale()
        TerminalRestorer.arm()
        guard let screen = podium_newterm() else {
            TerminalRestorer.disarm()
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalError.cannotInitialize(term: term)
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        let win = podium_stdscr()
        keypad(win, true)
        intrflush(win, false)
        curs_set(0)
        set_escdelay(Int32(options.escDelayMs))
        if options.mouse {
            mousemask(podium_mouse_mask(), nil)
            mouseinterval(0)
        }
        var color = false
        if !options.noColor && has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        hasColor = color
        colorCount = color ? Int(podium_colors()) : 0
    }

    deinit {
        shutdown()
    }

    /// Current terminal size, re-read on each call.
    public var size: (width: Int, height: Int) {
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0, ws.ws_row > 0 {
            return (Int(ws.ws_col), Int(ws.ws_row))
        }
        return (Int(podium_cols()), Int(podium_lines()))
    }

    public var colorDepth: ColorDepth {
        hasColor ? ColorDepth(colorCount: colorCount) : .none
    }

    /// Forgets what is on screen so the next `draw` repaints every cell.
    public func forceFullRedraw() {
        previous = nil
        clearok(podium_stdscr(), true)
    }

    /// Draws `buffer`, writing only cells that changed since the last draw.
    public func draw(_ buffer: Buffer) {
        guard !isShutDown else { return }
        let rows = Int(podium_lines()), cols = Int(podium_cols())
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { werase(podium_stdscr()) }
        let depth = colorDepth
        for y in 0..<min(buffer.height, rows) {
            for x in 0..<min(buffer.width, cols) {
                let cell = buffer[x, y]
                if cell.isWideTail { continue }
                if !full, let prev = previous, prev[x, y] == cell,
                   prev[x + 1, y].isWideTail == buffer[x + 1, y].isWideTail {
                    continue
                }
                // ncurses cannot place a wide character in the last column.
                let text = TextWidth.width(of: cell.text) == 2 && x + 1 >= cols ? " " : cell.text
                put(text, x: x, y: y, style: downgraded(cell.style, to: depth))
            }
        }
        previous = buffer
        wnoutrefresh(podium_stdscr())
        doupdate()
    }

    private func downgraded(_ style: Style, to depth: ColorDepth) -> Style {
        if let known = downgradedStyles[style] { return known }
        let result = style.downgraded(to: depth)
        downgradedStyles[style] = result
        return result
    }

    private func put(_ text: String, x: Int, y: Int, style: Style) {
        var scalars = text.unicodeScalars.map(\.value)
        if scalars.isEmpty { scalars = [0x20] }
        var attrs = podium_a_normal()
        let m = style.modifiers
        if m.contains(.bold) { attrs |= podium_a_bold() }
        if m.contains(.dim) { attrs |= podium_a_dim() }
        if m.contains(.italic) { attrs |= podium_a_italic() }
        if m.contains(.underline) { attrs |= podium_a_underline() }
        if m.contains(.reverse) { attrs |= podium_a_reverse() }
        if m.contains(.blink) { attrs |= podium_a_blink() }
        let pair = colorPair(fg: style.fg, bg: style.bg)
        _ = podium_put_cell(Int32(y), Int32(x), scalars, Int32(scalars.count), attrs, pair)
    }

    private func curseColor(_ c: Color) -> Int32 {
        switch c {
        case .default: return -1
        case .ansi(let n), .indexed(let n): return Int32(n)
        case .rgb: return -1  // already downgraded by draw
        }
    }

    /// Pairs are allocated on first use and cached; 0 is the terminal default.
    private func colorPair(fg: Color, bg: Color) -> Int32 {
        guard hasColor else { return 0 }
        let key = PairKey(fg: curseColor(fg), bg: curseColor(bg))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        guard nextPair < podium_color_pairs() else { return 0 }
        let p = nextPair
        guard init_extended_pair(p, key.fg, key.bg) != podium_err() else { return 0 }
        nextPair += 1
        pairs[key] = p
        return p
    }

    /// Waits up to `timeoutMs` (negative: forever) for a key, mouse or resize event.
    public func readEvent(timeoutMs: Int) -> InputEvent? {
        guard !isShutDown else { return nil }
        wtimeout(podium_stdscr(), Int32(timeoutMs))
        var ch: UInt32 = 0
        let rc = podium_get_wch(&ch)
        if rc == podium_err() { return terminalIsGone() ? .hangup : nil }
        if rc == podium_key_code_yes() { return functionKey(Int32(bitPattern: ch)) }
        if ch == 0x1B { return escapeSequence() }
        return character(ch)
    }

    /// Sleeps in poll(2) on the terminal and `descriptor`. ncurses reads the terminal one byte
    /// at a time, so once `readEvent(timeoutMs: 0)` returned nothing no input waits in its
    /// buffer and the terminal's descriptor tells the truth.
    public func waitForInput(timeoutMs: Int, orReadable descriptor: Int32?) {
        guard !isShutDown else { return }
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if let descriptor { descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: timeoutMs))
    }

    /// A read that failed because the other end of the terminal closed looks like a timeout
    /// to ncurses; poll tells them apart, so the app does not spin on a dead terminal.
    private func terminalIsGone() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// ESC alone is the Escape key. ESC followed at once by more input is a sequence the
    /// terminfo entry did not describe (tmux, PuTTY and the Linux console send End as ESC [4~):
    /// it is read whole and mapped, or ignored, so its characters never arrive as keys.
    private func escapeSequence() -> InputEvent? {
        wtimeout(podium_stdscr(), 0)
        defer { wtimeout(podium_stdscr(), -1) }
        var next: UInt32 = 0
        let rc = podium_get_wch(&next)
        guard rc != podium_err() else { return .key(.escape) }
        guard rc != podium_key_code_yes(), next == 0x5B || next == 0x4F else {
            // Not a sequence ("[" or "O"): Escape, then whatever came next is read again.
            if rc == podium_key_code_yes() { ungetch(Int32(bitPattern: next)) } else { unget_wch(wchar_t(bitPattern: next)) }
            return .key(.escape)
        }
        var body = ""
        while body.count < 16 {
            var ch: UInt32 = 0
            guard podium_get_wch(&ch) != podium_err(), let scalar = Unicode.Scalar(ch) else { return nil }
            body.unicodeScalars.append(scalar)
            if (0x40...0x7E).contains(ch) { break }
        }
        switch body {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H", "1~", "7~": return .key(.home)
        case "F", "4~", "8~": return .key(.end)
        case "2~": return .key(.insert)
        case "3~": return .key(.delete)
        case "5~": return .key(.pageUp)
        case "6~": return .key(.pageDown)
        case "Z": return .key(.backTab)
        default: return nil
        }
    }

    private func character(_ ch: UInt32) -> InputEvent? {
        switch ch {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x1B: return .key(.escape)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x00: return .key(.ctrl(" "))
        case 0x01...0x1A:
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(0x60 + ch)))))
        case 0x1C...0x1F:
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(0x40 + ch)))))
        default:
            guard let scalar = Unicode.Scalar(ch), ch >= 0x20, !(0x80...0x9F).contains(ch) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case podium_key_resize():
            // ncurses has already resized its screen before returning KEY_RESIZE; calling
            // resizeterm again queues another KEY_RESIZE, and keys starve behind them.
            previous = nil
            let s = size
            return .resize(width: s.width, height: s.height)
        case podium_key_mouse(): return mouseEvent()
        case podium_key_up(): return .key(.up)
        case podium_key_down(): return .key(.down)
        case podium_key_left(): return .key(.left)
        case podium_key_right(): return .key(.right)
        case podium_key_home(): return .key(.home)
        case podium_key_end(): return .key(.end)
        case podium_key_ppage(): return .key(.pageUp)
        case podium_key_npage(): return .key(.pageDown)
        case podium_key_ic(): return .key(.insert)
        case podium_key_dc(): return .key(.delete)
        case podium_key_backspace(): return .key(.backspace)
        case podium_key_enter(): return .key(.enter)
        case podium_key_btab(): return .key(.backTab)
        case podium_key_f0() + 1 ... podium_key_f0() + 63: return .key(.function(Int(code - podium_key_f0())))
        default: return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == podium_ok() else { return nil }
        let state = event.bstate
        // A drag or a release is not a click; returning nothing lets the loop tick on.
        if state & podium_mouse_motion() != 0 { return nil }
        let button: MouseButton
        if state & podium_button4() != 0 {
            button = .scrollUp
        } else if state & podium_button5() != 0 {
            button = .scrollDown
        } else if state & podium_button1() != 0 {
            button = .left
        } else if state & podium_button3() != 0 {
            button = .right
        } else if state & podium_button2() != 0 {
            button = .middle
        } else {
            return nil
        }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), button: button))
    }

    /// Ends curses and restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if options.mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
        // endwin leaves mouse reporting to the terminfo entry; make sure it is off and the
        // termios is back to what it was before newterm.
        TerminalRestorer.restore()
        if let screen { delscreen(screen) }
        screen = nil
    }
}
