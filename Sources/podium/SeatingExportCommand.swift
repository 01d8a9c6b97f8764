import ArgumentParser
import Foundation
import PodiumCore

/// `podium export seating|placecards|seating-lists`: printable documents of the seating plan.
struct SeatingExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the seating chart (svg, html), place cards (html) or the lists per group (csv)."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case seating, placecards
        case seatingLists = "seating-lists"
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, html, csv }

    @Argument(help: "What to export: seating, placecards or seating-lists.") var kind: Kind
    @Option(help: "svg or html for seating; html for placecards; csv for seating-lists.") var format: Format?
    @Option(name: .shortAndLong, help: "Where to write: a file (default: standard output), or a directory for seating-lists.")
    var output: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            let event = try EventOpening.open(global).load()
            let chart = SeatingChart(event: event)
            switch (kind, format) {
            case (.seating, .svg?): try write(SeatingChartSVG.render(chart))
            case (.seating, .html?), (.seating, nil): try write(SeatingChartHTML.render(chart))
            case (.placecards, .html?), (.placecards, nil): try write(PlaceCards.render(chart))
            case (.seatingLists, .csv?), (.seatingLists, nil): try writeLists(SeatingLists.render(event))
            case (_, let format?):
                throw UsageError(description: "\(kind.rawValue) cannot be exported as \(format.rawValue); seating takes svg or html, placecards html, seating-lists csv")
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(error)
        }
    }

    private func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw UsageError(description: "cannot write \(output): \(error.localizedDescription); check the folder exists and is writable")
        }
    }

    private func writeLists(_ files: [SeatingLists.File]) throws {
        guard let output else {
            throw UsageError(description: "seating-lists writes one CSV file per group; give a directory with --output")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent(file.fileName), options: .atomic)
            }
        } catch {
            throw UsageError(description: "cannot write the lists into \(output): \(error.localizedDescription); check the folder is writable")
        }
        print("Wrote \(files.count) lists to \(output).")
    }
}
