import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium recipients …`: the people and collectives the decision commends, added, changed and
/// removed one at a time with the checks of the awards pane's form (`RecipientDraft`).
struct RecipientsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recipients", abstract: HelpText.say(vi: "Liệt kê, thêm, sửa hoặc xóa người nhận khen thưởng.", en: "Lists, adds, changes or removes award recipients."),
        discussion: HelpText.say(vi: "Ví dụ: podium recipients add \"Nguyễn Văn A\" --kind individual --unit \"Sở Nội vụ\" --form \"Bằng khen của Chủ tịch UBND tỉnh\"", en: "Example: podium recipients add \"Nguyễn Văn A\" --kind individual --unit \"Sở Nội vụ\" --form \"Bằng khen của Chủ tịch UBND tỉnh\""),
        subcommands: [List.self, Add.self, Edit.self, Remove.self], defaultSubcommand: List.self
    )

    struct Fields: ParsableArguments {
        @Option(help: .say(vi: "individual hoặc collective (cá nhân, tập thể).", en: "individual or collective (cá nhân, tập thể).")) var kind: String?
        @Option(help: .say(vi: "Chức vụ của người được khen.", en: "The person's title.")) var title: String?
        @Option(help: .say(vi: "Đơn vị.", en: "The unit.")) var unit: String?
        @Option(help: .say(vi: "Hình thức khen thưởng, ví dụ Bằng khen của Chủ tịch UBND tỉnh.", en: "The form of award, e.g. Bằng khen của Chủ tịch UBND tỉnh.")) var form: String?
        @Option(help: .say(vi: "Người nhận thay mặt tập thể.", en: "Who receives on behalf of a collective.")) var representative: String?

        func draft(name: String?, over base: AwardRecipient?, event: EventData) -> RecipientDraft {
            let old = base.map(RecipientDraft.init)
            // A new recipient takes the decision's form of award when none is given.
            let decisionForm = event.decisions.max { $0.id < $1.id }.flatMap { AwardDecisionDraft.form(ofSubject: $0.subject) } ?? ""
            return RecipientDraft(
                name: name ?? old?.name ?? "", kind: kind ?? old?.kind ?? "individual", title: title ?? old?.title ?? "",
                unit: unit ?? old?.unit ?? "", form: form ?? old?.form ?? decisionForm, representative: representative ?? old?.representative ?? ""
            )
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Liệt kê người nhận theo thứ tự trong quyết định.", en: "Lists the recipients in the decision's order."))
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try EventOpening.withEvent(global, readOnly: true) { store, _ in
                let event = try store.load()
                guard !event.recipients.isEmpty else {
                    TerminalText.say(event.decisions.isEmpty
                        ? global.say(vi: "Chưa có quyết định khen thưởng — thêm bằng podium awards decision set SỐ --date YYYY-MM-DD",
                                     en: "No award decision yet — add it with podium awards decision set NUMBER --date YYYY-MM-DD")
                        : global.say(vi: "Chưa có người được khen — thêm bằng podium recipients add TÊN hoặc podium import awards TỆP",
                                     en: "No recipients yet — add one with podium recipients add NAME or podium import awards FILE"))
                    return
                }
                for r in event.recipients { RecipientsSupport.printLine(r, global) }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Thêm một người nhận vào quyết định (và vào các đợt, sau người cuối cùng cùng hình thức).", en: "Adds a recipient to the decision (and to the batches, after the last of its form)."))
        @Argument(help: .say(vi: "Họ tên người hoặc tên tập thể.", en: "The person's or the collective's name.")) var name: String
        @OptionGroup var fields: Fields
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try RecipientsSupport.editing(global) { store, actor, event in
                let recipient = try RecipientsSupport.check(fields.draft(name: name, over: nil, event: event), base: nil, event, global)
                let saved = try store.run(.awards(.saveRecipient(recipient)), by: actor, at: Date()).required(\.recipient)
                RecipientsSupport.printLine(saved, global)
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Sửa những trường được cho của một người nhận; các trường khác giữ nguyên.", en: "Changes the fields given of a recipient; the others stay."))
        @Argument(help: .say(vi: "Người nhận: mã số hoặc họ tên.", en: "The recipient: id or name.")) var recipient: String
        @Option(help: .say(vi: "Tên mới.", en: "A new name.")) var name: String?
        @OptionGroup var fields: Fields
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try RecipientsSupport.editing(global) { store, actor, event in
                let base = try RecipientsSupport.find(recipient, event, global)
                let changed = try RecipientsSupport.check(fields.draft(name: name, over: base, event: event), base: base, event, global)
                let saved = try store.run(.awards(.saveRecipient(changed)), by: actor, at: Date()).required(\.recipient)
                RecipientsSupport.printLine(saved, global)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Xóa một người nhận (và đưa họ ra khỏi đợt).", en: "Removes a recipient (and takes them out of their batch)."))
        @Argument(help: .say(vi: "Người nhận: mã số hoặc họ tên.", en: "The recipient: id or name.")) var recipient: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try RecipientsSupport.editing(global) { store, actor, event in
                let found = try RecipientsSupport.find(recipient, event, global)
                try store.run(.awards(.removeRecipient(id: found.id)), by: actor, at: Date())
                TerminalText.say(DocumentText.printable(global.say(vi: "Đã xoá #\(found.id) \(found.name).", en: "Removed #\(found.id) \(found.name).")))
            }
        }
    }
}

enum RecipientsSupport {
    static func strings(_ global: GlobalOptions) -> SetupStrings { (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup }

    static func editing(_ global: GlobalOptions, _ body: (EventStore, Actor, EventData) throws -> Void) throws {
        try EventOpening.withEvent(global) { store, actor in
            guard global.role.may(.editAwardPlan) else { throw UsageError(description: strings(global).notAwardEditor) }
            try body(store, actor, try store.load())
        }
    }

    static func check(_ draft: RecipientDraft, base: AwardRecipient?, _ event: EventData, _ global: GlobalOptions) throws -> AwardRecipient {
        do throws(RecipientDraft.Problem) {
            return try draft.recipient(base: base, event: event)
        } catch .noDecision {
            throw UsageError(description: global.say(vi: "chưa có quyết định khen thưởng; thêm trước bằng podium awards decision set SỐ --date YYYY-MM-DD",
                                                     en: "there is no award decision yet; add it first with podium awards decision set NUMBER --date YYYY-MM-DD"))
        } catch {
            throw UsageError(description: strings(global).recipientProblem(error))
        }
    }

    static func find(_ text: String, _ event: EventData, _ global: GlobalOptions) throws -> AwardRecipient {
        do throws(AwardError) {
            return try AwardLookup.recipient(text, in: event.recipients)
        } catch {
            throw UsageError(description: strings(global).awardProblem(error))
        }
    }

    static func printLine(_ r: AwardRecipient, _ global: GlobalOptions) {
        let kind = r.kind == .individual ? global.say(vi: "cá nhân", en: "individual") : global.say(vi: "tập thể", en: "collective")
        let who = [r.title, r.unit].filter { !$0.isEmpty }.joined(separator: ", ")
        TerminalText.say(DocumentText.printable("#\(r.id) \(r.name) (\(kind)\(who.isEmpty ? "" : ", \(who)")) · \(r.form)"))
    }
}
