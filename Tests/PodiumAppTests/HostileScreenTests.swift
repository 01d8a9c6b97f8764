import Foundation
import PodiumApp
import PodiumCore
import TermCore
import Testing

/// Data that tries to command the terminal or reorder a line, put straight into the event as
/// if a file had carried it past every importer: no pane, no overlay and no stage screen may
/// draw a control, escape or bidi character, whatever the text.
@Suite struct HostileScreenTests {
    static let hostile = [
        "\u{1B}]0;owned\u{07}", "\u{1B}]52;c;cHduZWQ=\u{07}", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}[2J", "\u{1B}[6n",
        "\u{1B}P+q\u{1B}\\", "\u{9B}31m", "\u{85}", "\u{202E}", "\u{2067}", "\u{200F}",
    ].joined()

    /// Poisons a copy of the event and sets it once: every change to `state.event` recomputes
    /// the derived views.
    private func poisoned(_ state: inout AppState) {
        var event = state.event
        for index in event.delegates.indices.prefix(20) {
            event.delegates[index].name = "Lò \(Self.hostile)Văn \(index)"
            event.delegates[index].title = "Giám đốc\(Self.hostile)"
            event.delegates[index].unit = "Sở\(Self.hostile) Nội vụ"
        }
        for index in event.segments.indices { event.segments[index].title += Self.hostile }
        for index in event.checklist.indices { event.checklist[index].title = Self.hostile + event.checklist[index].title }
        for index in event.contributions.indices { event.contributions[index].topic += Self.hostile }
        event.info.title = Self.hostile + event.info.title + String(repeating: "dàiquá", count: 100)
        state.event = event
    }

    private func controlsDrawn(_ lines: [String]) -> [String] {
        lines.filter { line in
            line.unicodeScalars.contains { scalar in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || Sanitizer.isSuspect(scalar)
            }
        }
    }

    @Test(arguments: [Pane.agenda, .seating, .speakers, .awards, .checklist])
    func hostileTextReachedTheScreenFromData(pane: Pane) throws {
        var state = try Fixtures.state(pane: pane)
        state.role = .organizer
        poisoned(&state)
        for size in [(80, 24), (200, 60)] {
            let lines = try Fixtures.render(state, width: size.0, height: size.1).buffer.plainLines()
            #expect(controlsDrawn(lines).isEmpty, "\(controlsDrawn(lines))")
        }
    }

    @Test func bidiControlsCouldReorderALineOnTheStageScreen() throws {
        var state = try Fixtures.state(pane: .agenda)
        poisoned(&state)
        state.view = .stage
        let lines = try Fixtures.render(state, width: 120, height: 40).buffer.plainLines()
        #expect(controlsDrawn(lines).isEmpty, "\(controlsDrawn(lines))")
    }
}
