import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import TermCore

/// Fixed inputs for screen tests: the demo event, a known instant, UTC, the shipped themes.
enum Fixtures {
    static let timeZone = TimeZone(identifier: "UTC")!
    /// 26 March 2026, 07:45:30 UTC: the morning of the demo conference.
    static let morning = Date(timeIntervalSince1970: 1_774_511_130)

    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")

    static func theme(_ name: String = "default") throws -> Theme {
        try Theme.load(nameOrPath: name, searchDirectories: [themesDirectory])
    }

    static func state(language: Language = .vi, pane: Pane = .agenda, readOnly: Bool = false) throws -> AppState {
        var state = AppState(event: try DemoEvent.make(), role: .mc, operatorName: "minh", language: language,
                             now: morning, isReadOnly: readOnly, timeZone: timeZone)
        state.pane = pane
        return state
    }

    static func render(_ state: AppState, width: Int = 80, height: Int = 24, theme: Theme? = nil) throws -> Frame {
        Screen.render(state, theme: try theme ?? self.theme(), width: width, height: height)
    }
}
