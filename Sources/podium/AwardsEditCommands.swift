import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// Hand edits to the batches and the recipients: each is journaled and marks its batches manual.
struct AwardsMove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Moves a recipient to another batch or place (reorders within a batch).")
    @Argument(help: "The recipient: id or name.") var recipient: String
    @Option(help: "The batch to move into (1-based).") var to: Int
    @Option(help: "The place in that batch (1-based); default: at the end.") var position: Int?
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let found = try AwardsSupport.recipient(recipient, store)
            try store.editAwardBatches(.move(recipientID: found.id, toBatch: to, position: position), by: actor, at: Date())
            TerminalText.say(global.say(vi: "Đã chuyển #\(found.id) \(found.name) sang đợt \(to).", en: "Moved #\(found.id) \(found.name) to batch \(to)."))
        }
    }
}

struct AwardsSplit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "split", abstract: "Splits a batch before the given place.")
    @Argument(help: "The batch number.") var batch: Int
    @Option(help: "The place (1-based) where the new batch starts.") var at: Int
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let plan = try store.editAwardBatches(.split(batch: batch, at: at), by: actor, at: Date())
            TerminalText.say(global.say(
                vi: "Đã tách đợt \(batch); nay có \(plan.batches.count) đợt.", en: "Split batch \(batch); there are now \(plan.batches.count) batches."))
        }
    }
}

struct AwardsMerge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Joins the following batch onto this one.")
    @Argument(help: "The batch number.") var batch: Int
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa các đợt", en: "edit the batches", [.organizer])
            let plan = try store.editAwardBatches(.merge(batch: batch), by: actor, at: Date())
            TerminalText.say(global.say(
                vi: "Đã gộp đợt \(batch) và \(batch + 1); nay có \(plan.batches.count) đợt.",
                en: "Merged batches \(batch) and \(batch + 1); there are now \(plan.batches.count) batches."))
        }
    }
}

struct AwardsPresenter: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "presenter", abstract: "Chooses the leader who presents a batch.")
    @Argument(help: "The batch number.") var batch: Int
    @Argument(help: "A delegate: id or name as in the roster. Omit with --default.") var delegate: String?
    @Flag(name: .customLong("default"), help: "Go back to the default (the leaders in roster order, in turn).") var useDefault = false
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
            try store.editAwardBatches(.presenter(batch: batch, delegateID: chosen?.id), by: actor, at: Date())
            let who = chosen.map { "\($0.name), \($0.title)" }
            TerminalText.say(global.say(vi: "Đợt \(batch): người trao \(who ?? "theo mặc định").", en: "Batch \(batch): presenter \(who ?? "by default")."))
        }
    }
}

struct AwardsAttendance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Marks a recipient present or absent (or back to check-in), with a stand-in and a pronunciation hint."
    )
    @Argument(help: "The recipient: id or name.") var recipient: String
    @Argument(help: "present, absent or check-in (follow the delegate roster's check-in).") var state: String?
    @Option(help: "Who receives on the recipient's behalf when absent (empty to clear).") var by: String?
    @Option(help: "How to say the name, shown to the MC (empty to clear).") var pronounce: String?
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
            let saved = try store.updateRecipient(found, by: actor, at: Date())
            let event = try store.load()
            let present = AwardAttendance.isPresent(saved, delegates: event.delegates)
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
        abstract: "Shows or changes the batch size, timings, the reader of the decision and the order of award forms."
    )
    @Option(help: "Most recipients in one batch (1–50).") var size: Int?
    @Option(help: "Seconds per recipient for the time estimate.") var perRecipient: Int?
    @Option(help: "Seconds per batch for the presenter and the photo.") var perBatch: Int?
    @Option(help: "Who reads the decision, e.g. \"Nguyễn Văn A, Phó Giám đốc Sở Nội vụ\".") var reader: String?
    @Option(help: "Award forms highest first, separated by \";\".") var forms: String?
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
                try store.editAwardBatches(.settings(settings), by: actor, at: Date())
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
    static let configuration = CommandConfiguration(commandName: "order", abstract: "Moves a whole batch to another place in the ceremony.")
    @Argument(help: "The batch number.") var batch: Int
    @Option(help: "Its new place (1 = first).") var to: Int
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
            let plan = try store.editAwardBatches(.order(batch: batch, to: to), by: actor, at: Date())
            TerminalText.say(global.say(vi: "đợt \(batch) chuyển sang vị trí \(to); có \(plan.batches.count) đợt",
                                        en: "batch \(batch) moved to place \(to); there are \(plan.batches.count) batches"))
        }
    }
}
