/// What the interface says when the event file itself is in trouble: damaged, or replaced or
/// deleted while it was open.
public struct ReliabilityStrings: Sendable {
    public var damagedNotice: @Sendable (_ detail: String) -> String
    public var replacedNotice: String
    public var vanishedNotice: String
    /// A write failed and the full integrity check then found the file damaged.
    public var damagedOnWriteNotice: @Sendable (_ detail: String) -> String
    /// The file was moved or replaced while a change was being committed.
    public var movedWhileSavingNotice: String
    /// Short forms for the status bar.
    public var statusReplaced: String
    public var statusVanished: String
    public var statusDamaged: String

    public static let vietnamese = ReliabilityStrings(
        damagedNotice: { "Tệp sự kiện bị hỏng (\($0)): chỉ mở để đọc, không ghi gì vào tệp. Hãy khôi phục từ bản sao lưu." },
        replacedNotice: "Tệp sự kiện đã bị thay bằng tệp khác trong khi đang mở: đã ngừng ghi. Hãy mở lại sự kiện.",
        vanishedNotice: "Tệp sự kiện đã bị xóa trong khi đang mở: đã ngừng ghi, thay đổi mới không được lưu. Hãy khôi phục tệp và mở lại.",
        damagedOnWriteNotice: { "Ghi vào tệp sự kiện thất bại và kiểm tra toàn bộ cho thấy tệp bị hỏng (\($0)): từ giờ chỉ đọc, không ghi gì thêm. Hãy khôi phục từ bản sao lưu." },
        movedWhileSavingNotice: "Tệp sự kiện bị chuyển đi hoặc bị thay ngay lúc đang lưu: thay đổi nằm trong tệp đã mở, tệp này không còn ở đường dẫn cũ. Đã ngừng ghi. Hãy tìm tệp đã bị chuyển và mở lại.",
        statusReplaced: "tệp đã bị thay",
        statusVanished: "tệp đã bị xóa",
        statusDamaged: "tệp hỏng"
    )

    public static let english = ReliabilityStrings(
        damagedNotice: { "The event file is damaged (\($0)): opened read-only, nothing is written to it. Restore it from a backup." },
        replacedNotice: "The event file was replaced by another file while open: writing has stopped. Reopen the event.",
        vanishedNotice: "The event file was deleted while open: writing has stopped and new changes are not saved. Restore the file and reopen it.",
        damagedOnWriteNotice: { "A write to the event file failed and the full check found the file damaged (\($0)): read-only from now on, nothing more is written. Restore it from a backup." },
        movedWhileSavingNotice: "The event file was moved or replaced while a change was being saved: the change is in the file that was opened, which is no longer at its path. Writing has stopped. Find the moved file and reopen it.",
        statusReplaced: "file replaced",
        statusVanished: "file deleted",
        statusDamaged: "file damaged"
    )
}
