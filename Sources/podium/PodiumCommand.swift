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
        abstract: HelpText.say(vi: "Điều hành một hội nghị trang trọng trực tiếp: chương trình, chỗ ngồi, phát biểu, khen thưởng và danh mục công việc.", en: "Runs a formal conference live: programme, seating, speakers, awards and checklist."),
        discussion: HelpText.say(vi: """
            Không có lệnh con thì mở giao diện trên tệp sự kiện. Sự kiện là một tệp SQLite; nhiều cửa sổ \
            (MC, lễ tân, ban tổ chức) có thể mở cùng một tệp một lúc và thấy thay đổi của nhau trong vòng \
            một giây.
            """, en: """
            Without a subcommand, opens the terminal interface on the event file. The event is one \
            SQLite file; several terminals (MC, protocol, organisers) may open the same file at once \
            and see each other's changes within a second.
            """),
        subcommands: [
            NewCommand.self, InfoCommand.self, ShowCommand.self, SpeakersCommand.self, AwardsCommand.self, SeatCommand.self,
            CheckCommand.self, ImportCommand.self, ExportCommand.self, IndexCommand.self, EventCommand.self, GroupsCommand.self,
            ProgrammeCommand.self, RankCommand.self, RecipientsCommand.self, JournalCommand.self, AccessCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: .say(vi: "main (mặc định) hoặc stage: đồng hồ số lớn chỉ để xem, cho màn hình của người phát biểu.", en: "main (default) or stage: the read-only big-digit clock for the speaker's monitor."))
    var view: AppState.View = .main

    func run() throws {
        try reportingErrors(global) {
            try TUISession(options: global, view: view).run()
        }
    }

    /// The parser's own messages quote the arguments they refuse ("Unknown option '…'"), so
    /// they too go out through the sanitiser instead of straight to the terminal.
    static func main() {
        // Past `ulimit -f` the kernel would kill the process with SIGXFSZ mid-write, with no
        // word; ignored, the write fails with EFBIG and SQLite's error is reported instead.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let message = HelpText.localised(fullMessage(for: error))
            let code = exitCode(for: error)
            if !message.isEmpty {
                if code == .success { TerminalText.say(message) } else { TerminalText.warn(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
