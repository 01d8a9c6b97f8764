import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: HelpText.say(vi: "In tên, ngày, địa điểm, phiên bản lược đồ của sự kiện và những gì nó chứa.", en: "Prints the event's title, date, venue, schema version and what it holds.")
    )

    @Flag(help: .say(vi: "In JSON thay vì văn bản.", en: "Print JSON instead of text."))
    var json = false

    @OptionGroup var global: GlobalOptions

    struct Report: Encodable {
        var file: String
        var title: String
        var planNumber: String
        var date: String
        var startTime: String
        var venue: String
        var organiser: String
        var schemaVersion: Int
        var readOnly: Bool
        /// What the integrity check found, when the file is damaged.
        var damage: String?
        var counts: EventCounts
    }

    func run() throws {
        try reportingErrors(global) {
            let store = try EventOpening.open(global, readOnly: true)
            let info = try store.load().info
            let report = Report(
                file: store.path, title: info.title, planNumber: info.planNumber, date: info.date.iso,
                startTime: info.startTime.hhmm, venue: info.venue, organiser: info.organiser,
                schemaVersion: EventStore.currentSchemaVersion, readOnly: store.damage != nil || !FileManager.default.isWritableFile(atPath: store.path), damage: store.damage, counts: try store.counts()
            )
            if json {
                TerminalText.sayJSON(try JSONOutput.encode(report))
            } else {
                TerminalText.say(text(report))
            }
        }
    }

    private func text(_ r: Report) -> String {
        let c = r.counts
        let vi = global.lang == .vi
        let damaged = r.damage.map {
            vi ? "\nHư hỏng:    \($0); tệp chỉ mở để đọc — hãy khôi phục từ bản sao lưu"
               : "\nDamaged:    \($0); it is opened read-only — restore it from a backup"
        } ?? ""
        let readOnly = r.readOnly ? (vi ? " (chỉ đọc)" : " (read-only)") : ""
        let labels = vi
            ? ["Ngày:", "Địa điểm:", "Cơ quan:", "Kế hoạch:", "Tệp:", "Lược đồ:", "Mục:", "Đại biểu:", "Ghế:", "Khen thưởng:", "Công việc:"]
            : ["Date:", "Venue:", "Organiser:", "Plan:", "File:", "Schema:", "Segments:", "Delegates:", "Seats:", "Recipients:", "Checklist:"]
        let values = [
            "\(r.date) \(r.startTime)", r.venue, r.organiser, r.planNumber, r.file + readOnly + damaged, "\(r.schemaVersion)",
            "\(c.segments)", "\(c.delegates)", "\(c.seats)", "\(c.recipients)", "\(c.checklistItems)",
        ]
        let width = labels.map(\.count).max() ?? 0
        let lines = zip(labels, values).map { label, value in label.padding(toLength: width + 1, withPad: " ", startingAt: 0) + value }
        return ([r.title] + lines).joined(separator: "\n")
    }
}
