import Foundation
import PodiumApp
import PodiumCore
import PodiumStore
import TermCore

/// `podium-bench open FILE [PANE]`: what the TUI does before its first frame (open the file,
/// read it, derive what the screen needs, render at 200×60), without a terminal, once: small
/// and repeatable enough to count under callgrind, step by step.
enum OpenBench {
    static func run(path: String?, pane: String?) throws {
        guard let path else { throw BenchError("open: name an event file (podium new FILE --template stress)") }
        let theme = try LiveBench.theme()
        var steps: [(String, Double)] = []
        var mark = Clock.now
        func step(_ name: String) {
            steps.append((name, Clock.ms(mark, Clock.now)))
            mark = Clock.now
        }
        let store = try EventStore.open(at: URL(fileURLWithPath: path))
        step("open and check the file")
        let feed = try ChangeFeed(store: store)
        step("change feed")
        let mirror = try EventMirror(store: store)
        step("read the event")
        var state = AppState(event: mirror.event, role: .organizer, operatorName: "bench", language: .vi, now: Date(), isReadOnly: store.isReadOnly)
        state.show = mirror.show
        state.awards = mirror.awards
        state.indexReveal = mirror.indexReveal
        if let pane = pane.flatMap(Int.init).flatMap(Pane.init(rawValue:)) { state.pane = pane }
        step("derive")
        _ = Screen.render(state, theme: theme, width: AllBench.width, height: AllBench.height)
        step("render at 200×60")
        _ = feed.hasChanged()
        for (name, ms) in steps { print("\(name): \(BenchTable.format(ms, "ms"))") }
    }
}
