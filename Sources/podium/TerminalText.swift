import Foundation
import PodiumCore

/// Everything the command line writes to a terminal goes through here, so that no text from
/// the event, an argument or a path can reach it as a command (a window title, the clipboard
/// through OSC 52, a hyperlink, a screen clear, a query the terminal answers, a C1 control, a
/// bidirectional override): those are removed by the one sanitiser, `Sanitizer`.
enum TerminalText {
    /// A line (or lines) for standard output.
    static func say(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((printable(text) + terminator).utf8))
    }

    /// A message for standard error, already prefixed as it should read.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((printable(text) + "\n").utf8))
    }

    /// JSON for standard output. The encoder escapes C0 controls but passes C1 controls, bidi
    /// and zero-width characters through as they are; those are written as `\uXXXX` escapes,
    /// which keeps the data exact for a program and harmless on a screen.
    static func sayJSON(_ json: String) { say(Sanitizer.escapedForJSON(json)) }

    static func sayJSON(_ data: Data) { sayJSON(String(decoding: data, as: UTF8.self)) }

    static func printable(_ text: String) -> String { Sanitizer.clean(text, keepNewlines: true) }
}
