import PodiumCore
import PodiumStore
import TermCore

extension ErrorStrings {
    public static let vietnamese: ErrorStrings = ErrorStrings(
        store: { error, i in
            switch error {
            case .fileExists(let path): "Tệp \(path) đã có; chọn tên tệp khác hoặc mở sự kiện đã có."
            case .notFound(let path): "Không có tệp \(path); kiểm tra đường dẫn hoặc tạo sự kiện trước."
            case .notAPodiumEvent(let path, let reason):
                "\(path) không phải tệp sự kiện Podium (\(reason)); tệp được giữ nguyên — hãy mở tệp do Podium tạo."
            case .newerSchema(let path, let found, let supported):
                "\(path) do phiên bản Podium mới hơn ghi (lược đồ \(found), bản này đọc đến \(supported)); hãy cập nhật Podium để mở."
            case .readOnly(let path): "\(path) đang mở chỉ để đọc nên thay đổi chưa được lưu; hãy mở một bản sao ghi được để sửa."
            case .corrupt(let path, let detail): "\(path) bị hỏng (\(detail)); hãy khôi phục từ bản sao lưu hoặc tạo lại sự kiện."
            case .sqlite(let path, let detail):
                "\(path): cơ sở dữ liệu báo lỗi \"\(detail)\"; hãy thử lại, nếu vẫn lỗi thì sao chép tệp và báo lại."
            case .refused(let refusal): ErrorStrings.vietnamese.refusal(refusal, i)
            case .noSuchRecord(let kind, let id, let path):
                "Không có \(recordName(kind)) mã \(id) trong \(path); "
                    + i.advice(key: "sự kiện vừa thay đổi ở máy khác, hãy chọn lại.", flag: "xem mã bằng \(listCommand(kind)).")
            case .standInNeedsName:
                "Người dự thay cần có tên; " + i.advice(key: "gõ tên rồi bấm Enter.", flag: "ghi họ tên người dự thay.")
            case .noAutoAssignmentToUndo:
                "Không có lần xếp tự động nào để hoàn tác: chưa xếp tự động, hoặc ghế đã thay đổi sau đó; hãy sửa ghế bằng tay."
            case .autoAssignmentNotKept(let id):
                "Lần xếp tự động ở mục nhật ký \(id) không lưu sơ đồ cũ nên không hoàn tác được; hãy sửa ghế bằng tay."
            case .replaced(let path):
                "\(path) đã bị thay bằng tệp khác từ lúc mở; không ghi thêm gì — hãy mở lại sự kiện để tiếp tục."
            case .vanished(let path): "\(path) đã bị xóa từ lúc mở; không ghi thêm gì — hãy khôi phục tệp rồi mở lại."
            case .movedWhileSaving(let path):
                "\(path) bị chuyển đi hoặc bị thay ngay lúc đang lưu: thay đổi nằm trong tệp đã mở, tệp này không còn ở đường dẫn cũ; không ghi thêm gì — hãy tìm tệp đã bị chuyển và mở lại."
            case .writeFailed(let path, let detail):
                "\(path): không ghi được thay đổi (\(detail)); chưa lưu gì — hãy giải phóng dung lượng đĩa hoặc nâng giới hạn kích thước tệp rồi thử lại."
            case .unwritableFact(let name):
                "Mục nhật ký \"\(name)\" là loại phiên bản Podium này chỉ đọc, không ghi; chưa ghi gì. Đây là lỗi của Podium, hãy báo lại."
            case .nothingToRecord(let action):
                "Thao tác \(action) không tạo ra bước nào để ghi; chưa ghi gì. Đây là lỗi của Podium, hãy báo lại."
            case .busy(let path):
                "\(path) đang bận ghi thay đổi của một cửa sổ khác (chẳng hạn một lần nhập danh sách lớn); chưa ghi gì — hãy thử lại sau giây lát."
            }
        },
        show: { error, i in
            switch error {
            case .alreadyStarted:
                "Chương trình đã bắt đầu; "
                    + i.advice(key: "bấm n để sang mục tiếp theo.", flag: "dùng `podium show next` để sang mục tiếp theo hoặc `podium show status` để xem đang ở đâu.")
            case .notStarted:
                "Chương trình chưa bắt đầu; " + i.advice(key: "bấm s ở khung 1 để bắt đầu.", flag: "bắt đầu bằng `podium show start`.")
            case .finished:
                "Chương trình đã kết thúc; "
                    + i.advice(key: "bấm u để hoàn tác việc kết thúc rồi chạy tiếp.", flag: "hoàn tác việc kết thúc bằng `podium show undo` để chạy tiếp.")
            case .noProgramme:
                "Chương trình chưa có mục nào; "
                    + i.advice(key: "thêm mục ở khung 1 (phím a) trước khi bắt đầu.", flag: "nhập chương trình (`podium import programme TỆP`) trước khi bắt đầu.")
            case .atLastSegment:
                "Đây là mục cuối, không còn mục tiếp theo" + i.advice(key: ".", flag: "; kết thúc chương trình bằng `podium show end`.")
            case .atFirstSegment: "Đây là mục đầu tiên, không có mục trước."
            case .alreadyHeld: "Đồng hồ đang tạm dừng; " + i.advice(key: "bấm h để chạy tiếp.", flag: "chạy tiếp bằng `podium show resume`.")
            case .notHeld: "Đồng hồ không tạm dừng."
            case .badExtension(let minutes): "Không thể kéo dài \(minutes) phút; ghi số phút nguyên từ 1 đến 120."
            case .unknownSegment(let id):
                "Không có mục chương trình mã \(id); "
                    + i.advice(key: "chọn một mục trong khung 1.", flag: "xem mã các mục bằng `podium show status --json`.")
            case .nothingToUndo: "Không có thao tác điều hành nào để hoàn tác."
            case .emptyMessage: "Lời nhắn trống; hãy ghi nội dung cần hiện trên sân khấu."
            case .notInContributions:
                "Phần tham luận chưa diễn ra; "
                    + i.advice(key: "chuyển chương trình đến phần đó trước (Enter ở khung 1, hoặc n).",
                               flag: "chuyển chương trình đến phần đó trước (`podium show jump MÃ` hoặc `podium show next`).")
            case .speakerAlreadySpoke(let id):
                "Tham luận \(id) đã trình bày xong" + i.advice(key: ".", flag: "; xem `podium speakers list`.")
            case .unknownSpeaker(let id): "Không có tham luận mã \(id)" + i.advice(key: ".", flag: "; xem mã bằng `podium speakers list`.")
            case .speakerWithdrawn(let id):
                "Tham luận \(id) đã rút; "
                    + i.advice(key: "khôi phục trước (phím r ở khung 3).", flag: "khôi phục trước bằng `podium speakers restore \(id)`.")
            case .noSpeakerLeft:
                "Không còn ai trong danh sách tham luận; "
                    + i.advice(key: "bấm n để rời phần tham luận.", flag: "dùng `podium show next` để rời phần tham luận.")
            case .rehearsalFinished:
                "Buổi tập dượt đã kết thúc; "
                    + i.advice(key: "bấm R ở khung 1 để cất buổi tập sang một bên và tập lại từ đầu.",
                               flag: "cất buổi tập sang một bên bằng `podium show reset --yes` để tập lại từ đầu.")
            case .notARehearsal:
                "Chương trình đang chạy là buổi thật, không phải tập dượt, nên nhật ký không cất sang một bên được"
                    + i.advice(key: " (hoàn tác bằng phím u).", flag: " (hoàn tác bằng `podium show undo`).")
            case .nothingToReset: "Không có buổi tập dượt nào để cất; chương trình chưa bắt đầu."
            }
        },
        speakers: { error, i in
            switch error {
            case .unknown(let id):
                "Không có tham luận mã \(id)" + i.advice(key: "; danh sách vừa thay đổi, hãy chọn lại.", flag: "; xem mã bằng `podium speakers list`.")
            case .emptyTopic: "Nội dung tham luận trống; " + i.advice(key: "hãy nhập tên tham luận.", flag: "ghi tên tham luận sau --topic.")
            case .emptyUnit: "Đơn vị trình bày trống; " + i.advice(key: "hãy nhập đơn vị.", flag: "ghi đơn vị sau --unit.")
            case .badMinutes(let minutes):
                "Không thể dành \(minutes) phút; ghi số phút nguyên từ 1 đến \(SpeakerQueueError.maximumMinutes)."
            case .positionOutOfRange(let position, let count):
                "Không có vị trí \(position) trong danh sách \(count) tham luận; ghi vị trí từ 1 đến \(count)."
            case .alreadyWithdrawn(let id):
                "Tham luận \(id) đã rút rồi; " + i.advice(key: "bấm r để khôi phục.", flag: "khôi phục bằng `podium speakers restore \(id)`.")
            case .notWithdrawn(let id): "Tham luận \(id) chưa rút, không có gì để khôi phục."
            case .alreadySpoke(let id): "Tham luận \(id) đã trình bày xong, không rút được."
            case .speakingNow(let id, let name):
                "\(name.isEmpty ? "Tham luận \(id)" : name) đang trình bày; "
                    + i.advice(key: "bấm w và xác nhận để rút và kết thúc phần trình bày.", flag: "thêm --force để rút và kết thúc phần trình bày.")
            case .speakerNotInRoster(let name):
                "“\(name)” chưa có trong danh sách đại biểu; "
                    + i.advice(key: "hãy kiểm tra chính tả.", flag: "thêm --add-delegate --group MÃ_NHÓM để thêm người này, hoặc kiểm tra chính tả.")
            case .unknownGroup(let key): "Không có nhóm đại biểu “\(key)”" + i.advice(key: ".", flag: "; xem mã nhóm bằng `podium info`.")
            }
        },
        awards: { error, i in
            switch error {
            case .badBatchSize(let size):
                "Không thể chia đợt \(size) người; ghi số nguyên từ 1 đến 50 (8–12 người hợp với hầu hết sân khấu)."
            case .noSuchBatch(let number, let count):
                count == 0
                    ? "Không có đợt \(number): chưa chia đợt nào; hãy chia đợt bằng `podium awards batches --rebuild`."
                    : "Không có đợt \(number); các đợt đánh số từ 1 đến \(count)."
            case .noSuchRecipient(let text):
                "Không có người nhận nào khớp “\(text)”; ghi mã hoặc tên như `podium awards batches` liệt kê."
            case .ambiguousRecipient(let text, let candidates):
                "“\(text)” khớp nhiều người nhận: \(candidates.joined(separator: "; ")); hãy ghi mã thay cho tên."
            case .presenterNotInRoster(let text):
                "“\(text)” không có trong danh sách đại biểu; người trao phải là đại biểu (ghi mã hoặc tên trong danh sách)."
            case .ambiguousPresenter(let text, let candidates):
                "“\(text)” khớp nhiều đại biểu: \(candidates.joined(separator: "; ")); hãy ghi mã đại biểu thay cho tên."
            case .badSplit(let batch, let at, let size):
                "Đợt \(batch) có \(size) người nên không tách trước vị trí \(at) được; ghi vị trí từ 2 đến \(size)."
            case .lastBatchCannotMerge(let batch): "Đợt \(batch) là đợt cuối, không có đợt sau để gộp vào."
            case .batchWouldBeEmpty(let batch):
                "Chuyển người này đi thì đợt \(batch) không còn ai; " + i.advice(key: "hãy gộp các đợt (phím M).", flag: "hãy gộp các đợt (`podium awards merge`).")
            case .cannotRemoveTicked(let name):
                "\(name) đã nhận khen thưởng trong buổi này; " + i.advice(key: "bỏ đánh dấu trước (Space) rồi mới xóa.", flag: "bỏ đánh dấu trước (`podium awards untick`) rồi mới xóa.")
            case .alreadyTicked(let name):
                "\(name) đã nhận khen thưởng; "
                    + i.advice(key: "bấm Space để bỏ đánh dấu nếu nhầm.", flag: "bỏ đánh dấu bằng `podium awards untick` nếu nhầm.")
            case .notTicked(let name): "\(name) chưa được đánh dấu nên không có gì để bỏ."
            case .notInCurrentBatch(let name, let batch, let current):
                "\(name) thuộc đợt \(batch), nhưng đợt \(current) đang trên sân khấu; hãy chuyển sang đợt đó trước hoặc chuyển người nhận sang đợt này."
            case .atLastBatch:
                "Đây là đợt cuối, không còn đợt tiếp theo; "
                    + i.advice(key: "bấm n ở khung 1 để kết thúc phần khen thưởng.", flag: "kết thúc phần khen thưởng bằng `podium show next`.")
            case .atFirstBatch: "Đây là đợt đầu tiên, không có đợt trước."
            case .noBatches: "Chưa chia đợt nào; hãy chia đợt bằng `podium awards batches --rebuild`."
            case .badSeconds(let timing, let value):
                "\(value) giây không dùng được cho \(timingName(timing)); ghi số giây nguyên từ 0 đến 3600."
            }
        },
        seating: { error, i in
            switch error {
            case .noSuchSeat(let seat):
                "Không có ghế “\(seat)” trong hội trường" + i.advice(key: ".", flag: "; ghi số ghế như P1 hoặc B2-05 (xem `podium seat list`).")
            case .unusableSeat(let seat): "Ghế \(seat) không sử dụng được; hãy chọn ghế khác."
            case .emptySeat(let seat): "Ghế \(seat) đang trống; hãy xếp người vào ghế trước."
            case .lockedSeat(let seat, let occupant):
                "Ghế \(seat) đã khóa cho \(occupant); " + i.advice(key: "mở khóa trước (phím l).", flag: "mở khóa trước (`podium seat unlock \(seat)`).")
            case .seatTaken(let seat, let occupant):
                "Ghế \(seat) đã có \(occupant); "
                    + i.advice(key: "chọn người rồi thả vào ghế này (Enter) để đổi chỗ.", flag: "hãy đổi chỗ hai ghế (`podium seat swap`).")
            case .noSuchDelegate(let query): "Không có đại biểu nào tên khớp “\(query)”; hãy kiểm tra chính tả (có thể gõ không dấu)."
            case .ambiguousDelegate(let query, let count, let candidates):
                "“\(query)” khớp \(count) đại biểu: \(candidates.joined(separator: "; "))\(count > candidates.count ? "; …" : ""); hãy ghi đủ họ tên, hoặc số của người cần chọn (ví dụ \(candidates.first?.prefix { $0 != " " } ?? "#1"))."
            case .notSeated(let name): "\(name) chưa có ghế; hãy xếp ghế cho người này trước."
            case .hallTooSmall(let delegates, let seats):
                "Hội trường có \(seats) ghế dùng được cho \(delegates) đại biểu; \(delegates - seats) người chưa có ghế — hãy thêm ghế hoặc hàng vào hội trường."
            }
        },
        hall: { error, i in
            switch error {
            case .presidiumOutOfRange(let count): "Bàn chủ tọa không thể có \(count) ghế; nhập từ 1 đến \(HallEdit.maxPresidiumSeats) ghế."
            case .emptySectionName: "Khu ghế cần có tên, ví dụ A hoặc B."
            case .duplicateSectionName(let name): "Đã có khu “\(name)”; hãy chọn tên khác."
            case .noRows(let name): "Khu “\(name)” cần ít nhất 1 hàng."
            case .noSeats(let name): "Khu “\(name)” cần ít nhất 1 ghế mỗi hàng."
            case .innerAisleOutside(let name, let aisle, let seats):
                "Lối đi sau ghế \(aisle) không nằm trong khu “\(name)” (\(seats) ghế); nhập số từ 1 đến \(seats - 1)."
            case .noSuchSection(let index): "Không có khu số \(index + 1); hãy tải lại sự kiện."
            case .lastRow(let name): "Khu “\(name)” chỉ còn 1 hàng; hãy xóa cả khu" + i.advice(key: " (phím D).", flag: ".")
            case .lastSeat(let name): "Các hàng của khu “\(name)” chỉ còn 1 ghế; hãy xóa cả khu" + i.advice(key: " (phím D).", flag: ".")
            case .notAHallSeat: "Chỉ ghế trong các khu mới đánh dấu không dùng được; " + i.advice(key: "đưa con trỏ vào một khu.", flag: "chọn một ghế trong khu.")
            }
        },
        checklist: { error, i in
            switch error {
            case .blockNeedsReason(let id):
                "Việc \(id) chưa được chuyển sang bị chặn: " + i.advice(key: "hãy nhập lý do, còn thiếu gì.", flag: "hãy ghi lý do, còn thiếu gì.")
            }
        },
        index: { error, i in
            switch error {
            case .noResults:
                "Sự kiện chưa có kết quả Chỉ số CCHC; " + i.advice(key: "nhập bằng phím I.", flag: "nhập bằng `podium import index TỆP`.")
            case .allRevealed: "Đã công bố hết; " + i.advice(key: "bấm p để lùi lại.", flag: "lùi lại bằng `podium index reveal back`.")
            case .nothingRevealed: "Chưa công bố đơn vị nào."
            case .overtaken(let revealed):
                "Một cửa sổ khác vừa chuyển phần công bố sang bước \(revealed); bước này không được thực hiện thêm lần nữa. "
                    + i.advice(key: "Xem màn hình rồi bấm lại nếu vẫn cần.", flag: "Xem `podium index reveal status` rồi chạy lại nếu vẫn cần.")
            }
        },
        liveShow: { error, i in
            switch error {
            case .notAllowed(let role):
                "Vai \(ErrorStrings.vietnameseRoleName(role)) không được điều hành chương trình; "
                    + i.advice(key: "hãy mở Podium với vai MC hoặc Ban tổ chức.", flag: "chạy lại với --role mc hoặc --role organizer.")
            case .gated(let segment, let items):
                "“\(segment.title)” còn chờ các việc chưa xong: "
                    + items.map { "#\($0.id) \($0.title) (\($0.agency))" }.joined(separator: "; ")
                    + "; " + i.advice(key: "hãy làm xong, hoặc xác nhận bỏ qua khi được hỏi.", flag: "hãy làm xong hoặc thêm --override.")
            case .show(let error): ErrorStrings.vietnamese.show(error, i)
            case .overtaken(let name, let role, let time, let action):
                "\(name) (\(ErrorStrings.vietnameseRoleName(role))) đã thao tác trước lúc \(time): "
                    + JournalStrings.vietnamese.sentence(.show(action), JournalNames()).lowercasedFirst
                    + "; " + i.advice(key: "màn hình đã cập nhật, hãy xem lại rồi bấm lại nếu vẫn cần.", flag: "hãy xem `podium show status` rồi chạy lại nếu vẫn cần.")
            }
        },
        conflict: { conflict, i in
            let record = switch conflict.record {
            case .checklistItem: "Công việc"
            case .delegate: "Đại biểu"
            case .segment: "Mục chương trình"
            case .contribution: "Tham luận"
            case .awardRecipient: "Người nhận khen thưởng"
            case .eventInfo: "Thông tin hội nghị"
            case .group: "Danh sách nhóm đại biểu"
            case .rankTable: "Bảng thứ bậc chức danh"
            case .seatingSettings: "Thiết lập xếp chỗ"
            case .hall: "Sơ đồ hội trường"
            case .awardDecision: "Quyết định khen thưởng"
            case .awardPlan: "Các đợt trao thưởng"
            }
            let what = conflict.title.isEmpty ? record.lowercased() + " này" : record.lowercased() + " “\(conflict.title)”"
            return "\(conflict.operatorName) (\(ErrorStrings.vietnameseRoleName(conflict.role))) đã thay đổi \(what) lúc \(conflict.time), "
                + "sau khi nội dung này được mở để sửa; thay đổi vừa nhập chưa được lưu. "
                + i.advice(
                    key: "Màn hình đã hiện nội dung mới, biểu mẫu vẫn giữ những gì đã nhập: xem lại rồi bấm Enter để lưu, hoặc Esc để bỏ.",
                    flag: "Hãy xem lại nội dung hiện tại rồi chạy lại lệnh nếu vẫn cần."
                )
        },
        theme: { error in
            switch error {
            case .notFound(let name, let available):
                "Không có giao diện màu “\(name)”; các giao diện có: \(available.isEmpty ? "không có" : available.joined(separator: ", ")) (ghi một tên trong số này hoặc đường dẫn tệp .yaml)."
            case .unreadable(let file, let reason): "\(file): không đọc được tệp giao diện màu (\(reason)); hãy kiểm tra tệp có và đọc được."
            case .syntax(let file, let line, let message):
                "\(place(file, line)): tệp giao diện màu sai cú pháp YAML (\(message)); hãy sửa tệp hoặc chọn giao diện khác."
            case .invalidValue(let file, let line, let key, let value, let expected):
                "\(place(file, line)): giá trị “\(value)” không hợp lệ cho “\(key)”: cần \(expected)."
            case .inheritanceCycle(let chain):
                "Các giao diện màu kế thừa nhau thành vòng: \(chain.joined(separator: " -> ")); hãy bỏ một dòng 'inherits:'."
            }
        },
        group: SetupStrings.vietnamese.groupProblem,
        awardProblem: { problem, i in
            switch problem {
            case .duplicate(let name, let ids):
                "\(name) xuất hiện \(ids.count) lần (mã \(ids.map(String.init).joined(separator: ", "))); hãy bỏ dòng thừa trong danh sách của quyết định hoặc ghi rõ để phân biệt."
            case .missingUnit(let id, let name): "#\(id) \(name) chưa có đơn vị; giấy khen cần có — hãy điền trước khi in."
            case .presenterMissing(let batch):
                "Người trao đã chọn cho đợt \(batch) không còn trong danh sách đại biểu; "
                    + i.advice(key: "hãy chọn người khác.", flag: "chọn người khác bằng `podium awards presenter \(batch) TÊN`.")
            case .unbatched(let ids):
                "\(ids.count) người nhận chưa thuộc đợt nào (mã \(ids.map(String.init).joined(separator: ", "))); hãy chia lại bằng `podium awards batches --rebuild`."
            }
        },
        access: .vietnamese,
        notAllowed: { role, capability, i in
            let allowed = RoleTable.roles(for: capability).sorted { $0.rawValue < $1.rawValue }
            return "Vai \(ErrorStrings.vietnameseRoleName(role)) không được thực hiện thao tác này; "
                + i.advice(
                    key: "hãy mở Podium với vai " + allowed.map(ErrorStrings.vietnameseRoleName).joined(separator: " hoặc ") + ".",
                    flag: "chạy lại với " + allowed.map { "--role \($0.rawValue)" }.joined(separator: " hoặc ") + "."
                )
        }
    )

    private static func recordName(_ kind: RecordKind) -> String {
        switch kind {
        case .segment: "mục chương trình"
        case .checklistItem: "việc"
        case .delegate: "đại biểu"
        case .awardRecipient: "người nhận khen thưởng"
        case .contribution: "tham luận"
        }
    }

    private static func timingName(_ timing: AwardTiming) -> String {
        switch timing {
        case .perRecipient: "mỗi người nhận"
        case .perBatch: "mỗi đợt"
        case .decisionReading: "việc đọc quyết định"
        }
    }
}

extension ErrorStrings {
    /// The role as the Vietnamese interface names it (the same words as `UIStrings.roleName`).
    static func vietnameseRoleName(_ role: Role) -> String {
        switch role {
        case .mc: "MC"
        case .protocol: "Lễ tân"
        case .organizer: "Ban tổ chức"
        case .viewer: "Người xem"
        }
    }
}
