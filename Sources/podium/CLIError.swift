import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore

/// Prints an error as one readable line in the interface's language and exits non-zero:
/// never a stack trace. Typed errors are worded by `UIStrings` with command-line advice.
func fail(_ error: any Error, _ lang: Language) -> ExitCode {
    TerminalText.warn("podium: " + lang.strings.errorMessage(error, in: .commandLine))
    return ExitCode(1)
}

/// Runs a command's body so that any error leaves as one readable line and a non-zero exit.
func reportingErrors(_ global: GlobalOptions, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw fail(error, global.lang)
    }
}

/// A refusal the command line words itself, already in the interface's language.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}
