import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// Hand edits to the batches and the recipients: each is journaled and marks its batches manual.
struct AwardsMove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: HelpText.say(vi: "Chuyển một người nhận sang đợt hoặc vị trí khác (đổi thứ tự trong đợt).", en: "Moves a recipient to another batch or place (reorders within a batch)."))
    @Argument(help: .say(vi: "Người nhận: mã số hoặc họ tên.", en: "The recipient: id or name.")) var recipient: String
    @Option(help: .say(vi: "Đợt chuyển đến (đếm từ 1).", en: "The batch to move into (1-based).")) var to: Int
    @Option(help: .say(vi: "Vị trí trong đợt đó (đếm từ 1); mặc định: cuối đợt.", en: "The place in that batch (1-based); default: at the end.")) var position: Int?
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let found = try AwardsSupport.recipient(recipient, store)
            try store.run(.awards(.editBatches(.move(recipientID: found.id, toBatch: to, position: position))), by: actor, at: Date())
            TerminalText.say(global.say(vi: "Đã chuyển #\(found.id) \(found.name) sang đợt \(to).", en: "Moved #\(found.id) \(found.name) to batch \(to)."))
        }
    }
}

struct AwardsSplit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "split", abstract: HelpText.say(vi: "Tách một đợt trước vị trí đã cho.", en: "Splits a batch before the given place."))
    @Argument(help: .say(vi: "Số thứ tự đợt.", en: "The batch number.")) var batch: Int
    @Option(help: .say(vi: "Vị trí (đếm từ 1) nơi đợt mới bắt đầu.", en: "The place (1-based) where the new batch starts.")) var at: Int
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let plan = try store.run(.awards(.editBatches(.split(batch: batch, at: at))), by: actor, at: Date()).required(\.awardPlan)
            TerminalText.say(global.say(
                vi: "Đã tách đợt \(batch); nay có \(plan.batches.count) đợt.", en: "Split batch \(batch); there are now \(plan.batches.count) batches."))
        }
    }
}

struct AwardsMerge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: HelpText.say(vi: "Gộp đợt sau vào đợt này.", en: "Joins the following batch onto this one."))
    @Argument(help: .say(vi: "Số thứ tự đợt.", en: "The batch number.")) var batch: Int
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let plan = try store.run(.awards(.editBatches(.merge(batch: batch))), by: actor, at: Date()).required(\.awardPlan)
            TerminalText.say(global.say(
                vi: "Đã gộp đợt \(batch) và \(batch + 1); nay có \(plan.batches.count) đợt.",
                en: "Merged batches \(batch) and \(batch + 1); there are now \(plan.batches.count) batches."))
        }
    }
}

struct AwardsPresenter: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "presenter", abstract: HelpText.say(vi: "Chọn lãnh đạo trao khen thưởng cho một đợt.", en: "Chooses the leader who presents a batch."))
    @Argument(help: .say(vi: "Số thứ tự đợt.", en: "The batch number.")) var batch: Int
    @Argument(help: .say(vi: "Một đại biểu: mã số hoặc họ tên như trong danh sách. Bỏ trống khi dùng --default.", en: "A delegate: id or name as in the roster. Omit with --default.")) var delegate: String?
    @Flag(name: .customLong("default"), help: .say(vi: "Trở về mặc định (lần lượt các lãnh đạo theo thứ tự danh sách).", en: "Go back to the default (the leaders in roster order, in turn).")) var useDefault = false
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "chọn người trao", en: "choose presenters", [.organizer])
            var chosen: Delegate?
            if !useDefault {
                guard let delegate else {
                    throw UsageError(description: global.say(
                        vi: "hãy ghi người trao (mã hoặc tên đại biểu), hoặc thêm --default",
                        en: "name the presenter (a delegate id or name), or pass --default"))
                }
                chosen = try AwardLookup.delegate(delegate, in: try store.load().delegates)
            }
            try store.run(.awards(.editBatches(.presenter(batch: batch, delegateID: chosen?.id))), by: actor, at: Date())
            let who = chosen.map { "\($0.name), \($0.title)" }
            TerminalText.say(global.say(vi: "Đợt \(batch): người trao \(who ?? "theo mặc định").", en: "Batch \(batch): presenter \(who ?? "by default")."))
        }
    }
}

struct AwardsAttendance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: HelpText.say(vi: "Đánh dấu người nhận có mặt hoặc vắng (hoặc theo điểm danh), với người nhận thay và cách đọc tên.", en: "Marks a recipient present or absent (or back to check-in), with a stand-in and a pronunciation hint.")
    )
    @Argument(help: .say(vi: "Người nhận: mã số hoặc họ tên.", en: "The recipient: id or name.")) var recipient: String
    @Argument(help: .say(vi: "present (có mặt), absent (vắng) hoặc check-in (theo điểm danh đại biểu).", en: "present, absent or check-in (follow the delegate roster's check-in).")) var state: String?
    @Option(help: .say(vi: "Người nhận thay khi người được khen vắng mặt (để trống để xóa).", en: "Who receives on the recipient's behalf when absent (empty to clear).")) var by: String?
    @Option(help: .say(vi: "Cách đọc tên, hiện cho MC (để trống để xóa).", en: "How to say the name, shown to the MC (empty to clear).")) var pronounce: String?
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.markAttendance), global, vi: "sửa việc có mặt", en: "change attendance", [.protocol, .organizer])
            var found = try AwardsSupport.recipient(recipient, store)
            if let state {
                guard let attendance = AwardRecipient.Attendance(rawValue: state.lowercased()) else {
                    throw UsageError(description: global.say(
                        vi: "“\(state)” không phải tình trạng có mặt; dùng present (có mặt), absent (vắng) hoặc check-in (theo điểm danh)",
                        en: "“\(state)” is not an attendance; use present, absent or check-in"))
                }
                found.attendance = attendance
            }
            if let by { found.receivedBy = VietnameseText.normalize(by) }
            if let pronounce { found.pronunciation = VietnameseText.normalize(pronounce) }
            let saved = try store.run(.awards(.updateRecipient(found)), by: actor, at: Date()).required(\.recipient)
            let event = try store.load()
            let present = AwardAttendance.isPresent(saved, delegates: event.delegates, checkInDecides: try store.showState().checkInDecidesAttendance)
            let by = saved.receivedBy
            TerminalText.say(DocumentText.printable(global.say(
                vi: "#\(saved.id) \(saved.name): \(present ? "có mặt" : "vắng mặt")\(by.isEmpty ? "" : ", \(by) nhận thay")",
                en: "#\(saved.id) \(saved.name): \(present ? "present" : "absent")\(by.isEmpty ? "" : ", received by \(by)")")))
        }
    }
}

struct AwardsSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: HelpText.say(vi: "Xem hoặc đổi số người mỗi đợt, thời gian, người đọc quyết định và thứ tự các hình thức khen thưởng.", en: "Shows or changes the batch size, timings, the reader of the decision and the order of award forms.")
    )
    @Option(help: .say(vi: "Số người nhận nhiều nhất trong một đợt (1–50).", en: "Most recipients in one batch (1–50).")) var size: Int?
    @Option(help: .say(vi: "Số giây cho mỗi người nhận khi ước tính thời gian.", en: "Seconds per recipient for the time estimate.")) var perRecipient: Int?
    @Option(help: .say(vi: "Số giây cho mỗi đợt để lãnh đạo trao và chụp ảnh.", en: "Seconds per batch for the presenter and the photo.")) var perBatch: Int?
    @Option(help: .say(vi: "Người đọc quyết định, ví dụ \"Nguyễn Văn A, Phó Giám đốc Sở Nội vụ\".", en: "Who reads the decision, e.g. \"Nguyễn Văn A, Phó Giám đốc Sở Nội vụ\".")) var reader: String?
    @Option(help: .say(vi: "Các hình thức khen thưởng, cao nhất trước, cách nhau bằng \";\".", en: "Award forms highest first, separated by \";\".")) var forms: String?
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            var settings = try store.load().awardPlan.settings
            let changing = size != nil || perRecipient != nil || perBatch != nil || reader != nil || forms != nil
            if changing {
                try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa cài đặt khen thưởng", en: "change the award settings", [.organizer])
                if let size { settings.batchSize = size }
                if let perRecipient { settings.secondsPerRecipient = perRecipient }
                if let perBatch { settings.secondsPerBatch = perBatch }
                if let reader { settings.reader = VietnameseText.normalize(reader) }
                if let forms { settings.forms = forms.split(separator: ";").map { VietnameseText.normalize(String($0)) }.filter { !$0.isEmpty } }
                try store.run(.awards(.editBatches(.settings(settings))), by: actor, at: Date())
            }
            TerminalText.say(global.say(
                vi: "Mỗi đợt tối đa \(settings.batchSize) người · \(settings.secondsPerRecipient) giây mỗi người nhận · \(settings.secondsPerBatch) giây mỗi đợt",
                en: "Batch size \(settings.batchSize) · \(settings.secondsPerRecipient) s per recipient · \(settings.secondsPerBatch) s per batch"))
            TerminalText.say(global.say(
                vi: "Người đọc quyết định: \(settings.reader.isEmpty ? "người dẫn phần khen thưởng" : settings.reader)",
                en: "Reader: \(settings.reader.isEmpty ? "the awards segment's presenter" : settings.reader)"))
            for (index, form) in settings.forms.enumerated() { TerminalText.say("\(index + 1). \(form)") }
            if changing && size != nil {
                TerminalText.say(global.say(
                    vi: "Các đợt giữ nguyên cách chia đến khi chạy `podium awards batches --rebuild`.",
                    en: "Batches keep their layout until `podium awards batches --rebuild`."))
            }
        }
    }
}

struct AwardsOrder: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "order", abstract: HelpText.say(vi: "Chuyển cả một đợt sang vị trí khác trong buổi lễ.", en: "Moves a whole batch to another place in the ceremony."))
    @Argument(help: .say(vi: "Số thứ tự đợt.", en: "The batch number.")) var batch: Int
    @Option(help: .say(vi: "Vị trí mới (1 = đầu tiên).", en: "Its new place (1 = first).")) var to: Int
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let event = try store.load()
            do throws(AwardError) {
                _ = try AwardBatchEdit.order(batch: batch, to: to).applied(to: AwardCeremony.effectivePlan(event), event: event)
            } catch {
                throw UsageError(description: (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup.awardProblem(error))
            }
            let plan = try store.run(.awards(.editBatches(.order(batch: batch, to: to))), by: actor, at: Date()).required(\.awardPlan)
            TerminalText.say(global.say(vi: "đợt \(batch) chuyển sang vị trí \(to); có \(plan.batches.count) đợt",
                                        en: "batch \(batch) moved to place \(to); there are \(plan.batches.count) batches"))
        }
    }
}
