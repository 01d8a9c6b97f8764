import PodiumCore

extension UIStrings {
    public static let vietnamese = UIStrings(
        paneAgenda: "Chương trình",
        paneSeating: "Chỗ ngồi",
        paneSpeakers: "Tham luận",
        paneAwards: "Khen thưởng",
        paneChecklist: "Công việc",
        paneIndex: "Chỉ số",
        roleMC: "MC",
        roleProtocol: "Lễ tân",
        roleOrganizer: "Ban tổ chức",
        roleViewer: "Người xem",
        statusNow: "Đang",
        statusNotStarted: "chưa bắt đầu",
        statusSynced: "đã đồng bộ",
        statusReadOnly: "chỉ đọc",
        statusSyncError: "lỗi đồng bộ",
        statusUpdatedByOther: "vừa cập nhật",
        columnNumber: "TT",
        columnTime: "Thời gian",
        columnMinutes: "Phút",
        columnTitle: "Nội dung",
        columnPresenter: "Trình bày",
        agendaTotal: { "Tổng \($0) · kết thúc \($1) · khung \($2)–\($3)" },
        agendaOverrun: { "vượt khung \($0) phút" },
        agendaFits: "vừa khung",
        agendaFixedStart: { "cố định \($0)" },
        agendaGap: { "trống \($0) phút trước giờ cố định" },
        agendaOverlap: { "chồng \($0) phút lên giờ cố định" },
        agendaMCLines: "Lời dẫn",
        agendaCues: "Kỹ thuật",
        agendaEmpty: "Chương trình chưa có mục nào.",
        segmentKind: { kind in
            switch kind {
            case .opening: "khai mạc"
            case .report: "báo cáo"
            case .announcement: "công bố"
            case .contributions: "tham luận"
            case .speech: "phát biểu"
            case .awards: "khen thưởng"
            case .closing: "bế mạc"
            case .break: "giải lao"
            case .other: "khác"
            }
        },
        seatingHall: { "\($0) · \($1) ghế · đoàn chủ tịch \($2)" },
        seatingGroups: "Thành phần",
        seatingDelegates: { "\($0) đại biểu" },
        seatingPresidium: "Đoàn chủ tịch",
        seatingStage: "SÂN KHẤU",
        seatingNoHall: "Sự kiện chưa có sơ đồ hội trường.",
        seatingCheckedIn: { "có mặt \($0)/\($1)" },
        columnUnit: "Đơn vị",
        columnSpeaker: "Người trình bày",
        columnStatus: "Trạng thái",
        speakersTopic: "Nội dung tham luận",
        speakersEmpty: "Chưa có tham luận nào.",
        speakersTotal: { "\($0) tham luận · \($1) phút" },
        contributionStatus: { status in
            switch status {
            case .queued: "chờ"
            case .onDeck: "chuẩn bị"
            case .speaking: "đang trình bày"
            case .done: "xong"
            case .withdrawn: "rút"
            }
        },
        awardsDecision: { number, date, signerTitle, subject in
            "Quyết định số \(number) ngày \(date) của \(signerTitle) \(subject)"
        },
        columnName: "Tên tập thể, cá nhân",
        columnKind: "Loại",
        columnForm: "Hình thức",
        recipientKind: { $0 == .collective ? "Tập thể" : "Cá nhân" },
        awardsEmpty: "Chưa có danh sách khen thưởng.",
        awardsCount: { "\($0) tập thể, \($1) cá nhân" },
        checklistEmpty: "Chưa có công việc nào.",
        checklistProgress: { "xong \($0)/\($1)" },
        checklistStatus: { status in
            switch status {
            case .todo: "chưa làm"
            case .doing: "đang làm"
            case .done: "xong"
            case .blocked: "vướng"
            }
        },
        checklistGates: { "trước mục: \($0)" },
        checklistDue: "Hạn",
        indexEmpty: "Sự kiện này chưa có kết quả Chỉ số CCHC.",
        helpTitle: "Phím tắt",
        helpFooter: "Esc hoặc ? để đóng",
        helpDisabled: { "không dùng được: \($0)" },
        quitQuestion: "Thoát Podium? (c/k)",
        tooSmall: { "Cửa sổ quá nhỏ (\($0)×\($1)). Cần ít nhất \($2)×\($3)." },
        readOnlyNotice: "Tệp sự kiện chỉ đọc: mọi thay đổi bị tắt.",
        footerHint: "1-6 chuyển mục · Tab tiếp · ? phím tắt · L English · q thoát",
        actionShowPane: "Mở mục",
        actionNextPane: "Mục tiếp theo",
        actionPreviousPane: "Mục trước",
        actionMoveUp: "Lên một dòng",
        actionMoveDown: "Xuống một dòng",
        actionPageUp: "Lên một trang",
        actionPageDown: "Xuống một trang",
        actionFirst: "Về đầu danh sách",
        actionLast: "Về cuối danh sách",
        actionHelp: "Bật/tắt bảng phím tắt",
        actionQuit: "Thoát (có hỏi lại)",
        actionLanguage: "Đổi ngôn ngữ Việt/Anh",
        actionRedraw: "Vẽ lại màn hình",
        actionClose: "Đóng hộp thoại",
        keyMouse: "Chuột",
        actionMouse: "Bấm tên mục để mở, bấm dòng để chọn, lăn để cuộn",
        // MARK: Documents (import dialog)
        actionImport: "Nhập danh sách từ tệp CSV/Excel",
        importTitle: "Nhập từ bảng tính",
        importKindNames: { kind in
            switch kind {
            case "delegates": "Đại biểu"
            case "awards": "Khen thưởng"
            case "speakers": "Tham luận"
            default: "Việc chuẩn bị"
            }
        },
        importPathLabel: "Tệp (.csv, .xlsx):",
        importChooseHint: "Enter đọc tệp · ←/→ loại danh sách · Ctrl-U xóa · Esc đóng",
        importReading: { done, total in total > 0 ? "Đang đọc… \(done)/\(total) dòng" : "Đang đọc… \(done) dòng" },
        importConfirmHint: "Enter/c nhập · Esc quay lại",
        importRefusedHint: "Tệp có lỗi, chưa nhập gì. Sửa tệp rồi thử lại · phím bất kỳ để quay lại",
        importDone: { "Đã nhập: \($0)" },
        importNotAllowed: "chỉ Ban tổ chức hoặc Lễ tân được nhập danh sách",
        importCounts: { added, merged, skipped in
            "thêm \(added)" + (merged > 0 ? ", gộp \(merged)" : "") + (skipped > 0 ? ", bỏ qua \(skipped) trùng" : "")
        }
    )
}
