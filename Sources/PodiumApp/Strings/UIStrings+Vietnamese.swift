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
        agendaCannotDeleteLive: "Mục này đã hoặc đang diễn ra; hãy bỏ qua (x) thay vì xóa.",
        agendaFixedStart: { "cố định \($0)" },
        agendaGap: { "trống \($0) phút trước giờ cố định" },
        agendaOverlap: { "chồng \($0) phút lên giờ cố định" },
        agendaMCLines: "Lời dẫn",
        agendaCues: "Kỹ thuật",
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
        seatingCheckedIn: { "có mặt \($0)/\($1)" },
        columnUnit: "Đơn vị",
        columnSpeaker: "Người trình bày",
        columnStatus: "Trạng thái",
        speakersTopic: "Nội dung tham luận",
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
            // A decision entered without its signer's title reads without "của".
            "Quyết định số \(number) ngày \(date)\(signerTitle.isEmpty ? "" : " của \(signerTitle)") \(subject)"
        },
        columnName: "Tên tập thể, cá nhân",
        columnKind: "Loại",
        columnForm: "Hình thức",
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
        index: .vietnamese,
        spreadsheet: .vietnamese,
        helpTitle: "Phím tắt",
        helpFooter: "Esc hoặc ? để đóng",
        helpDisabled: { "không dùng được: \($0.continuedAfterColon)" },
        quitQuestion: "Thoát Podium? (c/k)",
        tooSmall: { "Cửa sổ quá nhỏ (\($0)×\($1)). Cần ít nhất \($2)×\($3)." },
        readOnlyNotice: "Tệp sự kiện chỉ đọc: mọi thay đổi bị tắt.",
        watchOnlyNotice: { watching in
            switch watching {
            case .viewerRole: "Vai Người xem mở tệp ở chế độ chỉ xem; mở lại với --role mc, protocol hoặc organizer để thay đổi."
            case .stageView: "Màn hình sân khấu mở tệp ở chế độ chỉ xem; mở cửa sổ chính (không có --view stage) để thay đổi."
            case .roleRevoked(let role):
                "Bảng phân vai không còn cho tài khoản này nhận vai \(ErrorStrings.vietnameseRoleName(role)): từ giờ cửa sổ này chỉ xem. "
                    + "Nhờ Ban tổ chức cấp lại (phím V), hoặc mở lại với vai được cấp."
            }
        },
        actionShowPane: "Mở khung",
        actionNextPane: "Khung tiếp theo",
        actionPreviousPane: "Khung trước",
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
        reasonWatchOnly: { watching in
            switch watching {
            case .viewerRole: "vai Người xem chỉ được xem (--role mc, protocol hoặc organizer để thay đổi)"
            case .stageView: "màn hình sân khấu chỉ để xem"
            case .roleRevoked(let role): "bảng phân vai đã thu hồi vai \(ErrorStrings.vietnameseRoleName(role)) của tài khoản này"
            }
        },
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
            case .warning: "CÒN ÍT THỜI GIAN"
            case .danger: "KẾT THÚC NGAY"
            case .overtime: "QUÁ GIỜ"
            }
        },
        columnPlanned: "KH",
        columnProjected: "Dự kiến",
        stageWaiting: "Chờ bắt đầu",
        gateQuestion: { segment, items in
            "Chưa xong trước \"\(segment)\": " + items.map { "• \($0)" }.joined(separator: " ") + " — Vẫn bắt đầu? (c/k)"
        },
        actionShowTypedMessage: "Gõ lời nhắn cho diễn giả",
        stageMessageTitle: "Nhắn lên sân khấu",
        stageMessageText: "Lời nhắn",
        stageMessageBlink: "Nhấp nháy (c/k)",
        stageMessageEmpty: "Lời nhắn trống; gõ chữ để hiện trên sân khấu.",
        absentLeaders: { "⚑ Lãnh đạo chưa đến: " + $0.joined(separator: ", ") },
        actionAgendaAdd: "Thêm mục vào chương trình",
        actionAgendaEdit: "Sửa mục đang chọn",
        actionAgendaDelete: "Xóa mục đang chọn (hỏi trước)",
        actionAgendaMoveUp: "Chuyển mục lên trước",
        actionAgendaMoveDown: "Chuyển mục xuống sau",
        reasonAgendaLocked: "chương trình đang diễn ra: MC không sửa được cấu trúc",
        reasonAgendaOrganizers: "chỉ Ban tổ chức (và MC trước giờ khai mạc) sửa chương trình",
        agendaAddTitle: "Thêm mục",
        agendaEditTitle: "Sửa mục",
        agendaFieldLabels: ["Nội dung", "Loại", "Số phút", "Giờ cố định", "Trình bày", "Lời dẫn MC", "Kỹ thuật", "Cảnh báo khi còn (phút)", "Nguy cấp khi còn (phút)"],
        agendaDeleteQuestion: { "Xóa mục \"\($0)\" khỏi chương trình? (c/k)" },
        agendaLiveChangeQuestion: { "\"\($0)\" đã hoặc đang diễn ra. Vẫn thay đổi? (c/k)" },
        agendaSegmentGone: "Mục này vừa bị xóa ở máy khác.",
        agendaProblem: { problem in
            switch problem {
            case .emptyTitle: "Nội dung không được để trống."
            case .unknownKind(let text): "Không có loại \"\(text)\"; dùng: khai mạc, báo cáo, công bố, tham luận, phát biểu, khen thưởng, bế mạc, giải lao, khác."
            case .badDuration(let text): "Số phút \"\(text)\" không hợp lệ; nhập số phút lớn hơn 0, ví dụ 25 hoặc 7:30."
            case .badTime(let text): "Giờ \"\(text)\" không hợp lệ; viết dạng 10:15, hoặc để trống."
            case .fixedBeforeEventStart(let time, let start): "Giờ cố định \(time.hhmm) trước giờ khai mạc \(start.hhmm)."
            case .sameFixedStart(let time, let other): "\"\(other)\" đã cố định lúc \(time.hhmm); hai mục không thể cùng giờ."
            case .badThreshold(let text): "Ngưỡng \"\(text)\" không hợp lệ; nhập số phút, ví dụ 2 hoặc 0:30."
            case .thresholdsOutOfOrder: "Ngưỡng nguy cấp phải nhỏ hơn ngưỡng cảnh báo, và cả hai nhỏ hơn thời lượng."
            }
        },
        // MARK: Checklist editing and gating
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
        // MARK: Documents (import dialog)
        actionImport: "Nhập danh sách từ tệp CSV/Excel",
        importTitle: "Nhập từ bảng tính",
        importKindNames: { kind in
            switch kind {
            case "delegates": "Đại biểu"
            case "awards": "Khen thưởng"
            case "speakers": "Tham luận"
            case "index": "Chỉ số CCHC"
            default: "Việc chuẩn bị"
            }
        },
        importPathLabel: "Tệp (.csv, .xlsx):",
        importChooseHint: "Enter đọc tệp · ←/→ loại danh sách · Ctrl-U xóa · Esc đóng",
        importReading: { done, total in total > 0 ? "Đang đọc… \(done)/\(total) dòng" : "Đang đọc… \(done) dòng" },
        importConfirmHint: "Enter/c nhập · Esc quay lại",
        importRefusedHint: "Chưa nhập gì: sửa theo các dòng trên rồi thử lại · phím bất kỳ để quay lại",
        importDone: { "Đã nhập: \($0)" },
        importNotAllowed: "chỉ Ban tổ chức hoặc Lễ tân được nhập danh sách",
        importCounts: { added, merged, skipped in
            "thêm \(added)" + (merged > 0 ? ", gộp \(merged)" : "") + (skipped > 0 ? ", bỏ qua \(skipped) trùng" : "")
        },
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
            case .presenterNotHere: "\(who) có phần trình bày/trao nhưng chưa đến, chưa có người dự thay"
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
        actionSeatNextConflict: "Đến xung đột tiếp theo",
        // MARK: Speaker queue
        columnSpoken: "Đã nói",
        speakerNow: { index, count, who, unit in "Tham luận \(index)/\(count): \(who) · \(unit)" },
        speakerElapsed: { "Đã nói \($0) / \($1)" },
        speakerBlockLeft: { "Cả phần tham luận còn \($0)" },
        speakerOnDeck: { "Mời tiếp: \($0)" },
        speakerNoneLeft: "Hết người trình bày; bấm n để sang mục sau",
        speakerInviteLabel: "Lời mời",
        speakerThanksLabel: "Lời cảm ơn",
        speakerBudget: { verdict, end, names in
            switch verdict {
            case .fits(let spare): "Đủ thời gian: dư \(spare / 60) phút (phải xong trước \(end))"
            case .cut(let each, let short): "Thiếu \((short + 59) / 60) phút: mỗi người còn lại rút \(each / 60) phút (xong trước \(end))"
            case .wontFit(_, let short): "Thiếu \((short + 59) / 60) phút: không kịp cho \(names.joined(separator: ", ")) (xong trước \(end))"
            case .late(let seconds): "Quá \((seconds + 59) / 60) phút so với \(end)"
            }
        },
        speakerWithdrawQuestion: { "\($0) đang trình bày. Rút tham luận và kết thúc lượt nói? (c/k)" },
        speakerSelect: "Chọn một tham luận trước.",
        speakerAddTitle: "Thêm tham luận",
        speakerLinesTitle: "Lời dẫn của MC (để trống: dùng lời soạn sẵn)",
        speakerFieldTopic: "Nội dung",
        speakerFieldUnit: "Đơn vị",
        speakerFieldSpeaker: "Người trình bày",
        speakerFieldTitle: "Chức vụ",
        speakerFieldMinutes: "Số phút",
        speakerFieldInvitation: "Lời mời",
        speakerFieldThanks: "Lời cảm ơn",
        speakerMinutesNotNumber: "Số phút phải là số nguyên, ví dụ 8.",
        speakerAddDelegateQuestion: { name, group in "“\(name)” chưa có trong danh sách đại biểu. Thêm vào nhóm “\(group)” và thêm tham luận? (c/k)" },
        actionSpeakerWithdraw: "Rút tham luận (hỏi nếu đang trình bày)",
        actionSpeakerRestore: "Khôi phục tham luận đã rút",
        actionSpeakerMoveUp: "Chuyển lên trước",
        actionSpeakerMoveDown: "Chuyển xuống sau",
        actionSpeakerAdd: "Thêm tham luận",
        actionSpeakerEditLines: "Sửa lời mời / lời cảm ơn",
        // MARK: Award ceremony
        awardsBatchHeader: { number, count, done, called, remaining in
            "Đợt \(number)/\(count) · đã nhận \(done)/\(called) · còn khoảng \(remaining)"
        },
        awardsPresenter: { "Lãnh đạo trao: \($0)" },
        awardsNextBatch: { number, size, presenter in "Tiếp: đợt \(number) (\(size) tập thể, cá nhân) · trao: \(presenter)" },
        awardsLastBatch: "Đợt cuối: sau khi chụp ảnh, mời các đồng chí về chỗ và chuyển mục tiếp.",
        awardsNoPresenter: "chưa chọn lãnh đạo",
        awardsRepresentative: { "Đại diện \($0)" },
        awardsAbsent: "vắng",
        awardsReceivedBy: { "vắng, \($0) nhận thay" },
        awardsSay: { "đọc: \($0)" },
        awardsProblems: { "⚠ Danh sách khen thưởng có \($0) vấn đề cần sửa; xem podium awards batches." },
        awardsRoleReason: "Chỉ MC hoặc ban tổ chức được đánh dấu nhận và chuyển đợt.",
        columnReceived: "Nhận",
        columnNote: "Ghi chú",
        actionAwardsTick: "Đánh dấu đã nhận / bỏ đánh dấu",
        actionAwardsNext: "Mời đợt tiếp theo",
        actionAwardsBack: "Quay lại đợt trước",
        // MARK: Hall editor
        hallEditorBanner: "SỬA SƠ ĐỒ · p chủ tọa · a/D khu · r/R hàng · e/E ghế · u không dùng · H xong",
        hallEditorClosed: "Mở trình sửa hội trường trước (phím H)",
        hallNeedsSection: "Đưa con trỏ vào một khu ghế trong hội trường trước",
        hallNotANumber: { field, text in "\(field): \"\(text)\" không phải số nguyên; nhập lại" },
        hallPresidiumTitle: "Bàn chủ tọa",
        hallPresidiumSeats: "Số ghế chủ tọa",
        hallSectionTitle: "Thêm khu ghế",
        hallSectionName: "Tên khu",
        hallSectionRows: "Số hàng",
        hallSectionSeats: "Số ghế mỗi hàng",
        hallSectionAisles: "Lối đi sau ghế số",
        hallRemoveSectionQuestion: { name, seats, unseated in
            "Xóa khu \(name) (\(seats) ghế)? "
                + (unseated > 0 ? "\(unseated) đại biểu đang ngồi ở đó sẽ mất ghế (thành chưa xếp chỗ), không mất gì khác. " : "Không ai đang ngồi ở đó. ")
                + "(c/k)"
        },
        hallUnseats: { "\($0) đại biểu đang ngồi sẽ mất ghế (thành chưa xếp chỗ)." },
        hallTooSmall: { seats, delegates in "Hội trường chỉ còn \(seats) ghế cho \(delegates) đại biểu: \(delegates - seats) người sẽ không có ghế." },
        hallContinueQuestion: "Vẫn thay đổi? (c/k)",
        actionHallEditor: "Mở / đóng trình sửa hội trường",
        actionHallPresidium: "Đặt số ghế bàn chủ tọa",
        actionHallAddSection: "Thêm khu ghế (tên, số hàng, số ghế, lối đi)",
        actionHallRemoveSection: "Xóa khu ghế dưới con trỏ",
        actionHallRows: "Thêm / bớt hàng cuối của khu",
        actionHallSeats: "Thêm / bớt ghế cuối mỗi hàng của khu",
        actionHallUnusable: "Đánh dấu ghế không dùng được / dùng lại",
        hallPanelPresidium: { "Bàn chủ tọa: \($0) ghế" },
        hallPanelSection: { name, rows, seats, usable in "\(VietnameseText.folded(name).hasPrefix("khu ") ? name : "Khu \(name)"): \(rows) hàng × \(seats) ghế (\(usable))" },
        hallPanelTotal: { seats, delegates in "Tổng \(seats) ghế cho \(delegates) đại biểu" },
        rehearsal: .vietnamese,
        importChoices: .vietnamese,
        eventDetails: .vietnamese,
        setup: .vietnamese,
        dayOf: .vietnamese,
        reliability: .vietnamese,
        dressRehearsal: .vietnamese,
        journal: .vietnamese,
        errors: .vietnamese,
        footer: .vietnamese
    )
}
