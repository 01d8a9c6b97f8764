import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium awards …`: the award ceremony from the command line — batches, the MC's script,
/// hand edits, attendance and the live tick-off.
struct AwardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awards",
        abstract: HelpText.say(vi: "Các đợt trao khen thưởng, lời dẫn của MC và đánh dấu người đã nhận trong buổi lễ.", en: "Award batches, the MC's script, and ticking recipients off during the ceremony."),
        discussion: HelpText.say(vi: """
            Các đợt được chia theo thứ tự nghi thức (hình thức khen thưởng cao nhất trước, rồi theo thứ tự \
            trong quyết định). Đợt sửa tay (chuyển, tách, gộp) được đánh dấu là sửa tay: `batches --rebuild` \
            giữ nguyên các đợt sửa tay và xếp lại mọi người khác quanh chúng. RECIPIENT là mã số hoặc họ tên \
            (không cần dấu); một tên khớp nhiều người nhận thì liệt kê họ ra và không thay đổi gì.
            """, en: """
            Batches are built in protocol order (highest award form first, then the decision's order). \
            Hand edits (move, split, merge) mark batches as manual: `batches --rebuild` keeps manual \
            batches as they are and lays everyone else out again around them. RECIPIENT is an id or a \
            name (accents optional); a name that matches several recipients lists them and changes nothing.
            """),
        subcommands: [
            AwardsBatches.self, AwardsScript.self, AwardsTick.self, AwardsUntick.self, AwardsNext.self, AwardsBack.self,
            AwardsMove.self, AwardsSplit.self, AwardsMerge.self, AwardsOrder.self, AwardsPresenter.self, AwardsAttendance.self,
            AwardsSettingsCommand.self, AwardsDecisionCommand.self,
        ]
    )
}

/// Shared steps: open, check the role, report errors as one line.
enum AwardsSupport {
    static func run(_ global: GlobalOptions, readOnly: Bool = false, _ body: (EventStore, Actor) throws -> Void) throws {
        try EventOpening.withEvent(global, readOnly: readOnly, body)
    }

    static func require(_ allowed: Bool, _ global: GlobalOptions, vi: String, en: String, _ roles: [Role]) throws {
        guard allowed else { throw global.roleRefusal(vi: vi, en: en, allowed: roles) }
    }

    static func recipient(_ text: String, _ store: EventStore) throws -> AwardRecipient {
        try AwardLookup.recipient(text, in: try store.load().recipients)
    }

    /// One line per batch entry, as the MC would read it.
    static func describe(_ entry: AwardCeremony.Entry, _ global: GlobalOptions) -> String {
        let mark = entry.isTicked ? "[x]" : (entry.isCalled ? "[ ]" : "[-]")
        let who = entry.recipient.kind == .collective ? global.say(vi: "tập thể", en: "collective") : global.say(vi: "cá nhân", en: "individual")
        var line = "\(mark) #\(entry.recipient.id) \(entry.recipient.name) (\(who), \(entry.recipient.unit))"
        if !entry.isPresent {
            let by = entry.recipient.receivedBy
            line += by.isEmpty
                ? global.say(vi: " — vắng mặt", en: " — absent")
                : global.say(vi: " — vắng mặt, \(by) nhận thay", en: " — absent, received by \(by)")
        }
        return DocumentText.printable(line)
    }

    static func printStatus(_ store: EventStore, _ global: GlobalOptions) throws {
        let ceremony = AwardCeremony(event: try store.load(), progress: try store.awardProgress(), checkInDecides: try store.showState().checkInDecidesAttendance)
        guard let batch = ceremony.current else {
            TerminalText.say(global.say(vi: "Chưa có đợt nào.", en: "No batches."))
            return
        }
        let presenter = batch.presenter?.name ?? "—", left = DurationText.clock(ceremony.estimatedRemainingSeconds)
        TerminalText.say(global.say(
            vi: "Đợt \(batch.number)/\(ceremony.batches.count) · người trao: \(presenter) · còn khoảng \(left)",
            en: "Batch \(batch.number)/\(ceremony.batches.count) · presenter: \(presenter) · about \(left) to go"))
        for entry in batch.entries { TerminalText.say("  " + describe(entry, global)) }
    }
}

struct AwardsBatches: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batches", abstract: HelpText.say(vi: "Liệt kê các đợt; --rebuild chia lại các đợt.", en: "Lists the batches; --rebuild lays them out again."))

    @Flag(help: .say(vi: "In JSON: với mỗi đợt có number, presenter, manual, current, estimated_seconds và recipients (id, name, kind collective|individual, title, unit, form, present, received_by, ticked).", en: "Print JSON: for each batch number, presenter, manual, current, estimated_seconds and recipients (id, name, kind collective|individual, title, unit, form, present, received_by, ticked)."))
    var json = false
    @Flag(help: .say(vi: "Chia lại các đợt theo thứ tự nghi thức; giữ nguyên các đợt sửa tay (ban tổ chức).", en: "Rebuild the batches in protocol order; hand-edited batches are kept (organizer)."))
    var rebuild = false
    @OptionGroup var global: GlobalOptions

    struct Row: Encodable {
        struct Recipient: Encodable {
            var id: Int64
            var name: String
            var kind: String
            var title: String
            var unit: String
            var form: String
            var present: Bool
            var receivedBy: String
            var ticked: Bool
        }
        var number: Int
        var presenter: String?
        var manual: Bool
        var current: Bool
        var estimatedSeconds: Int
        var recipients: [Recipient]
    }

    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            if rebuild {
                try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "chia lại các đợt", en: "rebuild the batches", [.organizer])
                let report = try store.run(.awards(.rebuildBatches), by: actor, at: Date()).required(\.batchReport)
                TerminalText.warn(Self.describe(report, global))
            }
            let event = try store.load()
            let ceremony = AwardCeremony(event: event, progress: try store.awardProgress(), checkInDecides: try store.showState().checkInDecidesAttendance)
            for problem in AwardProblem.check(event) {
                TerminalText.warn(global.say(vi: "podium: cảnh báo: ", en: "podium: warning: ") + global.lang.strings.errors.awardProblem(problem, .commandLine))
            }
            if let overrun = AwardOverrun.check(ceremony, event: event) {
                let estimate = DurationText.clock(overrun.estimatedSeconds), planned = DurationText.clock(overrun.plannedSeconds)
                TerminalText.warn(global.say(
                    vi: "podium: lưu ý: ước tính \(estimate) vượt thời lượng phần “\(overrun.segmentTitle)” (\(planned)) thêm \(DurationText.clock(overrun.excessSeconds)); kéo dài phần này (mục 1 Chương trình, phím r), hoặc bớt thời gian mỗi người, mỗi đợt (podium awards settings --per-recipient, --per-batch)",
                    en: "podium: warning: the estimate \(estimate) is longer than “\(overrun.segmentTitle)” (\(planned)) by \(DurationText.clock(overrun.excessSeconds)); lengthen the segment (pane 1 Programme, key r), or shorten the time per recipient or per batch (podium awards settings --per-recipient, --per-batch)"))
            }
            if json {
                let rows = ceremony.batches.map { batch in
                    Row(number: batch.number, presenter: batch.presenter?.name, manual: batch.isManual,
                        current: batch.number == ceremony.currentIndex + 1, estimatedSeconds: batch.estimatedSeconds,
                        recipients: batch.entries.map { entry in
                            let r = entry.recipient
                            return Row.Recipient(id: r.id, name: r.name, kind: r.kind.rawValue, title: r.title, unit: r.unit,
                                                 form: r.form, present: entry.isPresent, receivedBy: r.receivedBy, ticked: entry.isTicked)
                        })
                }
                TerminalText.sayJSON(try JSONOutput.encode(rows))
                return
            }
            for batch in ceremony.batches {
                let mark = batch.number == ceremony.currentIndex + 1 ? "▶ " : ""
                let manual = batch.isManual ? global.say(vi: " · sửa tay", en: " · manual") : ""
                let presenter = batch.presenter.map { "\($0.name), \($0.title)" } ?? "—", time = DurationText.clock(batch.estimatedSeconds)
                TerminalText.say(global.say(
                    vi: "\(mark)đợt \(batch.number) · \(batch.entries.count) · người trao: \(presenter) · ~\(time)\(manual)",
                    en: "\(mark)batch \(batch.number) · \(batch.entries.count) · presenter: \(presenter) · ~\(time)\(manual)"))
                for entry in batch.entries { TerminalText.say("  " + AwardsSupport.describe(entry, global)) }
            }
        }
    }

    static func describe(_ report: AwardBatching.Report, _ global: GlobalOptions) -> String {
        func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ", ") }
        var parts = [global.say(vi: "đã chia lại các đợt \(list(report.rebuilt))", en: "rebuilt batches \(list(report.rebuilt))")]
        if !report.keptManual.isEmpty {
            parts.append(global.say(vi: "giữ nguyên các đợt sửa tay \(list(report.keptManual))",
                                    en: "kept hand-edited batches \(list(report.keptManual)) as they were"))
        }
        if !report.droppedScripts.isEmpty {
            parts.append(global.say(
                vi: "bỏ lời dẫn sửa tay của các đợt cũ \(list(report.droppedScripts)) vì người nhận đã đổi",
                en: "dropped the script edits of former batches \(list(report.droppedScripts)) because their recipients changed"))
        }
        if !report.removedRecipients.isEmpty {
            let ids = report.removedRecipients.map { "#\($0)" }.joined(separator: ", ")
            parts.append(global.say(vi: "bỏ những người nhận không còn trong quyết định: \(ids)",
                                    en: "removed recipients no longer in a decision: \(ids)"))
        }
        return parts.joined(separator: "; ")
    }
}

struct AwardsScript: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "script", abstract: HelpText.say(vi: "In lời dẫn của MC; sửa hoặc tạo lại lời dẫn của một đợt.", en: "Prints the MC's script; edits or regenerates one batch's lines."))

    @Option(help: .say(vi: "txt (mặc định), md hoặc html.", en: "txt (default), md or html.")) var format: String = "txt"
    @Option(help: .say(vi: "Thay lời dẫn của đợt này bằng --text (ban tổ chức); các đợt khác giữ nguyên.", en: "Replace the lines of this batch with --text (organizer); other batches are untouched.")) var edit: Int?
    @Option(help: .say(vi: "Lời dẫn mới cho --edit; \\n để xuống dòng.", en: "The new lines for --edit; \\n separates lines.")) var text: String?
    @Option(help: .say(vi: "Bỏ bản sửa tay của đợt này và dùng lại lời dẫn tự tạo (ban tổ chức).", en: "Throw away the hand edit of this batch and use the generated lines again (organizer).")) var regenerate: Int?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AwardsSupport.run(global, readOnly: edit == nil && regenerate == nil) { store, actor in
            guard let chosen = AwardScript.Format(rawValue: format.lowercased()) else {
                throw UsageError(description: global.say(
                    vi: "không in được lời dẫn dạng “\(format)”; dùng --format txt, md hoặc html",
                    en: "the script cannot be printed as “\(format)”; use --format txt, md or html"))
            }
            if let edit {
                try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "sửa lời dẫn", en: "edit the script", [.organizer])
                guard let text, !text.isEmpty else {
                    throw UsageError(description: global.say(vi: "--edit \(edit) cần --text với lời dẫn mới", en: "--edit \(edit) needs --text with the new lines"))
                }
                try store.run(.awards(.editBatches(.script(batch: edit, text: text.replacingOccurrences(of: "\\n", with: "\n")))), by: actor, at: Date())
            }
            if let regenerate {
                try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "tạo lại lời dẫn", en: "regenerate the script", [.organizer])
                try store.run(.awards(.editBatches(.script(batch: regenerate, text: nil))), by: actor, at: Date())
            }
            let event = try store.load()
            let script = AwardScript(event: event, ceremony: AwardCeremony(event: event, progress: try store.awardProgress(), checkInDecides: try store.showState().checkInDecidesAttendance),
                                     language: global.lang == .en ? .en : .vi)
            TerminalText.say(script.render(chosen), terminator: chosen == .txt ? "\n" : "")
        }
    }
}

struct AwardsTick: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tick", abstract: HelpText.say(vi: "Ghi nhận một người nhận của đợt đang trên sân khấu đã nhận khen thưởng.", en: "Records that a recipient of the batch on stage has received the award."))
    @Argument(help: .say(vi: "Người nhận: mã số hoặc họ tên (không cần dấu).", en: "The recipient: id or name (accents optional).")) var recipient: String
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.runCeremony), global, vi: "đánh dấu người nhận", en: "tick recipients", [.mc, .organizer])
            let found = try AwardsSupport.recipient(recipient, store)
            try store.run(.awards(.step(.tick(recipientID: found.id))), by: actor, at: Date())
            try AwardsSupport.printStatus(store, global)
        }
    }
}

struct AwardsUntick: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untick", abstract: HelpText.say(vi: "Bỏ một dấu đã nhận đánh nhầm.", en: "Takes back a tick made by mistake."))
    @Argument(help: .say(vi: "Người nhận: mã số hoặc họ tên (không cần dấu).", en: "The recipient: id or name (accents optional).")) var recipient: String
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.runCeremony), global, vi: "bỏ đánh dấu người nhận", en: "untick recipients", [.mc, .organizer])
            let found = try AwardsSupport.recipient(recipient, store)
            try store.run(.awards(.step(.untick(recipientID: found.id))), by: actor, at: Date())
            try AwardsSupport.printStatus(store, global)
        }
    }
}

struct AwardsNext: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "next", abstract: HelpText.say(vi: "Mời đợt tiếp theo.", en: "Calls the next batch."))
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.runCeremony), global, vi: "mời đợt tiếp theo", en: "call the next batch", [.mc, .organizer])
            try store.run(.awards(.step(.nextBatch)), by: actor, at: Date())
            try AwardsSupport.printStatus(store, global)
        }
    }
}

struct AwardsBack: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "back", abstract: HelpText.say(vi: "Quay lại đợt trước.", en: "Returns to the previous batch."))
    @OptionGroup var global: GlobalOptions
    func run() throws {
        try AwardsSupport.run(global) { store, actor in
            try AwardsSupport.require(global.role.may(.runCeremony), global, vi: "đổi đợt trên sân khấu", en: "change the batch on stage", [.mc, .organizer])
            try store.run(.awards(.step(.previousBatch)), by: actor, at: Date())
            try AwardsSupport.printStatus(store, global)
        }
    }
}
