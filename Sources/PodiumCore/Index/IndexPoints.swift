/// Points of the PAR index, kept as whole hundredths so that totals, maxima and ties are exact:
/// 9.23 + 8.70 is 17.93, never 17.929999, and two units on 89.92 share a rank.
public struct IndexPoints: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    public static let zero = IndexPoints(hundredths: 0)

    /// Reads "9.23", "9,23", "14", "-1.5"; more than two decimals (spreadsheets store 9.23 as
    /// 9.2300000000000004) round to the nearest hundredth. Nil when the text is not a number.
    public init?(text: String) {
        var body = Substring(text.filter { !$0.isWhitespace })
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: body.contains(".") ? "." : ",", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2, let whole = parts.first, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigit), !(whole.isEmpty && fraction.isEmpty), whole.count <= 9 else { return nil }
        var value = (Int(whole) ?? 0) * 100
        let digits = Array(fraction)
        if digits.count > 0 { value += (digits[0].wholeNumberValue ?? 0) * 10 }
        if digits.count > 1 { value += digits[1].wholeNumberValue ?? 0 }
        if digits.count > 2, (digits[2].wholeNumberValue ?? 0) >= 5 { value += 1 }
        hundredths = negative ? -value : value
    }

    /// The shortest exact form with a point: "9.23", "8.7", "14".
    public var text: String { format(separator: ".") }
    /// The same with the Vietnamese decimal comma: "9,23".
    public var vietnamese: String { format(separator: ",") }
    /// Always two decimals, for aligned columns: "8.70".
    public var fixed: String {
        let magnitude = abs(hundredths)
        let sign = hundredths < 0 ? "-" : ""
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public var description: String { text }
    public var value: Double { Double(hundredths) / 100 }

    private func format(separator: String) -> String {
        let magnitude = abs(hundredths)
        let sign = hundredths < 0 ? "-" : ""
        let cents = magnitude % 100
        guard cents != 0 else { return "\(sign)\(magnitude / 100)" }
        let decimals = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
        return "\(sign)\(magnitude / 100)\(separator)\(decimals)"
    }

    public static func < (lhs: IndexPoints, rhs: IndexPoints) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: IndexPoints, rhs: IndexPoints) -> IndexPoints { IndexPoints(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: IndexPoints, rhs: IndexPoints) -> IndexPoints { IndexPoints(hundredths: lhs.hundredths - rhs.hundredths) }

    /// `self` as a percentage of `maximum` (0 when the maximum is zero).
    public func percent(of maximum: IndexPoints) -> Double {
        maximum.hundredths == 0 ? 0 : Double(hundredths) * 100 / Double(maximum.hundredths)
    }

    public init(from decoder: any Decoder) throws {
        hundredths = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hundredths)
    }
}

extension Sequence where Element == IndexPoints {
    public func sum() -> IndexPoints { reduce(.zero, +) }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
