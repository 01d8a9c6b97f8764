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
        // MARK: Seating plan
        seatingSummary: { "đã xếp \($0)/\($1) · có mặt \($2) · \($3) ghế" },
        seatingAbsentLeaders: { "⚑ \($0) lãnh đạo chưa đến" },
        seatingReadOnlyRole: "chỉ vai Lễ tân (--role protocol) sửa được chỗ ngồi",
        seatingSearchPrompt: "Tìm đại biểu: ",
        seatingStandInPrompt: { "Người dự thay \($0) (Họ tên, chức vụ): " },
        seatingPicked: { "Đang chuyển \($1) (ghế \($0)): chọn ghế đích rồi Enter · Esc để bỏ" },
        seatingNotFound: { "Không tìm thấy đại biểu \"\($0)\"" },
        seatingHasNoSeat: { "\($0) chưa được xếp ghế" },
        seatingSeatLine: { "Ghế \($0) · \($1 == 0 ? "đoàn chủ tịch" : "hàng \($1)")\($2 ? " · cạnh lối đi" : "")" },
        seatingEmptySeat: "Ghế trống",
        seatingUnusableSeat: "Ghế không sử dụng",
        seatingLockedMark: "đã khóa",
        seatingPresent: "đã đến",
        seatingAbsent: "chưa đến",
        seatingStandInFor: { "dự thay đồng chí \($0)" },
        seatingPrecedenceLine: { "thứ tự ưu tiên \($0)" },
        seatingReason: { kind, order, group in
            switch kind {
            case .presidium: "Đoàn chủ tịch: người thứ \(order), giữa rồi xen kẽ phải–trái"
            case .leaderRow: "Hàng đầu dành cho lãnh đạo tỉnh: người thứ \(order)"
            case .callingOrder: "Ghế cạnh lối đi, thứ \(order) theo thứ tự được mời lên"
            case .press: "Khu báo chí bên cạnh sân khấu: người thứ \(order)"
            case .block: "Khối \(group): người thứ \(order) theo thứ tự ưu tiên"
            case .manual: "Xếp tay"
            }
        },
        seatingConflictsTitle: { "Xung đột (\($0))" },
        seatingNoConflicts: "Không có xung đột.",
        seatingConflict: { kind, who, seat, count, seats in
            switch kind {
            case .unseated: "\(who) chưa có ghế"
            case .doubleBooked: "Ghế \(seat) xếp trùng: \(who)"
            case .missingSeat: "\(who) ở ghế \(seat) không còn dùng được"
            case .leaderOutsideFrontRows: "Lãnh đạo \(who) ngồi ngoài hàng đầu (\(seat))"
            case .notOnAisle: "\(who) được mời lên nhưng không ngồi cạnh lối đi (\(seat))"
            case .overCapacity: "\(count) đại biểu nhưng chỉ có \(seats) ghế"
            case .duplicate: "Trùng đại biểu: \(who)"
            }
        },
        seatingEditError: { error in
            switch error {
            case .noSuchSeat(let seat): "Không có ghế \"\(seat)\" trong hội trường"
            case .unusableSeat(let seat): "Ghế \(seat) không sử dụng được"
            case .emptySeat(let seat): "Ghế \(seat) đang trống"
            case .lockedSeat(let seat, let who): "Ghế \(seat) đã khóa cho \(who); mở khóa trước (phím l)"
            case .seatTaken(let seat, let who): "Ghế \(seat) đã có \(who)"
            case .noSuchDelegate(let query): "Không có đại biểu \"\(query)\""
            case .ambiguousDelegate(let query, let count, _): "\"\(query)\" khớp \(count) đại biểu; gõ đủ họ tên"
            case .notSeated(let name): "\(name) chưa có ghế"
            case .hallTooSmall(let delegates, let seats): "Hội trường có \(seats) ghế cho \(delegates) đại biểu; \(delegates - seats) người chưa có ghế"
            }
        },
        seatingLegendSymbols: "● đã đến  ○ chưa đến  · trống  × không dùng",
        seatingAutoDone: { "Đã xếp tự động \($0) đại biểu" + ($1 > 0 ? "; \($1) người chưa có ghế" : "") },
        statusConflicts: { "⚠ \($0) xung đột" },
        actionSeatCursor: "Di chuyển giữa các ghế",
        actionSeatPick: "Chọn người để chuyển / thả vào ghế đích (đổi chỗ)",
        actionSeatCancel: "Bỏ chọn",
        actionSeatUnassign: "Bỏ xếp ghế",
        actionSeatLock: "Khóa / mở khóa ghế",
        actionSeatCheckIn: "Đánh dấu đã đến / hủy",
        actionSeatSearch: "Tìm đại biểu (không cần dấu)",
        actionSeatStandIn: "Nhập người dự thay",
        actionSeatAuto: "Xếp chỗ tự động theo nghi thức",
        actionSeatZoom: "Phóng to / thu nhỏ sơ đồ",
        actionSeatPanel: "Chi tiết ghế / danh sách xung đột",
        actionSeatNextConflict: "Đến xung đột tiếp theo"
    )
}
