import PodiumCore

/// The words of the event file reader's problems (`EventFileIssue`), in both languages;
/// `SpreadsheetStrings.issue` uses them for `SpreadsheetIssue.eventFile`.
enum EventFileWords {
    static func vietnamese(_ issue: EventFileIssue) -> String {
        let syntax = "hãy sửa cú pháp YAML ở đó (thụt lề, thiếu dấu ngoặc kép hoặc dấu hai chấm)"
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        switch issue {
        case .empty: return "tệp trống; hãy xuất một sự kiện bằng `podium export event` để xem cấu trúc tệp"
        case .syntax(let detail): return "không đọc được YAML (\(detail)); \(syntax)"
        case .repeatedKeys(let keys): return "khoá \(list(keys)) xuất hiện hai lần trong cùng một khối; hãy giữ lại một"
        case .notUTF8(let detail): return "tệp không phải văn bản UTF-8 hợp lệ (\(detail)); hãy lưu tệp dưới dạng văn bản UTF-8"
        case .notAMapping(let part): return "\(Self.part(part, vietnamese: true)) phải là một khối các dòng \"khoá: giá trị\""
        case .unknownField(let part, let field, let known):
            return "\(Self.part(part, vietnamese: true)) không có trường \"\(field)\"; các trường hợp lệ: \(list(known))"
        case .repeatedField(let part, let field): return "trường \"\(field)\" xuất hiện hai lần trong \(Self.part(part, vietnamese: true)); hãy giữ lại một"
        case .missingField(let part, let field): return "\(Self.part(part, vietnamese: true)) thiếu trường \"\(field)\"; hãy thêm trường này"
        case .notWholeNumber(let field, let lowest, let highest): return "\"\(field)\" phải là số nguyên từ \(lowest) đến \(highest)"
        case .notTrueOrFalse(let field): return "\"\(field)\" phải là true hoặc false"
        case .notADate(let text): return "“\(text)” không phải ngày; hãy ghi theo dạng 2026-03-26"
        case .notATime(let text): return "“\(text)” không phải giờ trong ngày; hãy ghi theo dạng 08:00"
        case .notAChoice(let field, let text, let allowed): return "“\(text)” không phải giá trị hợp lệ của \"\(field)\"; hãy dùng một trong: \(list(allowed))"
        case .notAList(let field): return "\"\(field)\" phải là một danh sách (các dòng bắt đầu bằng \"- \")"
        case .entryNotWholeNumber(let field, let lowest, let highest): return "mỗi mục của \"\(field)\" phải là số nguyên từ \(lowest) đến \(highest)"
        case .entryNotText(let field): return "mỗi mục của \"\(field)\" phải là một đoạn văn bản"
        case .notText(let field): return "\"\(field)\" phải là văn bản, không phải danh sách hay khối"
        case .newerFormat(let version, let supported):
            return "tệp theo định dạng \(version), phiên bản Podium này chỉ đọc đến định dạng \(supported); hãy cập nhật Podium"
        case .noEventSection: return "tệp không có mục \"event\" (tiêu đề, ngày, giờ bắt đầu …); hãy thêm mục này"
        case .settingNotText: return "mỗi thiết lập phải có dạng \"tên: văn bản\""
        case .settingsNotMapping: return "\"settings\" phải là một khối các dòng \"tên: văn bản\""
        case .unknownTimeZone(let zone): return "“\(zone)” không phải tên múi giờ; hãy ghi một tên như Asia/Ho_Chi_Minh hoặc UTC"
        case .unknownGroupKey(let key, let known): return "“\(key)” không phải mã của nhóm thành phần nào; hãy dùng một trong: \(list(known))"
        case .unknownFlag(let name, let known): return "“\(name)” không phải đánh dấu của đại biểu; hãy dùng: \(list(known))"
        case .unknownSegment(let id): return "không có mục chương trình mã \(id); hãy dùng mã của một mục chương trình hoặc null"
        case .notASeat(let text): return "“\(text)” không phải một ghế; hãy ghi theo dạng HÀNG-GHẾ, ví dụ 3-12"
        case .repeatedID(let part, let id):
            return "\(Self.noun(part, vietnamese: true)) khác đã có mã \(id); hãy đặt mã mới cho mục này hoặc xoá dòng"
        case .unknownDelegate(let id, let role):
            let what = role == .speaker ? "đại biểu trình bày tham luận" : "người trao của đợt"
            return "không có đại biểu mã \(id) (\(what)); hãy dùng mã của một đại biểu trong \"delegates\" hoặc null"
        case .seatForUnknownDelegate(let id): return "không có đại biểu mã \(id); hãy xếp chỗ cho một đại biểu trong \"delegates\" hoặc xoá chỗ này"
        case .seatedTwice(let id, let line): return "đại biểu \(id) đã có ghế ở dòng \(line); mỗi đại biểu chỉ xếp một chỗ"
        case .batchEntryNotID: return "mỗi mục của \"recipients\" phải là mã của một người nhận khen thưởng, là số nguyên"
        case .unknownRecipient(let id): return "không có người nhận khen thưởng mã \(id); hãy dùng mã của một người trong \"awards\""
        case .recipientInTwoBatches(let id, let batch): return "người nhận khen thưởng \(id) đã có trong đợt \(batch); mỗi người chỉ thuộc một đợt"
        case .emptyBatch: return "đợt trao thưởng cần ít nhất một người nhận; hãy ghi mã người nhận hoặc xoá đợt"
        case .indexMaximaTotal(let sum, let declared):
            return "điểm tối đa các lĩnh vực cộng lại là \(sum.vietnamese), không bằng tổng \(declared.vietnamese); hãy sửa cho khớp"
        case .unknownIndexGroup(let group): return "không có khối chỉ số “\(group)”; hãy dùng một mã ghi trong \"groups\""
        case .indexUnitTwice(let name): return "“\(name)” được ghi hai lần; mỗi đơn vị chỉ ghi một lần"
        case .notPoints(let field): return "\"\(field)\" phải là số điểm từ 0 trở lên, ví dụ 9.23"
        case .noFinalPoints: return "đơn vị trong chỉ số thiếu \"final\": điểm của đơn vị, mỗi lĩnh vực một số"
        case .pointsCount(let field, let count, let fields):
            return "\"\(field)\" có \(count) số nhưng bộ chỉ số có \(fields) lĩnh vực; hãy ghi mỗi lĩnh vực một số"
        case .entryNotPoints(let field): return "mỗi mục của \"\(field)\" phải là số điểm từ 0 trở lên"
        case .aboveIndexMaximum(let points, let maximum, let field):
            return "\(points.vietnamese) điểm vượt tối đa \(maximum.vietnamese) của lĩnh vực “\(field)”; hãy sửa điểm này"
        }
    }

    static func english(_ issue: EventFileIssue) -> String {
        let syntax = "fix the YAML syntax there (indentation, a missing quote or colon)"
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        switch issue {
        case .empty: return "the file is empty; export an event with `podium export event` to see the layout"
        case .syntax(let detail): return "not readable as YAML (\(detail)); \(syntax)"
        case .repeatedKeys(let keys): return "the key \(list(keys)) appears twice in one mapping; keep one"
        case .notUTF8(let detail): return "the file is not valid UTF-8 text (\(detail)); save it as UTF-8 text"
        case .notAMapping(let part): return "\(Self.part(part, vietnamese: false)) must be a mapping of \"key: value\" lines"
        case .unknownField(let part, let field, let known):
            return "\(Self.part(part, vietnamese: false)) has no field \"\(field)\"; known fields: \(list(known))"
        case .repeatedField(let part, let field): return "\"\(field)\" appears twice in \(Self.part(part, vietnamese: false)); keep one"
        case .missingField(let part, let field): return "\(Self.part(part, vietnamese: false)) needs \"\(field)\"; add it"
        case .notWholeNumber(let field, let lowest, let highest): return "\"\(field)\" must be a whole number from \(lowest) to \(highest)"
        case .notTrueOrFalse(let field): return "\"\(field)\" must be true or false"
        case .notADate(let text): return "\"\(text)\" is not a date; write it as 2026-03-26"
        case .notATime(let text): return "\"\(text)\" is not a time of day; write it as 08:00"
        case .notAChoice(let field, let text, let allowed): return "\"\(text)\" is not a valid \(field); use one of: \(list(allowed))"
        case .notAList(let field): return "\"\(field)\" must be a list (lines starting with \"- \")"
        case .entryNotWholeNumber(let field, let lowest, let highest): return "each entry of \"\(field)\" must be a whole number from \(lowest) to \(highest)"
        case .entryNotText(let field): return "each entry of \"\(field)\" must be a plain text"
        case .notText(let field): return "\"\(field)\" must be a text, not a list or mapping"
        case .newerFormat(let version, let supported): return "the file is format \(version), this Podium reads up to \(supported); update Podium"
        case .noEventSection: return "the file has no \"event\" section (title, date, start …); add one"
        case .settingNotText: return "each setting must be \"name: text\""
        case .settingsNotMapping: return "\"settings\" must be a mapping of \"name: text\" lines"
        case .unknownTimeZone(let zone): return "\"\(zone)\" is not a time zone name; write one such as Asia/Ho_Chi_Minh or UTC"
        case .unknownGroupKey(let key, let known): return "\"\(key)\" is not the key of a group; use one of: \(list(known))"
        case .unknownFlag(let name, let known): return "\"\(name)\" is not a delegate flag; use: \(list(known))"
        case .unknownSegment(let id): return "no programme item has id \(id); use the id of a programme item or null"
        case .notASeat(let text): return "\"\(text)\" is not a seat; write it as ROW-SEAT, e.g. 3-12"
        case .repeatedID(let part, let id): return "another \(Self.noun(part, vietnamese: false)) already has id \(id); give this one a new id or remove the line"
        case .unknownDelegate(let id, let role):
            let what = role == .speaker ? "the speaking delegate" : "the batch's presenter"
            return "no delegate has id \(id) (\(what)); use the id of one in \"delegates\" or null"
        case .seatForUnknownDelegate(let id): return "no delegate has id \(id); seat a delegate listed in \"delegates\" or remove this assignment"
        case .seatedTwice(let id, let line): return "delegate \(id) already has a seat on line \(line); keep one assignment per delegate"
        case .batchEntryNotID: return "each entry of \"recipients\" must be the id of a recipient, a whole number"
        case .unknownRecipient(let id): return "no recipient has id \(id); use the id of a recipient listed under \"awards\""
        case .recipientInTwoBatches(let id, let batch): return "recipient \(id) is already in batch \(batch); keep it in one batch"
        case .emptyBatch: return "a batch needs at least one recipient; list recipient ids or remove the batch"
        case .indexMaximaTotal(let sum, let declared): return "the fields' maxima add up to \(sum), not the total of \(declared); make them agree"
        case .unknownIndexGroup(let group): return "there is no index group \"\(group)\"; use a key listed under \"groups\""
        case .indexUnitTwice(let name): return "\"\(name)\" is listed twice; list each unit once"
        case .notPoints(let field): return "\"\(field)\" must be a number of points, 0 or more, such as 9.23"
        case .noFinalPoints: return "an index unit needs \"final\": its points, one per field"
        case .pointsCount(let field, let count, let fields): return "\"\(field)\" holds \(count) numbers but the scheme has \(fields) fields; give one per field"
        case .entryNotPoints(let field): return "each entry of \"\(field)\" must be a number of points, 0 or more"
        case .aboveIndexMaximum(let points, let maximum, let field): return "\(points) is above the maximum of \(maximum) for \"\(field)\""
        }
    }

    /// A part as the subject of a sentence: "a rank rule", "mục event (thông tin sự kiện)".
    static func part(_ part: EventFileIssue.Part, vietnamese: Bool) -> String {
        switch part {
        case .file: vietnamese ? "tệp sự kiện" : "the event file"
        case .event: vietnamese ? "mục event (thông tin sự kiện)" : "the event section"
        case .hall: vietnamese ? "mục hall (hội trường)" : "the hall"
        case .rankTable: vietnamese ? "mục rank_table (bảng thứ bậc)" : "the rank table"
        case .seating: vietnamese ? "mục seating (xếp chỗ)" : "the seating section"
        case .seatingSettings: vietnamese ? "thiết lập xếp chỗ" : "the seating settings"
        case .awardPlan: vietnamese ? "mục award_plan (kế hoạch trao thưởng)" : "the award plan"
        case .awardSettings: vietnamese ? "thiết lập trao thưởng" : "the award settings"
        case .index: vietnamese ? "mục par_index (chỉ số)" : "the index section"
        default: vietnamese ? "một " + noun(part, vietnamese: true) : (noun(part, vietnamese: false).first.map { "aeiou".contains($0) } == true ? "an " : "a ") + noun(part, vietnamese: false)
        }
    }

    /// A part as a plain noun: "rank rule", "quy tắc thứ bậc".
    static func noun(_ part: EventFileIssue.Part, vietnamese: Bool) -> String {
        switch part {
        case .file: vietnamese ? "tệp sự kiện" : "event file"
        case .event: vietnamese ? "mục thông tin sự kiện" : "event section"
        case .programmeItem: vietnamese ? "mục chương trình" : "programme item"
        case .group: vietnamese ? "nhóm thành phần" : "group"
        case .delegate: vietnamese ? "đại biểu" : "delegate"
        case .contribution: vietnamese ? "tham luận" : "contribution"
        case .awardDecision: vietnamese ? "quyết định khen thưởng" : "award decision"
        case .recipient: vietnamese ? "người nhận khen thưởng" : "recipient"
        case .checklistItem: vietnamese ? "việc trong danh mục" : "checklist item"
        case .hall: vietnamese ? "hội trường" : "hall"
        case .hallSection: vietnamese ? "khu ghế của hội trường" : "hall section"
        case .rankTable: vietnamese ? "bảng thứ bậc" : "rank table"
        case .rankRule: vietnamese ? "quy tắc thứ bậc" : "rank rule"
        case .seating: vietnamese ? "mục xếp chỗ" : "seating section"
        case .seatAssignment: vietnamese ? "chỗ ngồi đã xếp" : "seat assignment"
        case .seatingSettings: vietnamese ? "thiết lập xếp chỗ" : "seating settings"
        case .awardPlan: vietnamese ? "kế hoạch trao thưởng" : "award plan"
        case .awardBatch: vietnamese ? "đợt trao thưởng" : "award batch"
        case .awardSettings: vietnamese ? "thiết lập trao thưởng" : "award settings"
        case .index: vietnamese ? "mục chỉ số" : "index section"
        case .indexField: vietnamese ? "lĩnh vực chỉ số" : "index field"
        case .indexTier: vietnamese ? "mức xếp loại chỉ số" : "index tier"
        case .indexGroup: vietnamese ? "khối chỉ số" : "index group"
        case .indexUnit: vietnamese ? "đơn vị trong chỉ số" : "index unit"
        }
    }
}
