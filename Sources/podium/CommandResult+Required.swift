import PodiumStore

/// A command's result without what a command of its kind always gives back: a programming error.
struct MissingResult: Error, CustomStringConvertible {
    var description: String
}

extension CommandResult {
    /// The part of the result the subcommand prints.
    func required<T>(_ part: KeyPath<CommandResult, T?>) throws -> T {
        guard let value = self[keyPath: part] else { throw MissingResult(description: "\(self)") }
        return value
    }
}
