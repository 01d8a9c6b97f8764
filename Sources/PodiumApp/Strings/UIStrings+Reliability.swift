/// What the interface says when the event file itself is in trouble: damaged, or replaced or
/// deleted while it was open.
public struct ReliabilityStrings: Sendable {
    public var damagedNotice: @Sendable (_ detail: String) -> String
    public var replacedNotice: String
    public var vanishedNotice: String
    /// Short forms for the status bar.
    public var statusReplaced: String
    public var statusVanished: String
    public var statusDamaged: String

    public static let vietnamese = ReliabilityStrings(
        damagedNotice: { "Tệp sự kiện bị hỏng (\($0)): chỉ mở để đọc, không ghi gì vào tệp. Hãy khôi phục từ bản sao lưu." },
        replacedNotice: "Tệp sự kiện đã bị thay bằng tệp khác trong khi đang mở: đã ngừng ghi. Hãy mở lại sự kiện.",
        vanishedNotice: "Tệp sự kiện đã bị xóa trong khi đang mở: đã ngừng ghi, thay đổi mới không được lưu. Hãy khôi phục tệp và mở lại.",
        statusReplaced: "tệp đã bị thay",
        statusVanished: "tệp đã bị xóa",
        statusDamaged: "tệp hỏng"
    )

    public static let english = ReliabilityStrings(
        damagedNotice: { "The event file is damaged (\($0)): opened read-only, nothing is written to it. Restore it from a backup." },
        replacedNotice: "The event file was replaced by another file while open: writing has stopped. Reopen the event.",
        vanishedNotice: "The event file was deleted while open: writing has stopped and new changes are not saved. Restore the file and reopen it.",
        statusReplaced: "file replaced",
        statusVanished: "file deleted",
        statusDamaged: "file damaged"
    )
}
