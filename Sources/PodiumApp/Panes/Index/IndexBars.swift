import Foundation
import PodiumCore

/// The characters the index is drawn with: bars in eighth blocks, so a bar moves by an eighth
/// of a cell, and one shade per tier for the heat map, so the meaning survives without colour.
enum IndexBars {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let shades: [Character] = ["█", "▓", "▒", "░"]

    /// A bar `width` cells long at full scale, filled for `value` between `low` and `high`.
    static func bar(_ value: Double, low: Double = 0, high: Double = 100, width: Int) -> String {
        guard width > 0, high > low else { return "" }
        let fraction = min(1, max(0, (value - low) / (high - low)))
        let units = Int((fraction * Double(width) * 8).rounded())
        let full = units / 8
        let rest = units % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
    }

    /// The shade of a tier (the last shade for any tier past the fourth).
    static func shade(_ tier: Int) -> Character { shades[min(max(0, tier), shades.count - 1)] }

    static func axisLow(_ percents: [Double]) -> Double { IndexRanking.chartFloor(percents) }

    /// "92,53" or "92.53".
    /// Digit by digit rather than through `String(format:)`: a frame of pane 6 writes a few
    /// hundred of these, and Foundation's formatting was most of its cost.
    static func number(_ value: Double, decimals: Int = 2, vietnamese: Bool) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(scaled) }
        let fraction = String(scaled % scale)
        return sign + String(scaled / scale) + (vietnamese ? "," : ".")
            + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    static func points(_ value: IndexPoints, vietnamese: Bool) -> String {
        vietnamese ? String(value.fixed.map { $0 == "." ? "," : $0 }) : value.fixed
    }

    /// "+2,50" / "-1,05" / "0,00".
    static func signed(_ value: IndexPoints, vietnamese: Bool) -> String {
        (value.hundredths > 0 ? "+" : "") + points(value, vietnamese: vietnamese)
    }
}
