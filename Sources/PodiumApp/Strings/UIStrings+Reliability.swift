import PodiumStore

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
    /// A write that did not reach the disk (full, or the file-size limit): nothing was saved.
    public var writeFailedNotice: @Sendable (_ detail: String) -> String
    /// A write refused because the file or its folder may not be written.
    public var readOnlyWriteNotice: String
    /// Any other failure SQLite reported for a write.
    public var databaseFailedNotice: @Sendable (_ detail: String) -> String
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
        writeFailedNotice: { "Không ghi được vào tệp sự kiện (\($0)): thay đổi chưa được lưu. Hãy giải phóng dung lượng đĩa hoặc nâng giới hạn kích thước tệp rồi thử lại." },
        readOnlyWriteNotice: "Tệp sự kiện hoặc thư mục của nó chỉ cho đọc: thay đổi chưa được lưu. Hãy mở một bản sao ghi được để sửa.",
        databaseFailedNotice: { "Cơ sở dữ liệu báo lỗi khi ghi (\($0)): thay đổi chưa được lưu. Hãy thử lại; nếu vẫn lỗi, sao chép tệp và báo lại." },
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
        writeFailedNotice: { "The change could not be written to the event file (\($0)): nothing was saved. Free disk space or raise the file-size limit, then retry." },
        readOnlyWriteNotice: "The event file or its folder is read-only: the change was not saved. Open a writable copy to edit.",
        databaseFailedNotice: { "The database reported an error while writing (\($0)): the change was not saved. Retry; if it persists, copy the file and report it." },
        statusReplaced: "file replaced",
        statusVanished: "file deleted",
        statusDamaged: "file damaged"
    )
}

extension ReliabilityStrings {
    /// What to say when a write failed because of the file itself (the disk, its permissions,
    /// damage, another file in its place), in the interface's language; nil for a refusal of
    /// the change itself, whose own message is shown.
    public func notice(for error: any Error) -> String? {
        switch error as? StoreError {
        case .writeFailed(_, let detail)?: writeFailedNotice(detail)
        case .readOnly?: readOnlyWriteNotice
        case .sqlite(_, let detail)?: databaseFailedNotice(detail)
        case .corrupt(_, let detail)?: damagedOnWriteNotice(detail)
        case .replaced?: replacedNotice
        case .vanished?: vanishedNotice
        case .movedWhileSaving?: movedWhileSavingNotice
        default: nil
        }
    }
}
