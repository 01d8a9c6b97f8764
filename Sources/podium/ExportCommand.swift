import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

/// `podium export KIND`: documents from the event, to standard output or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a document from the event: the post-event report.",
        discussion: "Output goes to standard output unless --output is given; an existing file is only replaced with --force."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case report
    }

    @Argument(help: "What to export: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @Option(help: "md, csv or html.")
    var format: ShowReport.Format = .md

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            let store = try EventOpening.open(global)
            let text: String
            switch kind {
            case .report:
                let event = try store.load()
                text = ShowReport(event: event, state: try store.showState(), now: Date(), timeZone: .current).render(format)
            }
            try DocumentOutput.write(text, to: output, force: force)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(error)
        }
    }
}

extension ShowReport.Format: ExpressibleByArgument {}

/// Writes a document to standard output or a file, never over an existing file without --force.
enum DocumentOutput {
    static func write(_ text: String, to path: String?, force: Bool) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: url.path) && !force {
            throw UsageError(description: "\(path) already exists; add --force to replace it")
        }
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
