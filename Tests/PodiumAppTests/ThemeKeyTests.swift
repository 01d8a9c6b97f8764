import Foundation
import PodiumApp
import TermCore
import Testing

/// The shipped themes against the one list of keys the interface draws with.
@Suite struct ThemeKeyTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")

    /// Keys a theme may set beyond the list: the colours of the event's groups and of the index tiers.
    static func isOpenEnded(_ key: String) -> Bool { key.hasPrefix("group.") || key.hasPrefix("index.tier.") }

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func everyKeyIsSetAndNoneIsUnknown(_ name: String) throws {
        let theme = try Theme.load(nameOrPath: name, searchDirectories: [Self.themes])
        let listed = Set(ThemeKey.all.map(\.rawValue))
        let unknown = theme.styles.keys.filter { !listed.contains($0) && !Self.isOpenEnded($0) }
        #expect(unknown.isEmpty, "\(name) sets keys the interface never draws with: \(unknown.sorted())")
        let missing = ThemeKey.all.filter { theme.ownStyle($0) == nil }.map(\.rawValue)
        #expect(missing.isEmpty, "\(name) leaves out \(missing)")
    }
}
