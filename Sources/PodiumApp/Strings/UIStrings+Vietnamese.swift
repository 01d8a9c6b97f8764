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
        // MARK: Live show
        statusFinished: "đã kết thúc",
        reasonReadOnly: "tệp chỉ đọc",
        reasonNotMC: "chỉ MC hoặc Ban tổ chức điều khiển chương trình",
        oneMinuteLeft: "Còn 1 phút",
        jumpQuestion: { "Chuyển ngay sang \"\($0)\"? (c/k)" },
        actionShowStart: "Bắt đầu chương trình",
        actionShowNext: "Mục tiếp theo (kết thúc mục đang chạy)",
        actionShowBack: "Quay lại mục trước",
        actionShowHold: "Tạm dừng / chạy tiếp đồng hồ",
        actionShowExtend1: "Thêm 1 phút cho mục đang chạy",
        actionShowExtend5: "Thêm 5 phút cho mục đang chạy",
        actionShowSkip: "Bỏ qua mục đang chạy",
        actionShowJump: "Chuyển đến mục đang chọn (có hỏi lại)",
        actionShowMessage: "Nhắn diễn giả \"Còn 1 phút\" (nhấp nháy)",
        actionShowClearMessage: "Xóa lời nhắn trên sân khấu",
        actionShowBlank: "Tắt / bật màn hình sân khấu",
        actionShowUndo: "Hoàn tác thao tác vừa rồi",
        liveNotStarted: "Chưa bắt đầu — bấm s để bắt đầu",
        liveStartsIn: { "còn \($0) đến giờ khai mạc" },
        liveFinished: { "Chương trình đã kết thúc lúc \($0)" },
        liveElapsed: { "đã \($0) / \($1)" },
        liveHeld: "TẠM DỪNG",
        liveNext: { "Tiếp theo: \($0) · \($1)" },
        liveLast: "Đây là mục cuối cùng",
        liveDrift: { seconds in
            seconds == 0 ? "đúng giờ" : (seconds > 0 ? "chậm \(DurationText.clock(seconds))" : "sớm \(DurationText.clock(-seconds))")
        },
        liveProjectedEnd: { "dự kiến kết thúc \($0)" },
        liveMessage: { "Nhắn sân khấu: \($0)" },
        liveBlank: "màn hình sân khấu đang tắt",
        phaseName: { phase in
            switch phase {
            case .normal: "BÌNH THƯỜNG"
            case .warning: "SẮP HẾT GIỜ"
            case .danger: "SẮP HẾT"
            case .overtime: "QUÁ GIỜ"
            }
        },
        columnPlanned: "KH",
        columnProjected: "Dự kiến",
        stageWaiting: "Chờ bắt đầu",
        gateQuestion: { segment, items in
            "Chưa xong trước \"\(segment)\": " + items.map { "• \($0)" }.joined(separator: " ") + " — Vẫn bắt đầu? (c/k)"
        },
        // MARK: Checklist editing and gating
        checklistFooter: "Space xong · b vướng · a/e/d thêm/sửa/xóa · / lọc · v nhóm · n ghi chú · ?",
        formHint: "Enter lưu · Esc hủy · Tab sang ô khác",
        checklistGroupedBy: { grouping in
            switch grouping {
            case .agency: "Nhóm theo cơ quan"
            case .dueTime: "Nhóm theo hạn"
            case .status: "Nhóm theo trạng thái"
            }
        },
        checklistOverdueCount: { "\($0) việc trễ hạn" },
        checklistFilterShown: { "lọc: “\($0)”" },
        checklistNoMatch: { "Không có công việc nào khớp “\($0)”. Bấm / để sửa bộ lọc." },
        checklistNoDueDate: "Chưa đặt hạn",
        checklistLate: { lateness in
            switch lateness {
            case .minutes(let n): "trễ \(n) phút"
            case .hours(let n): "trễ \(n) giờ"
            case .days(let n): "trễ \(n) ngày"
            }
        },
        checklistStatusRoleReason: "chỉ Ban tổ chức và Lễ tân được đánh dấu",
        checklistEditRoleReason: "chỉ Ban tổ chức được thêm, sửa, xóa",
        checklistSelectItem: "Chọn một công việc (không phải dòng tiêu đề nhóm) trước.",
        checklistItemGone: "Công việc này vừa bị xóa ở máy khác; không lưu gì.",
        checklistFilterTitle: "Lọc công việc",
        checklistFilterLabel: "Chứa",
        checklistAddTitle: "Thêm công việc",
        checklistEditTitle: "Sửa công việc",
        checklistBlockTitle: { "Vướng: \($0)" },
        checklistReasonLabel: "Lý do",
        checklistReasonNeeded: "Cần ghi lý do vướng (thiếu gì, chờ ai).",
        checklistDeleteQuestion: { "Xóa “\($0)”? (c/k)" },
        checklistFieldTitle: "Công việc",
        checklistFieldAgency: "Cơ quan",
        checklistFieldOwner: "Người phụ trách",
        checklistFieldDue: "Hạn",
        checklistFieldGates: "Xong trước mục",
        checklistFieldNotes: "Ghi chú",
        checklistNoNotes: "(chưa có ghi chú; bấm e để thêm)",
        checklistDetailsHint: "Phím bất kỳ để đóng",
        checklistProblem: { problem in
            switch problem {
            case .emptyTitle: "Cần nhập tên công việc."
            case .emptyAgency: "Cần nhập cơ quan chịu trách nhiệm (ví dụ Sở Nội vụ)."
            case .due(let failure): "Hạn “\(failure.text)” không hiểu được; viết 2026-03-26 07:30, 26/03/2026 07:30 hoặc 07:30 (ngày hội nghị)."
            case .gates(.noMatch(let text)): "Không có mục chương trình nào khớp “\(text)”; nhập số mục hoặc một phần tên."
            case .gates(.ambiguous(let text, let titles)): "“\(text)” khớp nhiều mục (\(titles.joined(separator: "; "))); nhập rõ hơn."
            }
        },
        actionChecklistToggle: "Đánh dấu xong / mở lại",
        actionChecklistDoing: "Đánh dấu đang làm",
        actionChecklistBlock: "Đánh dấu vướng (hỏi lý do)",
        actionChecklistAdd: "Thêm công việc",
        actionChecklistEdit: "Sửa công việc",
        actionChecklistDelete: "Xóa công việc (hỏi trước)",
        actionChecklistDetails: "Xem chi tiết và ghi chú",
        actionChecklistFilter: "Lọc theo chữ (không cần dấu)",
        actionChecklistGrouping: "Đổi cách nhóm: cơ quan / hạn / trạng thái",
        // MARK: Award ceremony
        awardsBatchHeader: { number, count, done, called, remaining in
            "Đợt \(number)/\(count) · đã nhận \(done)/\(called) · còn khoảng \(remaining)"
        },
        awardsPresenter: { "Lãnh đạo trao: \($0)" },
        awardsNextBatch: { number, size, presenter in "Tiếp: đợt \(number) (\(size) tập thể, cá nhân) · trao: \(presenter)" },
        awardsLastBatch: "Đợt cuối: sau khi chụp ảnh, mời các đồng chí về chỗ và chuyển mục tiếp.",
        awardsNoBatches: "Chưa có danh sách khen thưởng; nhập danh sách rồi chạy podium awards batches --rebuild.",
        awardsNoPresenter: "chưa chọn lãnh đạo",
        awardsRepresentative: { "Đại diện \($0)" },
        awardsAbsent: "vắng",
        awardsReceivedBy: { "vắng, \($0) nhận thay" },
        awardsSay: { "đọc: \($0)" },
        awardsProblems: { "⚠ Danh sách khen thưởng có \($0) vấn đề cần sửa; xem podium awards batches." },
        awardsRoleReason: "Chỉ MC hoặc ban tổ chức được đánh dấu nhận và chuyển đợt.",
        awardsFooter: "Space đã nhận · n đợt tiếp · p đợt trước · ↑↓ chọn · ? phím tắt",
        columnReceived: "Nhận",
        columnNote: "Ghi chú",
        actionAwardsTick: "Đánh dấu đã nhận / bỏ đánh dấu",
        actionAwardsNext: "Mời đợt tiếp theo",
        actionAwardsBack: "Quay lại đợt trước"
    )
}
