/// Why a theme could not be loaded; each description is one line saying what, where and what to do.
public enum ThemeError: Error, CustomStringConvertible, Equatable, Sendable {
    case notFound(String, available: [String])
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int?, message: String)
    case invalidValue(file: String, line: Int?, key: String, value: String, expected: String)
    case inheritanceCycle([String])

    public var description: String {
        switch self {
        case let .notFound(name, available):
            let list = available.isEmpty ? "none found" : available.joined(separator: ", ")
            return "theme '\(name)' not found; available themes: \(list) (pass one of these names or a path to a .yaml file)"
        case let .unreadable(file, reason):
            return "\(file): cannot read theme file: \(reason); check that the file exists and is readable"
        case let .syntax(file, line, message):
            return "\(Self.place(file, line)): invalid theme YAML: \(message); fix the file or choose another theme"
        case let .invalidValue(file, line, key, value, expected):
            return "\(Self.place(file, line)): bad value '\(value)' for '\(key)': expected \(expected)"
        case let .inheritanceCycle(chain):
            return "theme inheritance cycle: \(chain.joined(separator: " -> ")); remove one of the 'inherits:' lines"
        }
    }

    private static func place(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
