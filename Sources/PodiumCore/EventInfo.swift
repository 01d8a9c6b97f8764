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

    public init(
        title: String, planNumber: String, date: CivilDate, startTime: ClockTime,
        windowMinutes: Int, venue: String, organiser: String
    ) {
        self.title = title
        self.planNumber = planNumber
        self.date = date
        self.startTime = startTime
        self.windowMinutes = windowMinutes
        self.venue = venue
        self.organiser = organiser
    }

    public var windowEnd: ClockTime { startTime.adding(seconds: windowMinutes * 60) }
}
