import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Prints the event's title, date, venue, schema version and what it holds."
    )

    @Flag(help: "Print JSON instead of text.")
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
        try reportingErrors {
            let store = try EventOpening.open(global, readOnly: true)
            let info = try store.load().info
            let report = Report(
                file: store.path, title: info.title, planNumber: info.planNumber, date: info.date.iso,
                startTime: info.startTime.hhmm, venue: info.venue, organiser: info.organiser,
                schemaVersion: EventStore.currentSchemaVersion, readOnly: store.damage != nil || !FileManager.default.isWritableFile(atPath: store.path), damage: store.damage, counts: try store.counts()
            )
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                TerminalText.sayJSON(try encoder.encode(report))
            } else {
                TerminalText.say(text(report))
            }
        }
    }

    private func text(_ r: Report) -> String {
        let c = r.counts
        return """
            \(r.title)
            Date:       \(r.date) \(r.startTime)
            Venue:      \(r.venue)
            Organiser:  \(r.organiser)
            Plan:       \(r.planNumber)
            File:       \(r.file)\(r.readOnly ? " (read-only)" : "")\(r.damage.map { "\n            Damaged:    \($0); it is opened read-only — restore it from a backup" } ?? "")
            Schema:     \(r.schemaVersion)
            Segments:   \(c.segments)
            Delegates:  \(c.delegates)
            Seats:      \(c.seats)
            Recipients: \(c.recipients)
            Checklist:  \(c.checklistItems)
            """
    }
}
