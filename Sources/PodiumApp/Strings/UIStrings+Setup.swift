import PodiumCore

/// Preparing the day from the TUI and the CLI: the forms for groups, ranks, seating settings,
/// the award decision, recipients and batches, and their refusals.
public struct SetupStrings: Sendable {
    // Groups
    public var groupsAction: String
    public var groupsTitle: String
    public var groupsFields: [String]
    public var groupProblem: @Sendable (GroupEdit.Problem) -> String
    public var block: @Sendable (GroupEdit.Block) -> String
    /// A group's level as the lists name it; `--json` keeps the raw value.
    public var level: @Sendable (ParticipantGroup.Level) -> String
    public var noGroups: String
    // Rank table
    public var rankAction: String
    public var rankTitle: String
    public var rankFields: [String]
    public var rankProblem: @Sendable (RankTableEdit.Problem) -> String
    public var overrideAction: String
    public var overrideTitle: @Sendable (String) -> String
    public var overrideFields: [String]
    public var noDelegateSelected: String
    public var presidiumUnchanged: String
    /// The presidium in its new order, who joins and who leaves, then "Save? (y/n)".
    public var presidiumChangeQuestion: @Sendable (_ order: [String], _ joining: [String], _ leaving: [String]) -> String
    // Seating settings
    public var seatingSettingsAction: String
    public var seatingSettingsTitle: String
    public var seatingSettingsFields: [String]
    public var viewpoint: @Sendable (SeatingSettings.Viewpoint) -> String
    public var evenCentring: @Sendable (SeatingSettings.EvenCentring) -> String
    public var badViewpoint: @Sendable (String) -> String
    public var badEvenCentring: @Sendable (String) -> String
    public var badLeaderRows: @Sendable (String) -> String
    // Award decision, settings, recipients, batches
    public var decisionAction: String
    public var decisionTitle: String
    public var decisionFields: [String]
    public var badDecisionNumber: @Sendable (String) -> String
    public var badDecisionDate: @Sendable (String) -> String
    public var awardSettingsAction: String
    public var awardSettingsTitle: String
    public var awardSettingsFields: [String]
    public var badWholeNumber: @Sendable (_ field: String, _ text: String) -> String
    public var recipientAddAction: String
    public var recipientEditAction: String
    public var recipientRemoveAction: String
    public var recipientAddTitle: String
    public var recipientEditTitle: String
    public var recipientFields: [String]
    public var recipientProblem: @Sendable (RecipientDraft.Problem) -> String
    public var recipientRemoveQuestion: @Sendable (String) -> String
    public var noRecipientSelected: String
    public var moveAction: String
    public var moveTitle: @Sendable (String) -> String
    public var moveFields: [String]
    public var splitAction: String
    public var mergeAction: String
    public var presenterAction: String
    public var batchEarlierAction: String
    public var batchLaterAction: String
    public var presenterTitle: @Sendable (Int) -> String
    public var presenterFields: [String]
    /// An award edit refused: what is wrong, in the interface's language.
    public var awardProblem: @Sendable (AwardError) -> String
    public var notAwardEditor: String
    /// Before a rehearsal starts, the live panel's end is what starting now would give; the
    /// programme's total keeps the plan's own times, so the two are told apart.
    public var liveEndIfStartedNow: @Sendable (String) -> String
    public var notSeatingEditor: String
    /// The footers' short words for the preparing keys, by the key table's label; the rest
    /// (B, P) are in the help, as the footer has room for the common ones only.
    // What a blank event's panes say is missing, and the key that adds it.
    public var blankProgramme: [String]
    public var blankNoDelegates: String
    public var blankNoHall: String
    public var blankNoLeaders: String
    public var blankSeatingMore: String
    public var blankSpeakers: [String]
    public var blankNoDecision: String
    public var blankNoRecipients: String
    public var blankAwardsMore: String
    public var blankChecklist: [String]
    /// Added to a step this terminal's role cannot take.
    public var blankProtocolOnly: String
    public var blankOrganiserOnly: String

    public static let vietnamese = SetupStrings(
        groupsAction: "Sửa nhóm thành phần (tên, nhãn ngắn, thứ tự, khối chỗ ngồi)",
        groupsTitle: "Nhóm thành phần — khối: lãnh đạo, hội trường, báo chí",
        groupsFields: ["Nhóm (số hoặc tên)", "Tên", "Nhãn ngắn", "Thứ tự (1 = đầu)", "Khối chỗ ngồi"],
        groupProblem: { problem in
            switch problem {
            case .noSuchGroup(let text): "Không có nhóm “\(text)”; gõ số thứ tự hoặc tên nhóm."
            case .emptyName: "Tên nhóm không được trống."
            case .nameTaken(let other): "Đã có nhóm “\(other)”; hai nhóm không thể trùng tên."
            case .badOrder(let text, let count): "Thứ tự “\(text)” không hợp lệ; gõ số từ 1 đến \(count)."
            case .badBlock(let text): "Không có khối “\(text)”; gõ lãnh đạo, hội trường hoặc báo chí."
            }
        },
        block: { block in
            switch block {
            case .leaders: "lãnh đạo"
            case .hall: "hội trường"
            case .press: "báo chí"
            }
        },
        level: { level in
            switch level {
            case .province: "cấp tỉnh"
            case .commune: "cấp xã"
            case .guest: "khách mời"
            }
        },
        noGroups: "Chưa có nhóm thành phần — bấm I để nhập danh sách đại biểu, nhóm sẽ được tạo từ cột nhóm.",
        rankAction: "Bảng thứ bậc: đặt hoặc xoá thứ bậc của một chức danh (xem trước đoàn chủ tịch)",
        rankTitle: "Bảng thứ bậc chức danh — số nhỏ là cao hơn",
        rankFields: ["Chức danh", "Thứ bậc (trống = xoá)"],
        rankProblem: { problem in
            switch problem {
            case .emptyTitle: "Chức danh không được trống."
            case .badRank(let text): "“\(text)” không phải thứ bậc; gõ số nguyên lớn hơn 0 (ví dụ 210)."
            case .duplicateTitle(let title): "Chức danh “\(title)” có hai lần trong bảng; mỗi chức danh chỉ một thứ bậc."
            case .noSuchTitle(let title): "Bảng không có chức danh “\(title)”."
            }
        },
        overrideAction: "Đặt thứ bậc riêng cho đại biểu đang chọn",
        overrideTitle: { $0.isEmpty ? "Thứ bậc riêng của đại biểu" : "Thứ bậc riêng: \($0)" },
        overrideFields: ["Đại biểu (số hoặc tên)", "Thứ bậc (trống = bảng)"],
        noDelegateSelected: "Chọn một đại biểu trước (di chuyển tới ghế có người hoặc tìm bằng /).",
        presidiumUnchanged: "Đoàn chủ tịch không đổi.",
        presidiumChangeQuestion: { order, joining, leaving in
            var parts = ["Đoàn chủ tịch sẽ là: " + order.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: ", ")]
            if !joining.isEmpty { parts.append("vào: " + joining.joined(separator: ", ")) }
            if !leaving.isEmpty { parts.append("ra: " + leaving.joined(separator: ", ")) }
            return parts.joined(separator: " · ") + ". Lưu? (y/n)"
        },
        seatingSettingsAction: "Thiết lập xếp chỗ (nhìn từ đâu, hàng chẵn, số hàng lãnh đạo)",
        seatingSettingsTitle: "Thiết lập xếp chỗ — nhìn từ sân khấu hoặc khán giả",
        seatingSettingsFields: ["Nhìn từ", "Hàng chẵn: số 1 cạnh số", "Số hàng lãnh đạo"],
        viewpoint: { $0 == .stage ? "sân khấu" : "khán giả" },
        evenCentring: { $0 == .withNumberTwo ? "2" : "3" },
        badViewpoint: { "“\($0)” không hợp lệ; gõ sân khấu hoặc khán giả." },
        badEvenCentring: { "“\($0)” không hợp lệ; gõ 2 (số 1 cạnh số 2) hoặc 3." },
        badLeaderRows: { "“\($0)” không phải số hàng; gõ số từ 0 đến 20." },
        decisionAction: "Quyết định khen thưởng (số, ngày, người ký, hình thức)",
        decisionTitle: "Quyết định khen thưởng — số dạng 125/QĐ-UBND",
        decisionFields: ["Số quyết định", "Ngày (2026-03-20)", "Người ký", "Chức vụ người ký", "Hình thức khen thưởng"],
        badDecisionNumber: { "“\($0)” không phải số quyết định; viết dạng 125/QĐ-UBND." },
        badDecisionDate: { "“\($0)” không phải ngày; viết dạng 2026-03-20 hoặc 20/03/2026." },
        awardSettingsAction: "Thiết lập đợt trao (số người mỗi đợt, thời gian, người đọc quyết định)",
        awardSettingsTitle: "Thiết lập trao thưởng",
        awardSettingsFields: ["Số người mỗi đợt (1–50)", "Giây mỗi người", "Giây mỗi đợt", "Người đọc quyết định"],
        badWholeNumber: { field, text in "\(field): “\(text)” không phải số nguyên." },
        recipientAddAction: "Thêm người/tập thể được khen",
        recipientEditAction: "Sửa người/tập thể được khen đang chọn",
        recipientRemoveAction: "Xoá người/tập thể được khen đang chọn",
        recipientAddTitle: "Thêm người được khen",
        recipientEditTitle: "Sửa người được khen",
        recipientFields: ["Họ tên / tên tập thể", "Loại (cá nhân/tập thể)", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Người nhận thay tập thể"],
        recipientProblem: { problem in
            switch problem {
            case .noDecision: "Chưa có quyết định khen thưởng; bấm Q để nhập quyết định trước."
            case .emptyName: "Tên không được trống."
            case .badKind(let text): "Không có loại “\(text)”; gõ cá nhân hoặc tập thể."
            case .emptyForm: "Hình thức khen thưởng không được trống (ví dụ Bằng khen của Chủ tịch UBND tỉnh)."
            }
        },
        recipientRemoveQuestion: { "Xoá “\($0)” khỏi danh sách khen thưởng? (y/n)" },
        noRecipientSelected: "Chọn một người trong đợt trước (↑↓).",
        moveAction: "Chuyển người đang chọn sang đợt/vị trí khác",
        moveTitle: { "Chuyển \($0)" },
        moveFields: ["Sang đợt số", "Vị trí (trống = cuối)"],
        splitAction: "Tách đợt tại người đang chọn",
        mergeAction: "Gộp đợt sau vào đợt này",
        presenterAction: "Chọn lãnh đạo trao cho đợt này",
        batchEarlierAction: "Đưa đợt này lên trước một đợt",
        batchLaterAction: "Đưa đợt này xuống sau một đợt",
        presenterTitle: { "Người trao đợt \($0) — để trống là mặc định" },
        presenterFields: ["Đại biểu (số hoặc tên)"],
        awardProblem: { error in
            switch error {
            case .badBatchSize(let size): "Số người mỗi đợt \(size) không hợp lệ; gõ số từ 1 đến 50 (8–12 hợp với đa số sân khấu)."
            case .noSuchBatch(let number, let count): count == 0 ? "Chưa có đợt nào." : "Không có đợt \(number); các đợt đánh số 1 đến \(count)."
            case .noSuchRecipient(let text): "Không có người được khen “\(text)”."
            case .ambiguousRecipient(let text, _): "“\(text)” khớp nhiều người được khen; gõ số hiệu."
            case .presenterNotInRoster(let text): "“\(text)” không có trong danh sách đại biểu; người trao phải là đại biểu."
            case .ambiguousPresenter(let text, _): "“\(text)” khớp nhiều đại biểu; gõ số hiệu đại biểu."
            case .badSplit(let batch, _, let size): "Đợt \(batch) có \(size) người; chọn người từ thứ 2 đến thứ \(size) để tách."
            case .lastBatchCannotMerge(let batch): "Đợt \(batch) là đợt cuối; không có đợt sau để gộp."
            case .batchWouldBeEmpty(let batch): "Chuyển người này đi thì đợt \(batch) không còn ai; hãy gộp đợt thay vì chuyển."
            default: ErrorStrings.vietnamese.awards(error, .terminal)
            }
        },
        notAwardEditor: "Chỉ ban tổ chức sửa quyết định, người được khen và các đợt trao.",
        liveEndIfStartedNow: { "nếu bắt đầu ngay: kết thúc \($0)" },
        notSeatingEditor: "Chỉ ban tổ chức hoặc bộ phận lễ tân sửa nhóm, thứ bậc và thiết lập xếp chỗ.",
        blankProgramme: [
            "Chưa có chương trình — bấm a để thêm mục (tên, loại, số phút); K/J đổi thứ tự, r sửa.",
            "Bấm D để sửa thông tin hội nghị (tên, ngày, giờ bắt đầu, địa điểm, múi giờ).",
            "Dòng lệnh: podium programme add \"Khai mạc\" --kind opening --minutes 10",
        ],
        blankNoDelegates: "Chưa có đại biểu — bấm I để nhập danh sách (nhóm được tạo từ cột nhóm).",
        blankNoHall: "Chưa có sơ đồ hội trường — bấm H để dựng (p số ghế đoàn chủ tịch, a thêm khu ghế).",
        blankNoLeaders: "Chưa nhóm nào ngồi đoàn chủ tịch — bấm N, chọn nhóm và đặt khối “lãnh đạo”.",
        blankSeatingMore: "N nhóm · T thứ bậc chức danh · O thứ bậc riêng · S thiết lập xếp chỗ · A xếp chỗ tự động.",
        blankSpeakers: [
            "Chưa có tham luận — bấm a để thêm từng người, hoặc I để nhập danh sách tham luận.",
            "Cần có mục “tham luận” trong chương trình (khung 1, phím a).",
        ],
        blankNoDecision: "Chưa có quyết định khen thưởng — bấm Q để nhập số, ngày, người ký, hình thức.",
        blankNoRecipients: "Chưa có người được khen — bấm I để nhập danh sách, hoặc a để thêm từng người.",
        blankAwardsMore: "B thiết lập đợt trao (số người mỗi đợt) · dòng lệnh: podium recipients add, podium awards batches.",
        blankChecklist: [
            "Chưa có công việc — bấm a để thêm việc (tên, đơn vị, người phụ trách, hạn), hoặc I để nhập danh sách.",
        ],
        blankProtocolOnly: " (vai Lễ tân: mở bằng podium --role protocol)",
        blankOrganiserOnly: " (vai Ban tổ chức: mở bằng podium --role organizer)"
    )

    public static let english = SetupStrings(
        groupsAction: "Edit participant groups (name, short label, precedence, seating block)",
        groupsTitle: "Participant groups — blocks: leaders, hall, press",
        groupsFields: ["Group (number or name)", "Name", "Short label", "Precedence (1 = first)", "Seating block"],
        groupProblem: { problem in
            switch problem {
            case .noSuchGroup(let text): "There is no group “\(text)”; type its number or name."
            case .emptyName: "The group's name cannot be empty."
            case .nameTaken(let other): "There is already a group “\(other)”; two groups cannot share a name."
            case .badOrder(let text, let count): "Precedence “\(text)” is not valid; type a number from 1 to \(count)."
            case .badBlock(let text): "There is no block “\(text)”; type leaders, hall or press."
            }
        },
        block: { $0.rawValue },
        level: { level in
            switch level {
            case .province: "province"
            case .commune: "commune"
            case .guest: "guest"
            }
        },
        noGroups: "No participant groups yet — press I to import the delegate list; groups are made from its group column.",
        rankAction: "Rank table: set or remove a title's rank (previews the presidium)",
        rankTitle: "Rank table — lower is more senior",
        rankFields: ["Title", "Rank (empty = remove)"],
        rankProblem: { problem in
            switch problem {
            case .emptyTitle: "The title cannot be empty."
            case .badRank(let text): "“\(text)” is not a rank; type a whole number above 0 (e.g. 210)."
            case .duplicateTitle(let title): "The title “\(title)” is in the table twice; each title has one rank."
            case .noSuchTitle(let title): "The table has no title “\(title)”."
            }
        },
        overrideAction: "Give the selected delegate a rank of their own",
        overrideTitle: { $0.isEmpty ? "A delegate's own rank" : "Own rank: \($0)" },
        overrideFields: ["Delegate (id or name)", "Rank (empty = table)"],
        noDelegateSelected: "Select a delegate first (move to an occupied seat or search with /).",
        presidiumUnchanged: "The presidium does not change.",
        presidiumChangeQuestion: { order, joining, leaving in
            var parts = ["The presidium becomes: " + order.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: ", ")]
            if !joining.isEmpty { parts.append("in: " + joining.joined(separator: ", ")) }
            if !leaving.isEmpty { parts.append("out: " + leaving.joined(separator: ", ")) }
            return parts.joined(separator: " · ") + ". Save? (y/n)"
        },
        seatingSettingsAction: "Seating settings (viewpoint, even rows, leader rows)",
        seatingSettingsTitle: "Seating settings — seen from the stage or the audience",
        seatingSettingsFields: ["Seen from", "Even row: no. 1 beside no.", "Leader rows"],
        viewpoint: { $0.rawValue },
        evenCentring: { $0 == .withNumberTwo ? "2" : "3" },
        badViewpoint: { "“\($0)” is not valid; type stage or audience." },
        badEvenCentring: { "“\($0)” is not valid; type 2 (no. 1 beside no. 2) or 3." },
        badLeaderRows: { "“\($0)” is not a number of rows; type one from 0 to 20." },
        decisionAction: "Award decision (number, date, signer, form of award)",
        decisionTitle: "Award decision — number as 125/QĐ-UBND",
        decisionFields: ["Number", "Date (2026-03-20)", "Signer", "Signer's title", "Form of award"],
        badDecisionNumber: { "“\($0)” is not a decision number; write it as 125/QĐ-UBND." },
        badDecisionDate: { "“\($0)” is not a date; write it as 2026-03-20 or 20/03/2026." },
        awardSettingsAction: "Batch settings (recipients per batch, timings, who reads the decision)",
        awardSettingsTitle: "Award settings",
        awardSettingsFields: ["Recipients per batch (1–50)", "Seconds per recipient", "Seconds per batch", "Reader of the decision"],
        badWholeNumber: { field, text in "\(field): “\(text)” is not a whole number." },
        recipientAddAction: "Add an award recipient",
        recipientEditAction: "Edit the selected recipient",
        recipientRemoveAction: "Remove the selected recipient",
        recipientAddTitle: "Add recipient",
        recipientEditTitle: "Edit recipient",
        recipientFields: ["Name", "Kind (individual/collective)", "Title", "Unit", "Form of award", "Representative (collective)"],
        recipientProblem: { problem in
            switch problem {
            case .noDecision: "There is no award decision yet; press Q to enter it first."
            case .emptyName: "The name cannot be empty."
            case .badKind(let text): "There is no kind “\(text)”; type individual or collective."
            case .emptyForm: "The form of award cannot be empty (e.g. Bằng khen của Chủ tịch UBND tỉnh)."
            }
        },
        recipientRemoveQuestion: { "Remove “\($0)” from the awards? (y/n)" },
        noRecipientSelected: "Select a recipient in the batch first (↑↓).",
        moveAction: "Move the selected recipient to another batch or place",
        moveTitle: { "Move \($0)" },
        moveFields: ["To batch", "Place (empty = at the end)"],
        splitAction: "Split the batch at the selected recipient",
        mergeAction: "Merge the next batch into this one",
        presenterAction: "Choose the leader who presents this batch",
        batchEarlierAction: "Move this batch one place earlier",
        batchLaterAction: "Move this batch one place later",
        presenterTitle: { "Presenter of batch \($0) — empty for the default" },
        presenterFields: ["Delegate (id or name)"],
        awardProblem: { error in
            switch error {
            case .batchWouldBeEmpty(let batch): "Moving this recipient would leave batch \(batch) empty; merge the batches instead."
            default: ErrorStrings.english.awards(error, .terminal)
            }
        },
        notAwardEditor: "Only organisers edit the decision, the recipients and the batches.",
        liveEndIfStartedNow: { "if started now: ends \($0)" },
        notSeatingEditor: "Only organisers or protocol staff edit groups, ranks and seating settings.",
        blankProgramme: [
            "No programme yet — press a to add a segment (title, kind, minutes); K/J reorder, r edits.",
            "Press D to edit the event's details (title, date, start, venue, time zone).",
            "Command line: podium programme add \"Opening\" --kind opening --minutes 10",
        ],
        blankNoDelegates: "No delegates yet — press I to import the list (groups are made from its group column).",
        blankNoHall: "No hall plan yet — press H to build it (p presidium seats, a add a block of seats).",
        blankNoLeaders: "No group sits on the presidium yet — press N, choose the group and set its block to “leaders”.",
        blankSeatingMore: "N groups · T rank table · O own rank · S seating settings · A auto-assign seats.",
        blankSpeakers: [
            "No contributions yet — press a to add one, or I to import the list.",
            "The programme needs a “contributions” segment (pane 1, key a).",
        ],
        blankNoDecision: "No award decision yet — press Q to enter its number, date, signer and form of award.",
        blankNoRecipients: "No recipients yet — press I to import the list, or a to add one at a time.",
        blankAwardsMore: "B batch settings (recipients per batch) · command line: podium recipients add, podium awards batches.",
        blankChecklist: [
            "No tasks yet — press a to add one (title, agency, owner, due), or I to import the list.",
        ],
        blankProtocolOnly: " (protocol role: open with podium --role protocol)",
        blankOrganiserOnly: " (organiser role: open with podium --role organizer)"
    )
}

extension SetupStrings {
    public func seatingProblem(_ problem: SeatingSettingsDraft.Problem) -> String {
        switch problem {
        case .badViewpoint(let text): badViewpoint(text)
        case .badEvenCentring(let text): badEvenCentring(text)
        case .badLeaderRows(let text): badLeaderRows(text)
        }
    }
}
