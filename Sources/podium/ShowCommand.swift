import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

/// `podium show …`: drives the live show on the same event file as the TUI, so a second
/// terminal, a script or a clicker bridge can run it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpText.say(vi: "Điều hành chương trình trực tiếp: start, next, back, hold, resume, extend, skip, message, status.", en: "Drives the live show: start, next, back, hold, resume, extend, skip, message, status."),
        discussion: HelpText.say(vi: """
            Mọi thao tác được ghi vào nhật ký của sự kiện cùng thời gian và người thao tác; mọi cửa sổ mở \
            tệp sẽ theo kịp trong vòng một giây. Thao tác không hợp lúc này (next sau mục cuối, start hai \
            lần) bị từ chối kèm lời giải thích và không thay đổi gì. Vào một ngày không phải ngày hội nghị \
            (hoặc với `start --rehearsal`) chương trình chạy ở chế độ tập dượt (TẬP DƯỢT): kế hoạch tính từ \
            lúc bắt đầu; `show reset --yes` cất lần tập dượt đi.
            """, en: """
            Every action is written to the event's journal with the time and the operator; every \
            terminal on the file follows within a second. Actions that make no sense now (next after \
            the last segment, start twice) are refused with a message and change nothing. On a day \
            other than the event's date (or with `start --rehearsal`) the show runs as a rehearsal \
            (TẬP DƯỢT): the plan is laid from its start; `show reset --yes` sets it aside.
            """),
        subcommands: [
            Start.self, Next.self, Back.self, Hold.self, Resume.self, Extend.self, Skip.self, Jump.self,
            End.self, Message.self, ClearMessage.self, Blank.self, Undo.self, Reset.self, Status.self,
        ]
    )

    /// Runs one action and prints the status after it. An action that starts a segment whose
    /// checklist items are not done is refused with the list, unless `override` is set, in
    /// which case the override is journaled with the action.
    static func perform(
        _ action: ShowAction, _ global: GlobalOptions, override: Bool = false, rehearsal: RehearsalRule.Rehearsal? = nil
    ) throws {
        try reportingErrors(global) {
            try global.requireShowDriver()
            let store = try EventOpening.open(global)
            // The store checks the checklist gate, records an override with the start it allows,
            // and refuses a gated start without --override in the interface's words.
            try store.run(.liveShow(LiveShowCommand(action, overrideGate: override, rehearsal: rehearsal)), by: global.actor, at: Date())
            TerminalText.say(try ShowStatusReport(store: store, now: Date()).text(global.lang))
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.say(vi: "Bắt đầu chương trình với mục đầu tiên.", en: "Starts the show with the first segment."),
            discussion: HelpText.say(vi: "Vào ngày hội nghị đây là buổi thật; vào ngày khác, hoặc với --rehearsal, là buổi tập dượt với kế hoạch tính từ bây giờ (hoặc từ --at).", en: "On the event's date this is the real show; on any other day, or with --rehearsal, a rehearsal whose plan is laid from now (or from --at).")
        )
        @Flag(help: .say(vi: "Bắt đầu dù các việc chặn mục này chưa xong (có ghi nhật ký).", en: "Start even if checklist items gating the segment are not done (journaled).")) var override = false
        @Flag(help: .say(vi: "Chạy tập dượt ngay cả vào ngày hội nghị.", en: "Run a rehearsal even on the event's date.")) var rehearsal = false
        @Option(help: .say(vi: "Kế hoạch tập dượt bắt đầu lúc này hôm nay (HH:MM, giờ của hội trường), thay vì bây giờ.", en: "A rehearsal's plan starts at this time today (HH:MM, the hall's time), instead of now.")) var at: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try reportingErrors(global) {
                var request: RehearsalRule.Rehearsal? = rehearsal ? RehearsalRule.Rehearsal() : nil
                if let at {
                    guard let time = ClockTime(parsing: at) else {
                        throw UsageError(description: global.say(
                            vi: "\"\(at)\" không phải giờ; viết dạng 14:00",
                            en: "\"\(at)\" is not a time of day; write it as 14:00"))
                    }
                    let zone = try EventOpening.open(global).load([]).info.timeZone
                    request = RehearsalRule.Rehearsal(from: time, now: Date(), timeZone: zone)
                }
                try ShowCommand.perform(.start, global, override: override, rehearsal: request)
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.say(vi: "Cất một lần tập dượt đi: lần bắt đầu sau là buổi mới.", en: "Sets a rehearsal aside: the next start is a fresh show."),
            discussion: HelpText.say(vi: "Nhật ký của lần tập dượt vẫn được giữ; xuất báo cáo bằng `podium export report --rehearsal N`. Không thể đặt lại buổi thật.", en: "The rehearsal's journal is kept; export its report with `podium export report --rehearsal N`. The real show cannot be reset.")
        )
        @Flag(help: .say(vi: "Xác nhận: cất lần tập dượt đi.", en: "Confirm: set the rehearsal aside.")) var yes = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try reportingErrors(global) {
                guard yes else {
                    throw UsageError(description: global.say(
                        vi: "thêm --yes để cất buổi tập dượt sang một bên (nhật ký vẫn giữ, báo cáo vẫn xuất được)",
                        en: "add --yes to set the rehearsal aside (its journal is kept and its report can still be exported)"))
                }
                try global.requireShowDriver()
                let store = try EventOpening.open(global)
                try store.run(.liveShow(LiveShowCommand(.reset)), by: global.actor, at: Date())
                let count = try store.setAsideRehearsals().count
                TerminalText.say(global.say(
                    vi: "Đã cất buổi tập dượt số \(count). Lần bắt đầu sau là một buổi mới. Báo cáo: podium export report --rehearsal \(count)",
                    en: "Rehearsal \(count) set aside. The next start is a fresh show. Its report: podium export report --rehearsal \(count)"))
            }
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Kết thúc mục đang chạy và bắt đầu mục sau.", en: "Ends the current segment and starts the next."))
        @Flag(help: .say(vi: "Bắt đầu mục sau dù các việc chặn mục đó chưa xong (có ghi nhật ký).", en: "Start the next segment even if checklist items gating it are not done (journaled).")) var override = false
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.next, global, override: override) }
    }

    struct Back: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Quay lại mục trước; đồng hồ của mục đó chạy tiếp từ chỗ đã dừng.", en: "Returns to the previous segment, whose clock continues where it was."))
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.back, global) }
    }

    struct Hold: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Dừng đếm ngược của mục đang chạy.", en: "Stops the current segment's countdown."))
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.hold, global) }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Đếm ngược lại sau khi tạm dừng.", en: "Restarts the countdown after a hold."))
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.resume, global) }
    }

    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Thêm phút cho mục đang chạy (1 đến 120).", en: "Gives the current segment more minutes (1 to 120)."))
        // Taken as text so "-5" reaches the show's own rule (1 to 120) instead of reading as an option.
        @Argument(parsing: .allUnrecognized, help: .say(vi: "Số phút thêm (số nguyên).", en: "Whole minutes to add.")) var minutes: [String] = []
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard minutes.count == 1, Int(minutes[0]) != nil else {
                throw ValidationError(global.say(
                    vi: "cần đúng một số phút nguyên, ví dụ `podium show extend 5`", en: "give one whole number of minutes, for example `podium show extend 5`"))
            }
        }

        func run() throws { try ShowCommand.perform(.extend(seconds: (Int(minutes[0]) ?? 0) * 60), global) }
    }

    struct Skip: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Kết thúc mục đang chạy như bị bỏ qua và bắt đầu mục sau.", en: "Ends the current segment as skipped and starts the next."))
        @Flag(help: .say(vi: "Bắt đầu mục sau dù các việc chặn mục đó chưa xong (có ghi nhật ký).", en: "Start the next segment even if checklist items gating it are not done (journaled).")) var override = false
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.skip, global, override: override) }
    }

    struct Jump: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Kết thúc mục đang chạy và bắt đầu một mục khác, theo số thứ tự trong chương trình.", en: "Ends the current segment and starts another, by its number in the programme."))
        @Argument(help: .say(vi: "Số thứ tự (TT) của mục như khung chương trình hiển thị; với --id là mã của mục từ `show status --json`.", en: "The segment's number (TT) as the agenda pane shows it; with --id, its id from `show status --json`.")) var segment: Int64
        @Flag(help: .say(vi: "Đọc số như mã của mục.", en: "Read the number as a segment id.")) var id = false
        @Flag(help: .say(vi: "Bắt đầu mục này dù các việc chặn mục chưa xong (có ghi nhật ký).", en: "Start the segment even if checklist items gating it are not done (journaled).")) var override = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try reportingErrors(global) {
                var target = segment
                if !id {
                    let segments = try EventOpening.open(global, readOnly: true).load(.segments).segments
                    guard let found = segments.first(where: { $0.position == Int(segment) }) else {
                        throw UsageError(description: global.say(
                            vi: "chương trình không có mục số \(segment); các mục đánh số từ 1 đến \(segments.count)",
                            en: "the programme has no segment number \(segment); numbers run from 1 to \(segments.count)"))
                    }
                    target = found.id
                }
                try ShowCommand.perform(.jump(segmentID: target), global, override: override)
            }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Kết thúc mục cuối và kết thúc chương trình.", en: "Ends the last segment and the show."))
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.end, global) }
    }

    struct Message: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Hiện một lời nhắn cho người phát biểu trên màn hình sân khấu.", en: "Shows a message to the speaker on the stage view."))
        @Argument(help: .say(vi: "Lời nhắn, ví dụ \"Còn 1 phút\".", en: "The words, e.g. \"Còn 1 phút\".")) var text: [String]
        @Flag(help: .say(vi: "Cho lời nhắn nhấp nháy.", en: "Make the message blink.")) var blink = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let words = VietnameseText.normalize(Sanitizer.clean(text.joined(separator: " "), keepNewlines: false))
            try ShowCommand.perform(.message(text: words, blink: blink), global)
        }
    }

    struct ClearMessage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear-message", abstract: HelpText.say(vi: "Xóa lời nhắn trên sân khấu.", en: "Removes the stage message."))
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.clearMessage, global) }
    }

    struct Blank: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Tắt màn hình sân khấu (on) hoặc hiện lại (off).", en: "Blanks the stage view (on) or shows it again (off)."))
        @Argument(help: .say(vi: "on hoặc off.", en: "on or off.")) var state: OnOff = .on
        @OptionGroup var global: GlobalOptions
        enum OnOff: String, ExpressibleByArgument { case on, off }
        func run() throws { try ShowCommand.perform(.blank(state == .on), global) }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Đảo ngược thao tác trực tiếp vừa rồi bằng một dòng nhật ký mới.", en: "Reverses the last live action with a new journal entry."))
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try reportingErrors(global) {
                let store = try EventOpening.open(global)
                guard let id = try store.showState().undoableEntryID else { throw Refusal.show(.nothingToUndo) }
                try ShowCommand.perform(.undo(entryID: id), global)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "In tình trạng chương trình: mục, giai đoạn, thời gian còn lại, sớm/muộn, giờ kết thúc dự kiến.", en: "Prints where the show is: segment, phase, time left, drift, projected end."))
        @Flag(help: .say(vi: "In JSON: segment {id, title}, phase, remaining_s, over_under_s, projected_end, running, và các khóa khác.", en: "Print JSON: segment {id, title}, phase, remaining_s, over_under_s, projected_end, running, and more."))
        var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try reportingErrors(global) {
                let report = try ShowStatusReport(store: try EventOpening.open(global, readOnly: true), now: Date())
                json ? TerminalText.sayJSON(try report.json()) : TerminalText.say(report.text(global.lang))
            }
        }
    }
}
