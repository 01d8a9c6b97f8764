/// Human durations the way the screens print them.
public enum DurationText {
    /// "1:05:00", "25:00", "-0:42" — minutes and seconds, hours only when needed.
    public static func clock(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let s = abs(seconds)
        if s >= 3600 {
            return "\(sign)\(s / 3600):\(pad2(s % 3600 / 60)):\(pad2(s % 60))"
        }
        return "\(sign)\(pad2(s / 60)):\(pad2(s % 60))"
    }

    /// Whole minutes, e.g. "25'" for a table column.
    public static func minutes(_ seconds: Int) -> String {
        "\((seconds + 30) / 60)'"
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
