import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium check …`: the checklist from the command line, for scripts and quick ticks.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.say(vi: "Liệt kê, đánh dấu xong, mở lại, ghi vướng và thêm việc cần chuẩn bị.", en: "Lists, ticks, reopens, blocks and adds checklist items."),
        subcommands: [CheckList.self, CheckDone.self, CheckReopen.self, CheckBlock.self, CheckAdd.self]
    )
}

/// Shared steps of the check subcommands: open, refuse roles that may not write, report errors.
enum CheckSupport {
    static func run(_ global: GlobalOptions, readOnly: Bool = false, _ body: (EventStore) throws -> Void) throws {
        try EventOpening.withEvent(global, readOnly: readOnly) { store, _ in try body(store) }
    }

    static func requireStatusRight(_ global: GlobalOptions) throws {
        guard global.role.may(.changeChecklistStatus) else {
            throw global.roleRefusal(vi: "sửa danh sách công việc", en: "change the checklist", allowed: [.organizer, .protocol])
        }
    }

    static func changeStatus(_ global: GlobalOptions, id: Int64, _ change: ChecklistStatusChange) throws {
        try run(global) { store in
            try requireStatusRight(global)
            let actor = global.actor
            let item = try store.run(.checklist(.changeStatus(id: id, change)), by: actor, at: Date()).required(\.checklistItem)
            TerminalText.say("\(item.id) \(global.lang.strings.checklistStatus(item.status)): \(item.title)")
        }
    }
}

struct CheckList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HelpText.say(vi: "Liệt kê danh mục công việc theo cơ quan.", en: "Lists the checklist grouped by agency."))

    @Flag(help: .say(vi: "In JSON: id, title, agency, owner, due (ngày giờ địa phương ISO 8601, chỉ ngày nếu không có giờ, hoặc null), status, gates (mã mục chương trình hoặc null).", en: "Print JSON: id, title, agency, owner, due (ISO 8601 local date-time, a date alone when no time is set, or null), status, gates (segment id or null)."))
    var json = false

    @OptionGroup var global: GlobalOptions

    struct Row: Encodable {
        var id: Int64
        var title: String
        var agency: String
        var owner: String
        var due: String?
        var status: String
        var gates: Int64?

        enum CodingKeys: CodingKey { case id, title, agency, owner, due, status, gates }

        // Nil fields are written as null, not left out, so every row has every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(agency, forKey: .agency)
            try container.encode(owner, forKey: .owner)
            try container.encode(due, forKey: .due)
            try container.encode(status, forKey: .status)
            try container.encode(gates, forKey: .gates)
        }
    }

    func run() throws {
        try CheckSupport.run(global, readOnly: true) { store in
            let groups = ChecklistGroup.make(try store.load().checklist, by: .agency)
            if json {
                let rows = groups.flatMap(\.items).map {
                    Row(id: $0.id, title: $0.title, agency: $0.agency, owner: $0.owner, due: $0.dueISO,
                        status: $0.status.rawValue, gates: $0.gatesSegmentID)
                }
                TerminalText.sayJSON(try JSONOutput.encode(rows))
                return
            }
            for group in groups {
                guard case .agency(let agency) = group.key else { continue }
                TerminalText.say("\(agency) (\(group.done)/\(group.total))")
                for item in group.items {
                    var line = "  \(item.id). [\(global.lang.strings.checklistStatus(item.status))] \(item.title)"
                    if let due = item.dueISO { line += " — \(due)" }
                    if item.status == .blocked { line += " — \(item.blockedReason)" }
                    TerminalText.say(line)
                }
            }
        }
    }
}

struct CheckDone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: HelpText.say(vi: "Đánh dấu một việc đã xong.", en: "Marks an item done."))
    @Argument(help: .say(vi: "Mã việc (xem `podium check list`).", en: "The item id (see `podium check list`).")) var id: Int64
    @OptionGroup var global: GlobalOptions
    func run() throws { try CheckSupport.changeStatus(global, id: id, .done) }
}

struct CheckReopen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: HelpText.say(vi: "Đặt một việc về lại chưa làm.", en: "Sets an item back to to-do."))
    @Argument(help: .say(vi: "Mã việc.", en: "The item id.")) var id: Int64
    @OptionGroup var global: GlobalOptions
    func run() throws { try CheckSupport.changeStatus(global, id: id, .reopen) }
}

struct CheckBlock: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "block", abstract: HelpText.say(vi: "Ghi một việc đang vướng, kèm lý do.", en: "Marks an item blocked, with the reason."))
    @Argument(help: .say(vi: "Mã việc.", en: "The item id.")) var id: Int64
    @Argument(help: .say(vi: "Còn thiếu gì, vài chữ.", en: "What is missing, in a few words.")) var reason: String
    @OptionGroup var global: GlobalOptions
    func run() throws { try CheckSupport.changeStatus(global, id: id, .block(reason: reason)) }
}

struct CheckAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: HelpText.say(vi: "Thêm một việc.", en: "Adds an item."))
    @Argument(help: .say(vi: "Việc cần chuẩn bị.", en: "What must be prepared.")) var title: String
    @Option(help: .say(vi: "Cơ quan chịu trách nhiệm.", en: "The responsible agency.")) var agency: String
    @Option(help: .say(vi: "Người hoặc bộ phận phụ trách.", en: "The person or office in charge.")) var owner: String = ""
    @Option(help: .say(vi: "Hạn: 2026-03-26, 2026-03-26T07:30, 26/03/2026 07:30, hoặc 07:30 cho ngày hội nghị.", en: "Due date: 2026-03-26, 2026-03-26T07:30, 26/03/2026 07:30, or 07:30 for the event day.")) var due: String = ""
    @Option(help: .say(vi: "Mã hoặc một phần tên mục chương trình không được bắt đầu trước khi việc này xong.", en: "A segment id or part of its title that must not start before this item is done.")) var gates: String = ""
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CheckSupport.run(global) { store in
            guard global.role.may(.editChecklist) else {
                throw global.roleRefusal(vi: "thêm việc vào danh sách công việc", en: "add checklist items", allowed: [.organizer])
            }
            let draft = ChecklistDraft(title: title, agency: agency, owner: owner, due: due, gates: gates)
            let item = try draft.item(event: try store.load())
            let actor = global.actor
            let saved = try store.run(.checklist(.save(item)), by: actor, at: Date()).required(\.checklistItem)
            TerminalText.say(global.say(vi: "Đã thêm việc \(saved.id): \(saved.title)", en: "Added \(saved.id): \(saved.title)"))
        }
    }
}
