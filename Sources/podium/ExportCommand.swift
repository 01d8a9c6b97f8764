import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium export KIND`: documents from the event, to standard output or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a document from the event: the post-event report or the checklist status.",
        discussion: """
            report: planned against actual for every segment (md, csv, html). \
            checklist: the status of every item, grouped by agency (md, csv). \
            awards-script: the MC's award ceremony script (md, html, txt). \
            awards-list: the recipients in decision order for certificate printing (csv). \
            Output goes to standard output unless --output is given; an existing file is only replaced with --force.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case report, checklist
        case awardsScript = "awards-script", awardsList = "awards-list"
    }

    @Argument(help: "What to export: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @Option(name: .customLong("format"), help: "md (default; csv for awards-list), csv, html or txt where the kind offers it.")
    var chosenFormat: String?

    private var format: String { chosenFormat ?? (kind == .awardsList ? "csv" : "md") }

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                throw UsageError(description: "\(output) already exists; add --force to replace it or choose another --output")
            }
            let store = try EventOpening.open(global)
            let event = try store.load()
            let text: String
            switch kind {
            case .report:
                let chosen = try Self.format(format, of: ShowReport.Format.self, for: kind)
                text = ShowReport(event: event, state: try store.showState(), now: Date(), timeZone: .current).render(chosen)
            case .checklist:
                let chosen = try Self.format(format, of: ChecklistReport.Format.self, for: kind)
                let report = ChecklistReport(
                    info: event.info, items: event.checklist, segments: event.segments,
                    now: LocalMoment(Date(), in: .current), labels: global.lang == .en ? .english : .vietnamese
                )
                text = report.text(chosen)
            case .awardsScript:
                let chosen = try Self.format(format, of: AwardScript.Format.self, for: kind)
                let ceremony = AwardCeremony(event: event, progress: try store.awardProgress())
                text = AwardScript(event: event, ceremony: ceremony, language: global.lang == .en ? .en : .vi).render(chosen)
            case .awardsList:
                guard format.lowercased() == "csv" else {
                    throw UsageError(description: "awards-list cannot be exported as \"\(format)\"; use --format csv")
                }
                text = AwardRecipientList.csv(event, language: global.lang == .en ? .en : .vi)
            }
            try DocumentOutput.write(text, to: output)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(error)
        }
    }

    static func format<F: RawRepresentable & CaseIterable>(_ name: String, of type: F.Type, for kind: Kind) throws -> F
    where F.RawValue == String {
        guard let format = F(rawValue: name.lowercased()) else {
            let offered = F.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(description: "\(kind.rawValue) cannot be exported as \"\(name)\"; use --format \(offered)")
        }
        return format
    }
}

/// Writes a document to standard output or a file.
enum DocumentOutput {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
