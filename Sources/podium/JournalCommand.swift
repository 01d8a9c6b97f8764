import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore
import TermCore

/// `podium journal`: who did what when, in plain words, from the event's append-only journal.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: HelpText.say(vi: "Liệt kê nhật ký thao tác: ai đã làm gì, lúc nào.", en: "Lists the journal: who did what, and when."),
        discussion: HelpText.say(
            vi: "--operator TÊN: chỉ các thao tác của người này (không phân biệt dấu, hoa thường); --event TỆP và --lang vi|en như các lệnh khác. Thời gian theo múi giờ của sự kiện. --since nhận 2026-03-26, 2026-03-26T08:00 (giờ của sự kiện) hoặc thời điểm ISO 8601 có múi giờ. --action nhận tên một thao tác (show.next) hoặc một nhóm (show, seat, checklist, award, delegate, import …).",
            en: "--operator NAME: only this operator's entries (accents and case ignored); --event FILE and --lang vi|en as for every command. Times are in the event's time zone. --since takes 2026-03-26, 2026-03-26T08:00 (the event's local time) or an ISO 8601 instant with its offset. --action takes one action's name (show.next) or an area (show, seat, checklist, award, delegate, import …)."
        )
    )

    @Option(help: .say(vi: "Chỉ các thao tác từ thời điểm này.", en: "Only entries from this time on."))
    var since: String?

    @Option(help: .say(vi: "Chỉ thao tác này, hoặc các thao tác của một nhóm.", en: "Only this action, or the actions of one area."))
    var action: String?

    @Option(help: .say(vi: "Chỉ N thao tác mới nhất.", en: "Only the newest N entries."))
    var last: Int?

    @Flag(help: .say(vi: "In JSON thay vì văn bản.", en: "Print JSON instead of text."))
    var json = false

    /// Hidden from the list of options: its `--operator` here picks whose entries to list, and
    /// the discussion says so, rather than "your name in the journal" as for every other command.
    @OptionGroup(visibility: .hidden) var global: GlobalOptions

    struct Line: Encodable {
        var id: Int64
        var time: String
        var `operator`: String
        var role: String
        /// The OS account that wrote the entry ("" before Podium recorded it).
        var osUser: String
        var action: String
        /// The entry in plain words, in the chosen language.
        var text: String
        var fields: [String: JSONValue]
    }

    func run() throws {
        try reportingErrors(global) {
            let store = try EventOpening.open(global, readOnly: true)
            let data = try store.load()
            let zone = data.info.timeZone
            let sinceDate = try since.map { text throws -> Date in
                guard let date = JournalCommand.instant(text, in: zone) else {
                    throw UsageError(description: global.say(
                        vi: "--since: “\(text)” không phải ngày giờ; viết dạng 2026-03-26, 2026-03-26T08:00 hoặc 2026-03-26T08:00:00+07:00",
                        en: "--since: “\(text)” is not a date and time; write it as 2026-03-26, 2026-03-26T08:00 or 2026-03-26T08:00:00+07:00"))
                }
                return date
            }
            if let last, last < 1 {
                throw UsageError(description: global.say(vi: "--last phải là số dương", en: "--last must be a positive number"))
            }
            let filter = JournalFilter(since: sinceDate, operatorName: global.operatorName, action: action)
            let all = try store.journal()
            var entries = all.filter(filter.admits)
            if let last { entries = Array(entries.suffix(last)) }
            let strings = global.lang.strings
            let names = JournalNames(data, journal: all)
            let clock = EventClock(date: data.info.date, timeZone: zone)
            let lines = entries.map { entry in
                Line(id: entry.id, time: clock.iso8601(entry.time), operator: entry.operatorName, role: entry.role.rawValue, osUser: entry.osUser,
                     action: entry.action, text: strings.journal.sentence(entry.fact, names), fields: entry.fact.payload)
            }
            if json {
                TerminalText.sayJSON(try JSONOutput.encode(lines))
            } else if lines.isEmpty {
                TerminalText.say(all.isEmpty ? strings.journal.empty : strings.journal.noMatch)
            } else {
                TerminalText.say(text(entries, lines, strings, zone))
            }
        }
    }

    /// One line an entry: number, local time, who, what.
    private func text(_ entries: [JournalEntry], _ lines: [Line], _ strings: UIStrings, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let who = entries.map { JournalStrings.who($0, strings) }
        let width = who.map { TextWidth.width(of: $0) }.max() ?? 0
        let idWidth = String(entries.last?.id ?? 0).count + 1
        return zip(zip(entries, lines), who).map { pair, who in
            let (entry, line) = pair
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: entry.time)
            let time = String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            let number = ("#" + String(entry.id)).padding(toLength: idWidth, withPad: " ", startingAt: 0)
            return "\(number)  \(time)  \(who)\(String(repeating: " ", count: width - TextWidth.width(of: who)))  \(line.text)"
        }.joined(separator: "\n")
    }

    /// A date (midnight), a local date and time in the event's zone, or an ISO 8601 instant.
    static func instant(_ text: String, in zone: TimeZone) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let date = iso.date(from: text) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard (1...2).contains(parts.count), let day = CivilDate(parsing: parts[0]) else { return nil }
        var components = DateComponents(year: day.year, month: day.month, day: day.day)
        if parts.count == 2 {
            let time = parts[1].split(separator: ":").compactMap { Int($0) }
            guard (2...3).contains(time.count), parts[1].split(separator: ":").count == time.count,
                  (0..<24).contains(time[0]), (0..<60).contains(time[1]) else { return nil }
            components.hour = time[0]
            components.minute = time[1]
            components.second = time.count == 3 ? time[2] : 0
        }
        return calendar.date(from: components)
    }
}
