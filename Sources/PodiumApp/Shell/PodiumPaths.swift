import Foundation

/// Where Podium keeps a person's files, following the XDG base directory convention.
public struct PodiumPaths: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    private var home: URL {
        URL(fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
    }

    /// `$XDG_DATA_HOME/podium` or `~/.local/share/podium`: the demo event lives here.
    public var dataDirectory: URL {
        directory("XDG_DATA_HOME", fallback: ".local/share").appendingPathComponent("podium")
    }

    /// `$XDG_CONFIG_HOME/podium/themes` or `~/.config/podium/themes`: a person's own themes.
    public var userThemeDirectory: URL {
        directory("XDG_CONFIG_HOME", fallback: ".config").appendingPathComponent("podium/themes")
    }

    /// `$XDG_STATE_HOME/podium` or `~/.local/state/podium`: where a TUI that did not quit
    /// cleanly remembers its pane (see `ResumeFile`).
    public var stateDirectory: URL {
        directory("XDG_STATE_HOME", fallback: ".local/state").appendingPathComponent("podium")
    }

    public var demoEventFile: URL {
        dataDirectory.appendingPathComponent("laocai-par-2025.podium")
    }

    /// `--event`, else `$PODIUM_EVENT`, else the demo in the data directory.
    public func eventFile(option: String?) -> (url: URL, isDefaultDemo: Bool) {
        if let option, !option.isEmpty { return (URL(fileURLWithPath: option), false) }
        if let fromEnvironment = environment["PODIUM_EVENT"], !fromEnvironment.isEmpty {
            return (URL(fileURLWithPath: fromEnvironment), false)
        }
        return (demoEventFile, true)
    }

    private func directory(_ variable: String, fallback: String) -> URL {
        // The XDG spec says relative paths are invalid and must be ignored.
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        return home.appendingPathComponent(fallback)
    }
}
