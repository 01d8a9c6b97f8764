import Foundation
import PodiumApp
import PodiumThemes
import TermCore

/// Finds the theme a person asked for: their own theme directory first, then the shipped ones.
enum ThemeLoading {
    static func load(_ nameOrPath: String, noColor: Bool) throws -> Theme {
        let directories = [PodiumPaths().userThemeDirectory] + [BundledThemes.directory].compactMap { $0 }
        let theme = try Theme.load(nameOrPath: nameOrPath, searchDirectories: directories)
        return noColor ? theme.withoutColor() : theme
    }
}
