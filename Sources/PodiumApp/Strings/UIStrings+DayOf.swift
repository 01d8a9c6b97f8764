import PodiumCore

/// Strings for the day of the conference: seating changes that must not surprise anyone, the
/// end of the show, skipped segments, the stage screen and the MC's lines.
public struct DayOfStrings: Sendable {
    public var seatingAutoQuestion: @Sendable (_ seated: Int, _ locked: Int) -> String
    public var seatingAutoUndone: @Sendable (_ seated: Int) -> String
    public var actionSeatUndoAuto: String
    public var seatingStandInSeated: @Sendable (_ name: String, _ seat: String, _ absent: String) -> String
    public var seatingStandInUnseated: @Sendable (_ name: String, _ absent: String) -> String

    public static let vietnamese = DayOfStrings(
        seatingAutoQuestion: { seated, locked in
            "Đã có \(seated) đại biểu được xếp ghế (\(locked) ghế khóa giữ nguyên). Xếp lại cả hội trường? Hoàn tác bằng U. (c/k)"
        },
        seatingAutoUndone: { "Đã hoàn tác xếp tự động: trả lại chỗ ngồi trước đó (\($0) đại biểu)" },
        actionSeatUndoAuto: "Hoàn tác lần xếp tự động vừa rồi",
        seatingStandInSeated: { name, seat, absent in "\(name) ngồi ghế \(seat) thay \(absent); không ai khác phải đổi chỗ" },
        seatingStandInUnseated: { name, absent in "\(name) dự thay \(absent); \(absent) chưa có ghế nên người dự thay cũng chưa có — chọn ghế bằng Enter" }
    )

    public static let english = DayOfStrings(
        seatingAutoQuestion: { seated, locked in
            "\(seated) delegates already have seats (\(locked) locked seats are kept). Re-seat the whole hall? Undo with U. (y/n)"
        },
        seatingAutoUndone: { "Auto-assignment undone: the previous seats are back (\($0) delegates)" },
        actionSeatUndoAuto: "Undo the last auto-assignment",
        seatingStandInSeated: { name, seat, absent in "\(name) sits in \(seat) for \(absent); nobody else moves" },
        seatingStandInUnseated: { name, absent in "\(name) attends for \(absent), who had no seat, so neither does the stand-in — seat them with Enter" }
    )
}
