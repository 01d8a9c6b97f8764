import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore
import TermCore
import TermCurses

@main
struct PodiumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "podium",
        abstract: "Runs a formal conference live: programme, seating, speakers, awards and checklist.",
        discussion: """
            Without a subcommand, opens the terminal interface on the event file. The event is one \
            SQLite file; several terminals (MC, protocol, organisers) may open the same file at once \
            and see each other's changes within a second.
            """,
        subcommands: [NewCommand.self, InfoCommand.self, SeatCommand.self, SeatingExportCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            try TUISession(options: global).run()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(error)
        }
    }
}
