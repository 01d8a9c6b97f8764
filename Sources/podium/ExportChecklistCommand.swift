import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium export …`: documents made from the event.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes documents made from the event.",
        subcommands: [ExportChecklistCommand.self]
    )
}

struct ExportChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Writes the checklist status report, grouped by agency, as Markdown or CSV."
    )

    @Option(help: "md or csv.") var format: ChecklistReport.Format = .md
    @Option(help: "The file to write. Default: standard output.") var output: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                throw UsageError(description: "\(output) already exists; add --force to replace it or choose another --output")
            }
            let event = try EventOpening.open(global).load()
            let report = ChecklistReport(
                info: event.info, items: event.checklist, segments: event.segments,
                now: LocalMoment(Date(), in: .current), labels: global.lang == .en ? .english : .vietnamese
            )
            let text = report.text(format)
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(error)
        }
    }
}

extension ChecklistReport.Format: ExpressibleByArgument {}
