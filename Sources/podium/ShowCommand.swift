import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

/// `podium show …`: drives the live show on the same event file as the TUI, so a second
/// terminal, a script or a clicker bridge can run it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Drives the live show: start, next, back, hold, resume, extend, skip, message, status.",
        discussion: """
            Every action is written to the event's journal with the time and the operator; every \
            terminal on the file follows within a second. Actions that make no sense now (next after \
            the last segment, start twice) are refused with a message and change nothing. On a day \
            other than the event's date (or with `start --rehearsal`) the show runs as a rehearsal \
            (TẬP DƯỢT): the plan is laid from its start; `show reset --yes` sets it aside.
            """,
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
            try store.perform(LiveShowCommand(action, overrideGate: override, rehearsal: rehearsal), by: global.actor, at: Date())
            TerminalText.say(try ShowStatusReport(store: store, now: Date()).text(global.lang))
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Starts the show with the first segment.",
            discussion: "On the event's date this is the real show; on any other day, or with --rehearsal, a rehearsal whose plan is laid from now (or from --at)."
        )
        @Flag(help: "Start even if checklist items gating the segment are not done (journaled).") var override = false
        @Flag(help: "Run a rehearsal even on the event's date.") var rehearsal = false
        @Option(help: "A rehearsal's plan starts at this time today (HH:MM, the hall's time), instead of now.") var at: String?
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
            abstract: "Sets a rehearsal aside: the next start is a fresh show.",
            discussion: "The rehearsal's journal is kept; export its report with `podium export report --rehearsal N`. The real show cannot be reset."
        )
        @Flag(help: "Confirm: set the rehearsal aside.") var yes = false
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
                try store.perform(LiveShowCommand(.reset), by: global.actor, at: Date())
                let count = try store.setAsideRehearsals().count
                TerminalText.say(global.say(
                    vi: "Đã cất buổi tập dượt số \(count). Lần bắt đầu sau là một buổi mới. Báo cáo: podium export report --rehearsal \(count)",
                    en: "Rehearsal \(count) set aside. The next start is a fresh show. Its report: podium export report --rehearsal \(count)"))
            }
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ends the current segment and starts the next.")
        @Flag(help: "Start the next segment even if checklist items gating it are not done (journaled).") var override = false
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.next, global, override: override) }
    }

    struct Back: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Returns to the previous segment, whose clock continues where it was.")
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.back, global) }
    }

    struct Hold: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stops the current segment's countdown.")
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.hold, global) }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Restarts the countdown after a hold.")
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.resume, global) }
    }

    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Gives the current segment more minutes (1 to 120).")
        @Argument(help: "Whole minutes to add.") var minutes: Int
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.extend(seconds: minutes * 60), global) }
    }

    struct Skip: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ends the current segment as skipped and starts the next.")
        @Flag(help: "Start the next segment even if checklist items gating it are not done (journaled).") var override = false
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.skip, global, override: override) }
    }

    struct Jump: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ends the current segment and starts another, by its number in the programme.")
        @Argument(help: "The segment's number (TT) as the agenda pane shows it; with --id, its id from `show status --json`.") var segment: Int64
        @Flag(help: "Read the number as a segment id.") var id = false
        @Flag(help: "Start the segment even if checklist items gating it are not done (journaled).") var override = false
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
        static let configuration = CommandConfiguration(abstract: "Ends the last segment and the show.")
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.end, global) }
    }

    struct Message: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Shows a message to the speaker on the stage view.")
        @Argument(help: "The words, e.g. \"Còn 1 phút\".") var text: [String]
        @Flag(help: "Make the message blink.") var blink = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let words = VietnameseText.normalize(Sanitizer.clean(text.joined(separator: " "), keepNewlines: false))
            try ShowCommand.perform(.message(text: words, blink: blink), global)
        }
    }

    struct ClearMessage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear-message", abstract: "Removes the stage message.")
        @OptionGroup var global: GlobalOptions
        func run() throws { try ShowCommand.perform(.clearMessage, global) }
    }

    struct Blank: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Blanks the stage view (on) or shows it again (off).")
        @Argument(help: "on or off.") var state: OnOff = .on
        @OptionGroup var global: GlobalOptions
        enum OnOff: String, ExpressibleByArgument { case on, off }
        func run() throws { try ShowCommand.perform(.blank(state == .on), global) }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reverses the last live action with a new journal entry.")
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
        static let configuration = CommandConfiguration(abstract: "Prints where the show is: segment, phase, time left, drift, projected end.")
        @Flag(help: "Print JSON: segment {id, title}, phase, remaining_s, over_under_s, projected_end, running, and more.")
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
