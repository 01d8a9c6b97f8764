import Glibc

public struct TerminalOptions: Sendable {
    /// How long ESC waits for a following byte before it counts as the Escape key.
    public var escDelayMs: Int
    public var mouse: Bool
    /// True when NO_COLOR is set and not empty.
    public var noColor: Bool

    public init(escDelayMs: Int = 25, mouse: Bool = true, noColor: Bool = TerminalOptions.noColorFromEnvironment()) {
        self.escDelayMs = escDelayMs
        self.mouse = mouse
        self.noColor = noColor
    }

    public static func noColorFromEnvironment() -> Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}

public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case cannotInitialize(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input/output is not a terminal; run podium in a terminal (or inside tmux)"
        case .cannotInitialize(let term):
            return "cannot start the terminal UI for TERM='\(term)'; set TERM to a known type such as xterm-256color"
        }
    }
}
