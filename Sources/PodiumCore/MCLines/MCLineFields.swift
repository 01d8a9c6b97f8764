/// The MC's lines refer to what the plan may still change — durations, clock times, who
/// presents, who attends — through fields in braces, filled from the event each time the
/// lines are shown, so a shortened break or a stand-in never leaves stale words on screen.
/// A field name not listed here is left as typed, so a typo shows rather than vanishing.
public enum MCLineFields {
    /// The segment's length: "15 phút".
    public static let duration = "{thời lượng}"
    /// When the segment starts: "10 giờ 15 phút".
    public static let start = "{giờ bắt đầu}"
    /// When the segment ends (its start plus its length): "10 giờ 30 phút".
    public static let end = "{giờ kết thúc}"
    /// Who presents, as the person actually there: "đồng chí Hà Quang Anh, Chủ tịch UBND tỉnh".
    public static let presenter = "{người trình bày}"
    /// The introduction of the delegates checked in (see `DelegateIntroduction`).
    public static let introduction = "{giới thiệu đại biểu}"

    public static let all = [duration, start, end, presenter, introduction]

    /// `text` with every field filled for `segment` starting at `begin` and lasting `seconds`.
    /// A screen passes the `roster` it keeps, so that naming the presenter folds no names.
    public static func fill(
        _ text: String, segment: Segment, startingAt begin: ClockTime, seconds: Int, event: EventData, roster: RosterLookup? = nil
    ) -> String {
        guard text.contains("{") else { return text }
        var result = text
        let replacements: [(String, () -> String)] = [
            (duration, { spokenDuration(seconds) }),
            (start, { spokenClock(begin) }),
            (end, { spokenClock(ClockTime(secondsSinceMidnight: begin.secondsSinceMidnight + seconds)) }),
            (presenter, { presenterPhrase(segment.presenter, event: event, roster: roster) }),
            (introduction, { DelegateIntroduction.text(event) }),
        ]
        for (field, value) in replacements where result.contains(field) {
            result = result.replacingOccurrences(of: field, with: value())
        }
        return result
    }

    /// "15 phút", "1 giờ 30 phút", "1 giờ".
    public static func spokenDuration(_ seconds: Int) -> String {
        let minutes = (max(0, seconds) + 30) / 60
        if minutes < 60 { return "\(minutes) phút" }
        return minutes % 60 == 0 ? "\(minutes / 60) giờ" : "\(minutes / 60) giờ \(minutes % 60) phút"
    }

    /// "10 giờ 15 phút", or "10 giờ" on the hour.
    public static func spokenClock(_ time: ClockTime) -> String {
        let hour = time.hour % 24
        return time.minute == 0 ? "\(hour) giờ" : "\(hour) giờ \(time.minute) phút"
    }

    /// The presenter as the MC names them: the delegate the text names (or their stand-in)
    /// as "đồng chí [Họ tên], [chức vụ]"; free text such as "Sở Nội vụ" as written.
    public static func presenterPhrase(_ presenter: String, event: EventData, roster: RosterLookup? = nil) -> String {
        let roster = roster ?? RosterLookup(event.delegates)
        guard let named = roster.delegate(namedBy: presenter) else { return VietnameseText.midSentence(presenter) }
        let person = roster.attending(for: named)
        return "đồng chí " + TitlePhrase.nameAndTitle(person.name, person.title)
    }
}
