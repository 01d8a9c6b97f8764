import PodiumCore

/// Strings for the day of the conference: seating changes that must not surprise anyone, the
/// end of the show, skipped segments, the stage screen and the MC's lines.
public struct DayOfStrings: Sendable {
    public var seatingAutoQuestion: @Sendable (_ seated: Int, _ locked: Int) -> String
    public var seatingAutoUndone: @Sendable (_ seated: Int) -> String
    public var actionSeatUndoAuto: String
    public var seatingStandInSeated: @Sendable (_ name: String, _ seat: String, _ absent: String) -> String
    public var seatingStandInUnseated: @Sendable (_ name: String, _ absent: String) -> String
    public var yesNo: String
    /// Asked on the last segment; a rehearsal ends the rehearsal, not the conference.
    public var endQuestion: @Sendable (_ passedOver: [String], _ rehearsal: Bool) -> String
    public var awardsBatchesLeft: @Sendable (_ count: Int) -> String
    public var leaveAwardsQuestion: String
    public var jumpPassesOver: @Sendable (_ target: String, _ passed: [String]) -> String
    public var liveLastPassedOver: @Sendable (_ passed: [String]) -> String
    public var presenterNotHere: @Sendable (_ name: String) -> String
    /// Before a presenter's name on the awards pane when they have not arrived.
    public var presenterNotArrived: String
    public var stageHeld: String
    /// What `u` took back, naming the segment or speaker through the two look-ups.
    public var showUndone: @Sendable (_ action: ShowAction, _ segment: (Int64) -> String, _ speaker: (Int64) -> String) -> String
    public var mcTextMore: @Sendable (_ page: Int, _ pages: Int) -> String
    public var actionMCTextPage: String
    public var stageQuitHint: String
    public var stageNextSpeaker: @Sendable (_ who: String) -> String

    public static let vietnamese = DayOfStrings(
        seatingAutoQuestion: { seated, locked in
            "Đã có \(seated) đại biểu được xếp ghế (\(locked) ghế khóa giữ nguyên). Xếp lại cả hội trường? Hoàn tác bằng U. (c/k)"
        },
        seatingAutoUndone: { "Đã hoàn tác xếp tự động: trả lại chỗ ngồi trước đó (\($0) đại biểu)" },
        actionSeatUndoAuto: "Hoàn tác lần xếp tự động vừa rồi",
        seatingStandInSeated: { name, seat, absent in "\(name) ngồi ghế \(seat) thay \(absent); không ai khác phải đổi chỗ" },
        seatingStandInUnseated: { name, absent in "\(name) dự thay \(absent); \(absent) chưa có ghế nên người dự thay cũng chưa có — chọn ghế bằng Enter" },
        yesNo: "(c/k)",
        endQuestion: { passed, rehearsal in
            (passed.isEmpty ? "" : "Chưa diễn ra: \(passed.joined(separator: "; ")). ")
                + (rehearsal ? "Kết thúc buổi tập dượt?" : "Kết thúc hội nghị?")
        },
        awardsBatchesLeft: { "Còn \($0) đợt chưa trao." },
        leaveAwardsQuestion: "Vẫn kết thúc phần khen thưởng?",
        jumpPassesOver: { target, passed in
            "Chuyển sang \"\(target)\" sẽ bỏ qua: \(passed.joined(separator: "; ")). Vẫn chuyển? (c/k)"
        },
        liveLastPassedOver: { "Đây là mục cuối cùng · đã bỏ qua: \($0.joined(separator: "; "))" },
        presenterNotHere: { "⚠ \($0) chưa đến, chưa có người dự thay" },
        presenterNotArrived: "⚠ chưa đến",
        stageHeld: "TẠM DỪNG",
        showUndone: { action, segment, speaker in
            let what = switch action {
            case .start: "bắt đầu hội nghị"
            case .next: "chuyển sang mục tiếp theo"
            case .back: "quay lại mục trước"
            case .hold: "tạm dừng đồng hồ"
            case .resume: "chạy tiếp đồng hồ"
            case .extend(let seconds): "kéo dài \(seconds / 60) phút"
            case .skip: "bỏ qua mục"
            case .jump(let id): "chuyển tới \"\(segment(id))\""
            case .end: "kết thúc hội nghị"
            case .message: "gửi thông báo lên sân khấu"
            case .clearMessage: "xóa thông báo sân khấu"
            case .blank(let on): on ? "tắt màn hình sân khấu" : "bật lại màn hình sân khấu"
            case .undo: "hoàn tác"
            case .speaker(let id): id.map { "mời \(speaker($0)) lên trình bày" } ?? "kết thúc lượt trình bày"
            case .rehearse: "bắt đầu tập dượt"
            case .reset: "gác lại buổi tập dượt"
            }
            return "Đã hoàn tác: \(what)"
        },
        mcTextMore: { $0 == $1 ? "▲ lời dẫn trang \($0)/\($1) — bấm t về trang đầu" : "▼ lời dẫn trang \($0)/\($1) — bấm t xem tiếp" },
        actionMCTextPage: "Xem tiếp lời dẫn dài",
        stageQuitHint: "Bấm q lần nữa để thoát",
        stageNextSpeaker: { "Tiếp theo: \($0)" }
    )

    public static let english = DayOfStrings(
        seatingAutoQuestion: { seated, locked in
            "\(seated) delegates already have seats (\(locked) locked seats are kept). Re-seat the whole hall? Undo with U. (y/n)"
        },
        seatingAutoUndone: { "Auto-assignment undone: the previous seats are back (\($0) delegates)" },
        actionSeatUndoAuto: "Undo the last auto-assignment",
        seatingStandInSeated: { name, seat, absent in "\(name) sits in \(seat) for \(absent); nobody else moves" },
        seatingStandInUnseated: { name, absent in "\(name) attends for \(absent), who had no seat, so neither does the stand-in — seat them with Enter" },
        yesNo: "(y/n)",
        endQuestion: { passed, rehearsal in
            (passed.isEmpty ? "" : "Not held: \(passed.joined(separator: "; ")). ")
                + (rehearsal ? "End the rehearsal?" : "End the conference?")
        },
        awardsBatchesLeft: { "\($0) batch\($0 == 1 ? "" : "es") not yet presented." },
        leaveAwardsQuestion: "Leave the awards anyway?",
        jumpPassesOver: { target, passed in
            "Jumping to \"\(target)\" passes over: \(passed.joined(separator: "; ")). Jump anyway? (y/n)"
        },
        liveLastPassedOver: { "This is the last segment · passed over: \($0.joined(separator: "; "))" },
        presenterNotHere: { "⚠ \($0) has not arrived and nobody stands in" },
        presenterNotArrived: "⚠ not arrived",
        stageHeld: "ON HOLD",
        showUndone: { action, segment, speaker in
            let what = switch action {
            case .start: "the start of the conference"
            case .next: "moving on to the next segment"
            case .back: "going back a segment"
            case .hold: "the hold"
            case .resume: "the resume"
            case .extend(let seconds): "the \(seconds / 60)-minute extension"
            case .skip: "the skip"
            case .jump(let id): "the jump to \"\(segment(id))\""
            case .end: "the end of the conference"
            case .message: "the stage message"
            case .clearMessage: "clearing the stage message"
            case .blank(let on): on ? "blanking the stage screen" : "un-blanking the stage screen"
            case .undo: "the undo"
            case .speaker(let id): id.map { "inviting \(speaker($0))" } ?? "ending the speaker's turn"
            case .rehearse: "the start of the rehearsal"
            case .reset: "setting the rehearsal aside"
            }
            return "Undone: \(what)"
        },
        mcTextMore: { $0 == $1 ? "▲ MC text page \($0)/\($1) — press t for the first page" : "▼ MC text page \($0)/\($1) — press t for more" },
        actionMCTextPage: "Next page of a long MC text",
        stageQuitHint: "Press q again to quit",
        stageNextSpeaker: { "Next: \($0)" }
    )
}
