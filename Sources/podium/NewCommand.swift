import ArgumentParser
import Foundation
import PodiumCore
import PodiumDemo
import PodiumDocuments
import PodiumStore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Creates a new event file.",
        discussion: """
            --template laocai-par-2025 (the default) copies the built-in demo: the Lào Cai conference \
            announcing the 2025 PAR index, with a fictional roster. --template blank makes an event with \
            no programme, people or hall.
            """
    )

    enum Template: String, ExpressibleByArgument, CaseIterable {
        case laocaiPAR2025 = "laocai-par-2025"
        case blank
    }

    @Argument(help: "Path of the event file to create; it must not exist yet.")
    var file: String

    @Option(help: "laocai-par-2025 or blank.")
    var template: Template = .laocaiPAR2025

    @Option(help: "An event file (YAML, from `podium export event`) to build the new event from; overrides --template.")
    var from: String?

    @Option(help: "Title of a blank event.")
    var title: String = "Sự kiện mới"

    @Option(help: "Date of a blank event (YYYY-MM-DD or DD/MM/YYYY). Default: today.")
    var date: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            let url = URL(fileURLWithPath: file)
            let actor = global.actor
            if let from {
                try createFromEventFile(from, at: url, actor: actor)
                return
            }
            let data: EventData
            switch template {
            case .laocaiPAR2025:
                data = try DemoEvent.make()
            case .blank:
                data = EventData.blank(title: VietnameseText.normalize(title), date: try blankDate())
            }
            let store = try EventStore.create(at: url, from: data, by: actor)
            let counts = try store.counts()
            TerminalText.say("Created \(url.path) from \(template.rawValue): \(counts.segments) segments, \(counts.delegates) delegates, \(counts.checklistItems) checklist items.")
        } catch let exit as ExitCode {
            throw exit
        } catch let problems as ImportProblems {
            throw fail(UsageError(description: "\(from ?? file) cannot be used; nothing was created:\n" + problems.report(file: from ?? file)))
        } catch {
            throw fail(error)
        }
    }

    private func createFromEventFile(_ path: String, at url: URL, actor: Actor) throws {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UsageError(description: "\(path) cannot be read (\(error.localizedDescription)); check the path")
        }
        let eventFile = try EventYAMLReader.read(try SpreadsheetText.decode(bytes).text)
        let store = try EventStore.create(at: url, from: eventFile.data, template: path, by: actor)
        if !eventFile.settings.isEmpty {
            try store.replaceAll(with: eventFile.data, settings: eventFile.settings, action: "event.import", by: actor, at: Date())
        }
        let counts = try store.counts()
        TerminalText.say("Created \(url.path) from \(path): \(counts.segments) segments, \(counts.delegates) delegates, \(counts.checklistItems) checklist items.")
    }

    private func blankDate() throws -> CivilDate {
        guard let date else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
        }
        guard let parsed = CivilDate(parsing: date) else {
            throw UsageError(description: "--date \"\(date)\" is not a date; write it as 2026-03-26 or 26/03/2026")
        }
        return parsed
    }
}
