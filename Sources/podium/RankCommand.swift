import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium rank …`: the rank table (titles → precedence) and a delegate's own rank, with a
/// preview of how the presidium changes; checked by `RankTableEdit` as the TUI's form is.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: HelpText.say(vi: "Liệt kê hoặc sửa bảng thứ bậc và thứ bậc riêng của đại biểu; cho thấy đoàn chủ tịch thay đổi ra sao.", en: "Lists or changes the rank table and delegates' own ranks; shows how the presidium changes."),
        discussion: HelpText.say(vi: "Ví dụ: podium rank set \"Giám đốc Công an tỉnh\" 450 --dry-run", en: "Example: podium rank set \"Giám đốc Công an tỉnh\" 450 --dry-run"),
        subcommands: [List.self, SetRank.self, Remove.self, Replace.self, Override.self], defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Liệt kê các quy tắc, cao nhất trước, và các đại biểu có thứ bậc riêng.", en: "Lists the rules, most senior first, and delegates with a rank of their own."))
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try EventOpening.withEvent(global, readOnly: true) { store, _ in
                let event = try store.load()
                for rule in event.rankTable.rules.sorted(by: { $0.rank < $1.rank }) { TerminalText.say(DocumentText.printable("\(rule.rank)\t\(rule.pattern)")) }
                TerminalText.say(global.say(vi: "\(event.rankTable.unmatchedRank)\t(chức danh không khớp quy tắc nào)",
                                 en: "\(event.rankTable.unmatchedRank)\t(titles no rule matches)"))
                for delegate in event.delegates where delegate.precedenceOverride != nil {
                    TerminalText.say(DocumentText.printable(global.say(vi: "riêng \(delegate.precedenceOverride ?? 0)\t#\(delegate.id) \(delegate.name), \(delegate.title)",
                                                            en: "own \(delegate.precedenceOverride ?? 0)\t#\(delegate.id) \(delegate.name), \(delegate.title)")))
                }
            }
        }
    }

    struct SetRank: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: HelpText.say(vi: "Đặt thứ bậc cho một chức danh (quy tắc mới, hoặc sửa quy tắc của chức danh).", en: "Gives a title a rank (a new rule, or the title's rule changed)."))
        @Argument(help: .say(vi: "Chức danh, như ghi trong danh sách (không phân biệt dấu và chữ hoa).", en: "The title, as it appears in the roster (accents and case aside).")) var title: String
        @Argument(help: .say(vi: "Thứ bậc: số nguyên lớn hơn 0, càng nhỏ càng cao.", en: "The rank: a whole number above 0, lower is more senior.")) var rank: String
        @Flag(name: .customLong("dry-run"), help: .say(vi: "Cho xem đoàn chủ tịch sẽ thay đổi thế nào; không thay đổi gì.", en: "Show how the presidium would change; change nothing.")) var dryRun = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try RankSupport.change(global, dryRun: dryRun) { event in
                let value = try RankSupport.checked(global) { () throws(RankTableEdit.Problem) in try RankTableEdit.rank(parsing: rank) }
                return try RankSupport.checked(global) { () throws(RankTableEdit.Problem) in
                    try RankTableEdit.set(pattern: title, rank: value).applied(to: event.rankTable)
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Xóa quy tắc của một chức danh.", en: "Removes a title's rule."))
        @Argument(help: .say(vi: "Chức danh.", en: "The title.")) var title: String
        @Flag(name: .customLong("dry-run"), help: .say(vi: "Cho xem đoàn chủ tịch sẽ thay đổi thế nào; không thay đổi gì.", en: "Show how the presidium would change; change nothing.")) var dryRun = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try RankSupport.change(global, dryRun: dryRun) { event in
                try RankSupport.checked(global) { () throws(RankTableEdit.Problem) in try RankTableEdit.remove(pattern: title).applied(to: event.rankTable) }
            }
        }
    }

    struct Replace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.say(vi: "Thay cả bảng bằng các cặp \"chức danh = thứ bậc\" cách nhau bằng \";\" hoặc xuống dòng (từ tệp với --file).", en: "Replaces the whole table with \"title = rank\" pairs separated by \";\" or new lines (a file with --file).")
        )
        @Argument(help: .say(vi: "Các cặp, ví dụ \"Chủ tịch UBND tỉnh = 210; Giám đốc = 500\".", en: "The pairs, e.g. \"Chủ tịch UBND tỉnh = 210; Giám đốc = 500\".")) var rules: String?
        @Option(help: .say(vi: "Tệp văn bản, mỗi dòng một cặp \"chức danh = thứ bậc\".", en: "A text file with one \"title = rank\" a line.")) var file: String?
        @Flag(name: .customLong("dry-run"), help: .say(vi: "Cho xem đoàn chủ tịch sẽ thay đổi thế nào; không thay đổi gì.", en: "Show how the presidium would change; change nothing.")) var dryRun = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let text: String
            if let file {
                guard let data = FileManager.default.contents(atPath: file), let read = String(data: data, encoding: .utf8) else {
                    throw UsageError(description: global.say(vi: "không đọc được tệp \(file) (cần văn bản UTF-8)", en: "cannot read \(file) (UTF-8 text expected)"))
                }
                text = read
            } else if let rules {
                text = rules
            } else {
                throw UsageError(description: global.say(vi: "cho các cặp \"chức danh = thứ bậc\" hoặc --file", en: "give the \"title = rank\" pairs or --file"))
            }
            try RankSupport.change(global, dryRun: dryRun) { event in
                try RankSupport.checked(global) { () throws(RankTableEdit.Problem) in
                    try RankTableEdit.replace(try RankTableEdit.rules(parsing: text)).applied(to: event.rankTable)
                }
            }
        }
    }

    struct Override: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Đặt thứ bậc riêng cho một đại biểu, hoặc (--clear) xếp lại theo bảng.", en: "Gives one delegate a rank of their own, or (--clear) ranks them by the table again."))
        @Argument(help: .say(vi: "Đại biểu: mã số hoặc họ tên như trong danh sách.", en: "The delegate: id or name as in the roster.")) var delegate: String
        @Argument(help: .say(vi: "Thứ bậc (số nguyên lớn hơn 0).", en: "The rank (a whole number above 0).")) var rank: String?
        @Flag(help: .say(vi: "Trở lại theo bảng thứ bậc.", en: "Back to the rank table.")) var clear = false
        @Flag(name: .customLong("dry-run"), help: .say(vi: "Cho xem đoàn chủ tịch sẽ thay đổi thế nào; không thay đổi gì.", en: "Show how the presidium would change; change nothing.")) var dryRun = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try RankSupport.edit(global) { store, actor in
                let event = try store.load()
                var found: Delegate
                do throws(AwardError) { found = try AwardLookup.delegate(delegate, in: event.delegates) } catch {
                    throw UsageError(description: (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup.awardProblem(error))
                }
                if clear {
                    found.precedenceOverride = nil
                } else {
                    guard let rank else {
                        throw UsageError(description: global.say(vi: "cho thứ bậc, hoặc --clear để theo bảng", en: "give the rank, or --clear to follow the table"))
                    }
                    found.precedenceOverride = try RankSupport.checked(global) { () throws(RankTableEdit.Problem) in try RankTableEdit.rank(parsing: rank) }
                }
                var changed = event
                changed.delegates = event.delegates.map { $0.id == found.id ? found : $0 }
                RankSupport.preview(event, changed, global)
                guard !dryRun else { return }
                try store.run(.roster(.setPrecedence(delegateID: found.id, found.precedenceOverride)), by: actor, at: Date())
                TerminalText.say(DocumentText.printable(global.say(
                    vi: "#\(found.id) \(found.name): \(found.precedenceOverride.map { "thứ bậc riêng \($0)" } ?? "theo bảng thứ bậc")",
                    en: "#\(found.id) \(found.name): \(found.precedenceOverride.map { "own rank \($0)" } ?? "by the rank table")")))
            }
        }
    }
}

/// The steps the rank subcommands share.
enum RankSupport {
    static func edit(_ global: GlobalOptions, _ body: (EventStore, Actor) throws -> Void) throws {
        try EventOpening.withEvent(global) { store, actor in
            guard global.role == .organizer || global.role == .protocol else {
                throw UsageError(description: global.say(vi: "chạy với --role organizer hoặc --role protocol để sửa thứ bậc",
                                                         en: "run with --role organizer or --role protocol to change ranks"))
            }
            try body(store, actor)
        }
    }

    /// Applies `change` to the table, shows how the presidium moves, and saves unless a dry run.
    static func change(_ global: GlobalOptions, dryRun: Bool, _ change: (EventData) throws -> RankTable) throws {
        try edit(global) { store, actor in
            let event = try store.load()
            var changed = event
            changed.rankTable = try change(event)
            preview(event, changed, global)
            guard !dryRun else {
                TerminalText.say(global.say(vi: "(chạy thử: chưa đổi gì)", en: "(dry run: nothing changed)"))
                return
            }
            if changed.rankTable != event.rankTable { try store.run(.seating(.rankTable(changed.rankTable)), by: actor, at: Date()) }
            TerminalText.say(global.say(vi: "Bảng thứ bậc: \(changed.rankTable.rules.count) quy tắc.", en: "Rank table: \(changed.rankTable.rules.count) rules."))
        }
    }

    static func preview(_ event: EventData, _ changed: EventData, _ global: GlobalOptions) {
        let preview = PresidiumPreview(event: event, changed: changed)
        let strings = (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup
        if preview.isUnchanged {
            TerminalText.say(strings.presidiumUnchanged)
            return
        }
        TerminalText.say(global.say(vi: "Đoàn chủ tịch sau thay đổi:", en: "The presidium after the change:"))
        for (index, delegate) in preview.after.enumerated() {
            let mark = preview.joining.contains(delegate) ? "+" : " "
            TerminalText.say(DocumentText.printable(" \(mark) \(index + 1). \(delegate.name), \(delegate.title)"))
        }
        for delegate in preview.leaving { TerminalText.say(DocumentText.printable(" − \(delegate.name), \(delegate.title)")) }
    }

    static func checked<T>(_ global: GlobalOptions, _ body: () throws(RankTableEdit.Problem) -> T) throws -> T {
        do throws(RankTableEdit.Problem) {
            return try body()
        } catch {
            throw UsageError(description: (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup.rankProblem(error))
        }
    }
}
