import Foundation
import PodiumCore

extension LocalMoment {
    /// The hall's date and wall-clock time at `date`.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        self.init(
            date: CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
            time: ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
        )
    }
}
