import Foundation

/// A calendar date without a time zone ("ngày 26/3/2026").
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO "2026-03-26" and the Vietnamese "26/3/2026" or "26/03/2026".
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-").compactMap { Int($0) }
        let vn = trimmed.split(separator: "/").compactMap { Int($0) }
        let parts: (Int, Int, Int)
        if iso.count == 3, trimmed.split(separator: "-").count == 3 {
            parts = (iso[0], iso[1], iso[2])
        } else if vn.count == 3, trimmed.split(separator: "/").count == 3 {
            parts = (vn[2], vn[1], vn[0])
        } else {
            return nil
        }
        guard (1...12).contains(parts.1), (1...CivilDate.daysIn(month: parts.1, year: parts.0)).contains(parts.2),
              (1900...2200).contains(parts.0)
        else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "2026-03-26"
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// "26/03/2026", the way Vietnamese documents write dates.
    public var vietnamese: String { String(format: "%02d/%02d/%04d", day, month, year) }
    public var description: String { iso }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
