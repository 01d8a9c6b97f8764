import ArgumentParser
import Foundation

/// Prints an error as one readable line and exits non-zero: never a stack trace.
func fail(_ error: any Error) -> ExitCode {
    let message = String(describing: error)
    FileHandle.standardError.write(Data("podium: \(message)\n".utf8))
    return ExitCode(1)
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
}
