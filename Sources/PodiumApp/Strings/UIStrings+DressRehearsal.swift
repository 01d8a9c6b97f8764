/// Strings for what a dress rehearsal of the day found missing or unclear: where an award
/// recipient sits, withdrawn speakers, a ceremony longer than its segment, cancelled questions,
/// an event without a hall.
public struct DressRehearsalStrings: Sendable {
    /// The seat of the delegate who goes up for a recipient, in the awards pane's notes.
    public var awardsSeat: @Sendable (_ seat: String) -> String
    public var awardsNoSeat: String
    /// After the speakers' count and minutes, how many contributions were withdrawn.
    public var speakersWithdrawn: @Sendable (_ count: Int) -> String
    /// The award list's estimate is longer than its segment.
    public var awardsOverrun: @Sendable (_ estimate: String, _ planned: String, _ segment: String) -> String
    /// A (c/k) question answered with anything but yes.
    public var questionDeclined: String
    /// The status bar of an event with delegates and no hall yet, in place of a conflict count.
    public var statusNoHall: String
    /// An awards import's preview: who becomes a delegate (to have a seat), who already is one.
    public var importEnrolment: @Sendable (_ new: Int, _ linked: Int) -> String

    public static let vietnamese = DressRehearsalStrings(
        awardsSeat: { "ghế \($0)" },
        awardsNoSeat: "chưa có ghế",
        speakersWithdrawn: { "\($0) đã rút" },
        awardsOverrun: { estimate, planned, segment in
            "⚠ Ước tính \(estimate), dài hơn phần “\(segment)” (\(planned)): kéo dài phần này (mục 1, phím r), hoặc bớt thời gian mỗi người, mỗi đợt (podium awards settings)."
        },
        questionDeclined: "Đã hủy, không thay đổi gì (muốn làm thì bấm lại phím đó rồi trả lời c).",
        statusNoHall: "⚠ chưa có hội trường: bấm 2, H",
        importEnrolment: { new, linked in
            "Người nhận khen thưởng: \(new) sẽ thành đại biểu để có ghế, \(linked) đã có trong danh sách đại biểu"
        }
    )

    public static let english = DressRehearsalStrings(
        awardsSeat: { "seat \($0)" },
        awardsNoSeat: "no seat yet",
        speakersWithdrawn: { "\($0) withdrawn" },
        awardsOverrun: { estimate, planned, segment in
            "⚠ Estimated \(estimate), longer than “\(segment)” (\(planned)): lengthen the segment (pane 1, key r), or shorten the time per recipient or per batch (podium awards settings)."
        },
        questionDeclined: "Cancelled; nothing changed (to do it, press the key again and answer y).",
        statusNoHall: "⚠ no hall yet: press 2, H",
        importEnrolment: { new, linked in
            "Award recipients: \(new) will become delegates so they have seats, \(linked) already on the delegate list"
        }
    )
}
