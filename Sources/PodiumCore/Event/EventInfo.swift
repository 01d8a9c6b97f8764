import Foundation

/// The conference itself: what the plan (Kế hoạch) names on its first page.
public struct EventInfo: Hashable, Sendable, Codable {
    public var title: String
    /// "Số: …/KH-UBND"; may be left blank until the plan is numbered.
    public var planNumber: String
    public var date: CivilDate
    public var startTime: ClockTime
    /// The length of the window the programme must fit (a half day is 4 hours).
    public var windowMinutes: Int
    public var venue: String
    public var organiser: String
    /// The hall's time zone (an IANA name): the programme's clock times are local to it,
    /// whatever zone the operator's machine is set to.
    public var timeZoneID: String

    /// Việt Nam keeps one zone and no daylight saving.
    public static let defaultTimeZoneID = "Asia/Ho_Chi_Minh"

    public init(
        title: String, planNumber: String, date: CivilDate, startTime: ClockTime,
        windowMinutes: Int, venue: String, organiser: String, timeZoneID: String = EventInfo.defaultTimeZoneID
    ) {
        self.title = title
        self.planNumber = planNumber
        self.date = date
        self.startTime = startTime
        self.windowMinutes = windowMinutes
        self.venue = venue
        self.organiser = organiser
        self.timeZoneID = timeZoneID
    }

    /// The hall's zone; a name the system does not know (checked when it is set) falls back
    /// to the default rather than to the machine's zone.
    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneID) ?? TimeZone(identifier: EventInfo.defaultTimeZoneID) ?? .gmt
    }

    /// Whether `name` is a time zone this system knows ("Asia/Ho_Chi_Minh", "UTC").
    public static func isKnownTimeZone(_ name: String) -> Bool { TimeZone(identifier: name) != nil }

    public var windowEnd: ClockTime { startTime.adding(seconds: windowMinutes * 60) }
}
