import Foundation

/// The benchmark's one table, printed a row at a time as each figure is measured, so a slow
/// run shows progress and a pipe gets every finished row at once.
struct BenchTable {
    enum Budget {
        /// At most this many of the figure's unit.
        case atMost(Double)
        /// At most this many times the peer's median.
        case timesPeer(Double)
        /// Both.
        case atMostAndTimesPeer(Double, Double)
    }

    struct Samples {
        var values: [Double]
        var median: Double { Self.quantile(values, 0.5) }
        var p95: Double { Self.quantile(values, 0.95) }
        /// "lowest–highest" for few runs, the 10th to 90th percentile for many.
        var spread: (Double, Double) {
            values.count < 10 ? (values.min() ?? 0, values.max() ?? 0) : (Self.quantile(values, 0.1), Self.quantile(values, 0.9))
        }

        static func quantile(_ values: [Double], _ q: Double) -> Double {
            guard !values.isEmpty else { return .nan }
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
        }
    }

    static func header() {
        print("| figure | Podium | spread | runs | peer in the same run | budget | |")
        print("|---|---|---|---|---|---|---|")
        fflush(nil)
    }

    /// One row. `value` is what the budget is checked against (the median unless said).
    static func row(_ figure: String, _ samples: Samples, unit: String, value: Double? = nil, label: String? = nil,
                    peer: (name: String, samples: Samples)? = nil, budget: Budget) {
        let checked = value ?? samples.median
        let (low, high) = samples.spread
        let peerText = peer.map { "\($0.name): \(format($0.samples.median, unit))" } ?? "—"
        let verdict: String
        let budgetText: String
        switch budget {
        case .atMost(let limit):
            budgetText = "≤ \(format(limit, unit))"
            verdict = checked <= limit ? "ok" : "OVER"
        case .timesPeer(let factor):
            budgetText = "≤ \(format(factor, "")) × peer"
            verdict = peer.map { checked <= factor * $0.samples.median ? "ok" : "OVER" } ?? "no peer"
        case .atMostAndTimesPeer(let limit, let factor):
            budgetText = "≤ \(format(limit, unit)) and ≤ \(format(factor, ""))× peer"
            let underPeer = peer.map { checked <= factor * $0.samples.median } ?? true
            verdict = checked <= limit && underPeer ? "ok" : "OVER"
        }
        let shown = label ?? format(checked, unit)
        print("| \(figure) | \(shown) | \(format(low, unit))–\(format(high, unit)) | \(samples.values.count) | \(peerText) | \(budgetText) | \(verdict) |")
        fflush(nil)
    }

    static func missing(_ figure: String, _ reason: String) {
        print("| \(figure) | not measured: \(reason) | | | | | |")
        fflush(nil)
    }

    static func format(_ value: Double, _ unit: String) -> String {
        guard value.isFinite else { return "—" }
        switch unit {
        case "ms": return value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
        case "%": return String(format: "%.1f %%", value)
        case "B": return String(format: "%.0f B", value)
        case "MB": return String(format: "%.0f MB", value)
        default: return value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.1f", value)
        }
    }
}
