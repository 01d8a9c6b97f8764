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
    static func number(_ value: Double, decimals: Int = 2, vietnamese: Bool) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func points(_ value: IndexPoints, vietnamese: Bool) -> String {
        vietnamese ? value.fixed.replacingOccurrences(of: ".", with: ",") : value.fixed
    }

    /// "+2,50" / "-1,05" / "0,00".
    static func signed(_ value: IndexPoints, vietnamese: Bool) -> String {
        (value.hundredths > 0 ? "+" : "") + points(value, vietnamese: vietnamese)
    }
}
