import ArgumentParser
import Foundation

/// Prints an error as one readable line and exits non-zero: never a stack trace.
func fail(_ error: any Error) -> ExitCode {
    let message = String(describing: error)
    TerminalText.warn("podium: \(message)")
    return ExitCode(1)
}

/// Runs a command's body so that any error leaves as one readable line and a non-zero exit.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw fail(error)
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
}
