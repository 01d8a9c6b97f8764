import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium speakers …`: the contributions (tham luận) queue from the command line.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: HelpText.say(vi: "Liệt kê các tham luận; mời, rút, khôi phục, chuyển thứ tự và thêm người phát biểu.", en: "Lists the contributions and invites, withdraws, restores, moves and adds speakers."),
        discussion: HelpText.say(vi: """
            Trong phần tham luận đang chạy, cả `podium show next` và `podium speakers next` đều mời người \
            đang chờ kế tiếp; `show next` rời phần tham luận khi không còn ai chờ. Mọi thay đổi được ghi \
            nhật ký; các cửa sổ mở cùng tệp theo kịp trong vòng một giây.
            """, en: """
            Inside the running contributions block `podium show next` and `podium speakers next` both \
            invite the speaker on deck; `show next` leaves the block once nobody is waiting. Every change \
            is journaled; terminals on the same file follow within a second.
            """),
        subcommands: [List.self, Next.self, Withdraw.self, Restore.self, Move.self, Add.self]
    )

    static func run(
        _ global: GlobalOptions, edit: Bool = true, readOnly: Bool = false, _ body: (EventStore, Actor) throws -> Void
    ) throws {
        try reportingErrors(global) {
            if edit, !global.role.may(.editSpeakers) {
                throw global.roleRefusal(vi: "sửa danh sách tham luận", en: "change the speaker queue", allowed: [.mc, .protocol, .organizer])
            }
            try body(try EventOpening.open(global, readOnly: readOnly), global.actor)
        }
    }

    static func printQueue(_ store: EventStore, _ global: GlobalOptions) throws {
        for entry in try store.speakerQueue(at: Date()).entries {
            TerminalText.say(SpeakersList.line(entry, global.lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Liệt kê hàng chờ theo thứ tự phát biểu, kèm tình trạng và thời gian đã nói.", en: "Lists the queue in speaking order with live status and time spoken."))
        @Flag(help: .say(vi: "In JSON: với mỗi tham luận có id, position, topic, unit, speaker, allotted_s, status, spoken_s.", en: "Print JSON: for each, id, position, topic, unit, speaker, allotted_s, status, spoken_s.")) var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global, edit: false, readOnly: true) { store, _ in
                let queue = try store.speakerQueue(at: Date())
                json ? TerminalText.sayJSON(try SpeakersList.json(queue)) : TerminalText.say(queue.entries.map { SpeakersList.line($0, global.lang) }.joined(separator: "\n"))
            }
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Cảm ơn người đang phát biểu và mời người kế tiếp.", en: "Thanks the speaker at the podium and invites the one on deck."))
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global, edit: false) { store, actor in
                try global.requireShowDriver()
                let queue = try store.speakerQueue(at: Date())
                guard queue.blockIsLive else { throw Refusal.show(.notInContributions) }
                guard let onDeck = queue.onDeck else { throw Refusal.show(.noSpeakerLeft) }
                try store.run(.liveShow(LiveShowCommand(.speaker(contributionID: onDeck.id))), by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Rút một tham luận (vẫn giữ trong danh sách, next sẽ bỏ qua).", en: "Withdraws a contribution (kept in the list, skipped by next)."))
        @Argument(help: .say(vi: "Mã tham luận (xem `speakers list`).", en: "The contribution id (see `speakers list`).")) var id: Int64
        @Flag(help: .say(vi: "Rút cả người đang phát biểu; thời gian đã nói vẫn được giữ.", en: "Withdraw even the speaker at the podium; their time so far is kept.")) var force = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                try store.run(.speakers(.withdraw(id: id, force: force)), by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Đưa một tham luận đã rút trở lại hàng chờ ở vị trí cũ.", en: "Puts a withdrawn contribution back in the queue at its place."))
        @Argument(help: .say(vi: "Mã tham luận.", en: "The contribution id.")) var id: Int64
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                try store.run(.speakers(.restore(id: id)), by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Chuyển một tham luận sang vị trí khác trong hàng chờ.", en: "Moves a contribution to another place in the queue."))
        @Argument(help: .say(vi: "Mã tham luận.", en: "The contribution id.")) var id: Int64
        @Argument(help: .say(vi: "Vị trí mới, từ 1 đến số tham luận.", en: "The new position, from 1 to the number of contributions.")) var position: Int
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                try store.run(.speakers(.move(id: id, to: position)), by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Thêm một tham luận ngoài kế hoạch vào cuối hàng chờ.", en: "Adds an unplanned contribution at the end of the queue."))
        @Option(help: .say(vi: "Tên tham luận.", en: "The title of the contribution.")) var topic: String
        @Option(help: .say(vi: "Đơn vị trình bày.", en: "The presenting unit.")) var unit: String
        @Option(help: .say(vi: "Họ tên người phát biểu; phải có trong danh sách đại biểu (hoặc dùng --add-delegate).", en: "The speaker's name; must be in the delegate roster (or use --add-delegate).")) var speaker: String = ""
        @Option(help: .say(vi: "Chức vụ người phát biểu; mặc định: theo danh sách.", en: "The speaker's title; default: the roster's.")) var title: String = ""
        @Option(help: .say(vi: "Số phút được dành, 1 đến 60.", en: "Allotted minutes, 1 to 60.")) var minutes: Int = 8
        @Flag(help: .say(vi: "Thêm vào danh sách một người phát biểu chưa có trong đó (cần --group).", en: "Add a speaker who is not in the roster to it (needs --group).")) var addDelegate = false
        @Option(help: .say(vi: "Mã nhóm thành phần cho --add-delegate (xem `podium groups list`).", en: "The participant group key for --add-delegate (see `podium groups list`).")) var group: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                if addDelegate, group == nil {
                    throw UsageError(description: global.say(
                        vi: "--add-delegate cần --group MÃ_NHÓM, nhóm đại biểu để thêm người trình bày vào",
                        en: "--add-delegate needs --group KEY, the participant group to add the speaker to"))
                }
                let draft = ContributionDraft(topic: topic, unit: unit, speakerName: speaker, speakerTitle: title, minutes: minutes)
                let added = try store.run(.speakers(.add(draft, addDelegateToGroup: addDelegate ? group : nil)), by: actor, at: Date()).required(\.contribution)
                TerminalText.say(global.say(
                    vi: "Đã thêm tham luận \(added.id) ở vị trí \(added.position).", en: "Added contribution \(added.id) at position \(added.position)."))
            }
        }
    }
}
