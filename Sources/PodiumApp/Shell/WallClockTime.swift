import Foundation
import PodiumCore

/// Converts instants to the hall's wall-clock time of day.
public enum WallClockTime {
    public static func clockTime(of date: Date, in timeZone: TimeZone) -> ClockTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
    }
}
