import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumDocuments
import TermCore

/// PAR index budgets: ranking and drawing pane 6 with 2,500 units at 200×60 (≤ 3 ms), and
/// importing a 2,500-row results file (≤ 200 ms). `swift run -c release podium-bench index`.
enum IndexBench {
    /// 2,500 units in two groups, eight fields totalling 100, points from a fixed sequence so
    /// every run measures the same file (ties included, as real results have them).
    static func csv(units: Int = 2_500) -> Data {
        let maxima = [10, 10, 14, 8, 14, 8, 14, 22]
        var seed: UInt64 = 2025
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 33) / Double(1 << 31)
        }
        var text = "STT,Đơn vị,Khối," + maxima.enumerated().map { "Lĩnh vực \($0.offset + 1) (\($0.element))" }.joined(separator: ",") + ",Tổng điểm 2024\n"
        for index in 1...units {
            let group = index % 5 == 0 ? "\"Sở, ban, ngành\"" : "\"Xã, phường\""
            let points = maxima.map { String(format: "%.2f", Double($0) * (0.5 + next() * 0.5)) }
            text += "\(index),Đơn vị số \(index),\(group),\(points.joined(separator: ",")),\(String(format: "%.2f", 50 + next() * 50))\n"
        }
        return Data(text.utf8)
    }

    static func run(runs: Int? = nil) throws {
        let data = csv()
        let demo = try DemoEvent.make()
        var plan: ImportPlan?
        let importing = Bench.median(runs: runs ?? 11) { plan = try? IndexImport.plan(data: data, into: demo) }
        guard let event = plan?.event else { throw IndexBenchError.importFailed }
        print("import 2,500 rows of index results: median \(String(format: "%.2f", importing)) ms (budget 200 ms)")

        var state = AppState(event: demo, role: .mc, operatorName: "bench", language: .vi, now: Date(), isReadOnly: false)
        state.event = event
        state.pane = .index
        // The communes: the larger group, 2,000 units.
        state.indexView.group = 1
        state.selection[.index] = 1_000
        let theme = Theme(name: "bench", styles: [:])
        let ranking = Bench.median(runs: runs ?? 21) { _ = IndexDerived(event.index) }
        print("rank 2,500 units (ranks, tiers, changes, group figures, reveal order): median \(String(format: "%.2f", ranking)) ms")
        let render = Bench.median(runs: runs ?? 101) { _ = Screen.render(state, theme: theme, width: 200, height: 60) }
        print("render pane 6 with 2,500 units at 200×60: median \(String(format: "%.2f", render)) ms (budget 3 ms with the ranking)")
        print("ranking + render: \(String(format: "%.2f", ranking + render)) ms (budget 3 ms)")
    }

    enum IndexBenchError: Error { case importFailed }
}
