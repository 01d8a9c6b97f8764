import CNCursesW

/// Puts the terminal back the way it was: used by signal and crash handlers (in C, async-signal-safe)
/// and by normal exit paths. The C statics it relies on are only touched from this file.
public enum TerminalRestorer {
    /// Saves the current termios and installs handlers for SIGINT, SIGTERM, SIGHUP, SIGQUIT and
    /// the crash signals. Call before `newterm`, so ncurses keeps our SIGINT/SIGTERM handlers.
    static func arm() {
        podium_save_termios()
        podium_install_signal_handlers()
        podium_arm_restore(1)
    }

    /// Disarms the emergency path once curses has restored the terminal itself.
    static func disarm() {
        podium_arm_restore(0)
    }

    /// Writes the reset sequence (leave alternate screen, show cursor, mouse reporting off,
    /// attributes reset) and restores the saved termios. Does nothing unless a terminal is active.
    public static func restore() {
        podium_emergency_restore()
    }
}
