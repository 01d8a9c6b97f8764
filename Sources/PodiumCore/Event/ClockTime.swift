import Foundation

/// A time of day, to the second, in the event's local time. Events happen on one day,
/// so the agenda needs no time zones: the wall clock of the hall is the reference.
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since local midnight.
    public var secondsSinceMidnight: Int

    public init(secondsSinceMidnight: Int) {
        self.secondsSinceMidnight = secondsSinceMidnight
    }

    public init(hour: Int, minute: Int, second: Int = 0) {
        self.secondsSinceMidnight = hour * 3600 + minute * 60 + second
    }

    /// Parses "08:00" or "08:00:30".
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count,
              (0..<24).contains(numbers[0]), (0..<60).contains(numbers[1]),
              numbers.count == 2 || (0..<60).contains(numbers[2])
        else { return nil }
        self.init(hour: numbers[0], minute: numbers[1], second: numbers.count == 3 ? numbers[2] : 0)
    }

    public var hour: Int { secondsSinceMidnight / 3600 }
    public var minute: Int { secondsSinceMidnight % 3600 / 60 }
    public var second: Int { secondsSinceMidnight % 60 }

    public func adding(seconds: Int) -> ClockTime {
        ClockTime(secondsSinceMidnight: secondsSinceMidnight + seconds)
    }

    /// "08:05"; past midnight wraps the hour so a long overrun still prints sanely.
    public var hhmm: String {
        let total = ((secondsSinceMidnight % 86_400) + 86_400) % 86_400
        return Self.twoDigits(total / 3600) + ":" + Self.twoDigits(total % 3600 / 60)
    }

    public var hhmmss: String {
        let total = ((secondsSinceMidnight % 86_400) + 86_400) % 86_400
        return hhmm + ":" + Self.twoDigits(total % 60)
    }

    /// Screens print many times a frame; String(format:) costs more than the rest of a row.
    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    public var description: String { hhmm }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}
