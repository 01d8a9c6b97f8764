import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium event set …` and `podium groups …`: the event's details and its participant
/// groups, changed with the same checks as everywhere else, each in one journaled write.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event", abstract: HelpText.say(vi: "Sửa thông tin sự kiện: tên, số kế hoạch, ngày, giờ bắt đầu, địa điểm, đơn vị tổ chức, múi giờ.", en: "Changes the event's details: title, plan number, date, start, venue, organiser, time zone."),
        subcommands: [SetDetails.self]
    )

    struct SetDetails: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: HelpText.say(vi: "Sửa những thông tin được cho; các thông tin khác giữ nguyên.", en: "Changes the details given; the others stay."))
        @Option(help: .say(vi: "Tên hội nghị.", en: "The conference's title.")) var title: String?
        @Option(name: .customLong("plan-number"), help: .say(vi: "Số kế hoạch, ví dụ 45/KH-UBND.", en: "The plan's number, e.g. 45/KH-UBND.")) var planNumber: String?
        @Option(help: .say(vi: "Ngày (YYYY-MM-DD hoặc DD/MM/YYYY).", en: "The date (YYYY-MM-DD or DD/MM/YYYY).")) var date: String?
        @Option(help: .say(vi: "Giờ bắt đầu (HH:MM).", en: "The start time (HH:MM).")) var start: String?
        @Option(help: .say(vi: "Địa điểm tổ chức.", en: "Where it is held.")) var venue: String?
        @Option(help: .say(vi: "Đơn vị tổ chức.", en: "Who organises it.")) var organiser: String?
        @Option(help: .say(vi: "Múi giờ của hội trường, ví dụ Asia/Ho_Chi_Minh hoặc UTC.", en: "The hall's time zone, e.g. Asia/Ho_Chi_Minh or UTC.")) var tz: String?
        @Flag(help: .say(vi: "Chấp nhận ngày đã qua (để lưu hồ sơ một hội nghị đã diễn ra).", en: "Accept a date already past (to keep the record of an event held).")) var past = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try EventOpening.withEvent(global) { store, actor in
                guard global.role == .organizer else {
                    throw global.roleRefusal(vi: "sửa thông tin sự kiện", en: "change the event's details", allowed: [.organizer])
                }
                let draft = EventInfoDraft(
                    title: title ?? "", planNumber: planNumber, date: date ?? "", start: start ?? "", venue: venue,
                    organiser: organiser, timeZone: tz ?? ""
                )
                let base = try store.load().info
                let info: EventInfo
                do throws(EventInfoDraft.Problem) {
                    info = try draft.info(base: base, now: Date(), allowPast: past)
                } catch {
                    throw UsageError(description: Self.describe(error, global))
                }
                try store.run(.event(.info(info)), by: actor, at: Date())
                let when = "\(global.lang == .vi ? info.date.vietnamese : info.date.iso) \(info.startTime.hhmm) \(info.timeZoneID)"
                TerminalText.say(([info.title, when, info.venue].filter { !$0.isEmpty }).joined(separator: " · "))
            }
        }

        static func describe(_ problem: EventInfoDraft.Problem, _ global: GlobalOptions) -> String {
            switch problem {
            case .badDate(let text):
                global.say(vi: "--date \"\(text)\" không phải ngày; viết dạng 2026-03-26 hoặc 26/03/2026",
                           en: "--date \"\(text)\" is not a date; write it as 2026-03-26 or 26/03/2026")
            case .pastDate(let day, let today):
                global.say(vi: "ngày \(day.vietnamese) đã qua (hôm nay \(today.vietnamese)); thêm --past nếu đó là ngày hội nghị đã diễn ra",
                           en: "\(day.iso) is past (today is \(today.iso)); add --past if the event was held then")
            case .badTime(let text):
                global.say(vi: "--start \"\(text)\" không phải giờ; viết dạng 08:00", en: "--start \"\(text)\" is not a time of day; write it as 08:00")
            case .unknownTimeZone(let zone):
                global.say(vi: "--tz \"\(zone)\" không phải tên múi giờ; dùng dạng Asia/Ho_Chi_Minh hoặc UTC",
                           en: "--tz \"\(zone)\" is not a time zone name; use one such as Asia/Ho_Chi_Minh or UTC")
            }
        }
    }
}

struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups", abstract: HelpText.say(vi: "Liệt kê hoặc sửa các nhóm thành phần (tên, tên ngắn, thứ tự ưu tiên, khu vực ngồi).", en: "Lists or changes the participant groups (name, short label, precedence, seating block)."),
        subcommands: [List.self, SetGroup.self], defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Liệt kê các nhóm theo thứ tự ưu tiên, kèm số đại biểu.", en: "Lists the groups in precedence order with their delegate counts."))
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try EventOpening.withEvent(global) { store, _ in
                let event = try store.load()
                let strings = (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup
                for group in event.groups.sorted(by: { $0.order < $1.order }) {
                    let count = event.delegates.filter { $0.groupKey == group.key }.count
                    let block = strings.block(GroupEdit.block(of: group.key, event.seating.settings))
                    TerminalText.say("\(group.order). \(group.name) [\(group.key), \(strings.level(group.level))] · \(group.label) · \(block) · \(count)")
                }
            }
        }
    }

    struct SetGroup: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: HelpText.say(vi: "Sửa tên, tên ngắn hoặc vị trí ưu tiên của một nhóm.", en: "Changes a group's name, short label or place in precedence."))
        @Argument(help: .say(vi: "Nhóm: mã hoặc tên.", en: "The group: key or name.")) var group: String
        @Option(help: .say(vi: "Tên đầy đủ.", en: "The full name.")) var name: String?
        @Option(name: .customLong("short-label"), help: .say(vi: "Vài chữ cho chỗ hẹp (\"Xã, phường\"); để trống để dùng tên.", en: "A few words for tight places (\"Xã, phường\"); empty to use the name.")) var shortLabel: String?
        @Option(help: .say(vi: "Vị trí trong thứ tự ưu tiên (1 = đầu tiên); các nhóm khác dời chỗ.", en: "Its place in precedence (1 = first); the others move to make room.")) var order: Int?
        @Option(help: .say(vi: "Nơi ngồi: leaders (đoàn chủ tịch và các hàng đầu), hall (hội trường) hoặc press (báo chí); viết tiếng Việt cũng được (lãnh đạo, hội trường, báo chí).", en: "Where it sits: leaders (presidium and front rows), hall or press (lãnh đạo, hội trường, báo chí).")) var block: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try EventOpening.withEvent(global) { store, actor in
                guard global.role == .organizer || global.role == .protocol else {
                    throw global.roleRefusal(vi: "sửa nhóm đại biểu", en: "change groups", allowed: [.organizer, .protocol])
                }
                let event = try store.load()
                let strings = (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup
                var changed: EventData
                let edit: GroupEdit
                do throws(GroupEdit.Problem) {
                    let found = try GroupEdit.group(group, in: event.groups)
                    edit = GroupEdit(groupKey: found.key, name: name, shortLabel: shortLabel, order: order,
                                     block: try block.map { text throws(GroupEdit.Problem) in try GroupEdit.block(typed: text) })
                    changed = try edit.applied(to: event)
                } catch {
                    throw UsageError(description: strings.groupProblem(error))
                }
                // One transaction for the group and the seating settings, so a change never half-commits.
                if changed != event { changed = try store.run(.roster(.group(edit)), by: actor, at: Date()).required(\.event) }
                let groups = changed.groups
                for g in groups { TerminalText.say("\(g.order). \(g.name) · \(g.label) · \(strings.block(GroupEdit.block(of: g.key, changed.seating.settings)))") }
            }
        }
    }
}
