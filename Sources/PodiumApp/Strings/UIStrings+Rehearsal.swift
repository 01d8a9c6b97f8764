/// The words of rehearsal mode (TẬP DƯỢT): the banner every screen shows, the keys that start
/// and set aside a rehearsal, and their questions.
public struct RehearsalStrings: Sendable {
    /// The banner; the same words in both languages' screens, so a glance at any terminal tells.
    public var banner: String
    public var actionReset: String
    public var actionRehearse: String
    public var resetQuestion: @Sendable (_ setAsideSoFar: Int) -> String
    public var formTitle: String
    public var formStart: String
    public var badTime: @Sendable (_ text: String) -> String
    public var nothingToReset: String
    /// Before a rehearsal starts on another day: no countdown to an opening that is not today.
    public var waiting: @Sendable (_ eventDate: String) -> String

    public static let vietnamese = RehearsalStrings(
        banner: "TẬP DƯỢT",
        actionReset: "Cất buổi tập dượt (lần bắt đầu sau là buổi mới)",
        actionRehearse: "Bắt đầu tập dượt (cả vào ngày hội nghị)",
        resetQuestion: { count in
            "Cất buổi tập dượt này sang một bên? Nhật ký vẫn giữ (báo cáo: podium export report --rehearsal \(count + 1)); lần bắt đầu sau là buổi mới. (c/k)"
        },
        formTitle: "Tập dượt",
        formStart: "Giờ bắt đầu theo kế hoạch (HH:MM; để trống: ngay bây giờ)",
        badTime: { "“\($0)” không phải giờ; viết dạng 14:00 hoặc để trống" },
        nothingToReset: "Chưa có buổi tập dượt nào để cất.",
        waiting: { "hôm nay không phải ngày hội nghị (\($0)): bấm s để tập dượt" }
    )

    public static let english = RehearsalStrings(
        banner: "TẬP DƯỢT · REHEARSAL",
        actionReset: "Set the rehearsal aside (the next start is a fresh show)",
        actionRehearse: "Start a rehearsal (even on the event's day)",
        resetQuestion: { count in
            "Set this rehearsal aside? Its journal is kept (report: podium export report --rehearsal \(count + 1)); the next start is a fresh show. (y/n)"
        },
        formTitle: "Rehearsal",
        formStart: "Plan starts at (HH:MM; empty: now)",
        badTime: { "“\($0)” is not a time of day; write it as 14:00 or leave it empty" },
        nothingToReset: "There is no rehearsal to set aside.",
        waiting: { "today is not the event's day (\($0)): press s to rehearse" }
    )
}
