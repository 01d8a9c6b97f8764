import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium seat settings`: the knobs of auto-assignment, checked by `SeatingSettingsDraft` as
/// the seating pane's form is.
struct SeatSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: HelpText.say(vi: "Xem hoặc đổi cách xếp chỗ (hướng nhìn, hàng chẵn, số hàng lãnh đạo).", en: "Shows or changes the seating settings (viewpoint, even rows, leader rows).")
    )
    @Option(help: .say(vi: "Nhìn từ đâu để số 2 ở bên phải số 1: stage (từ sân khấu, theo nghi thức Việt Nam) hoặc audience (từ phía đại biểu).", en: "From where number 2 is on number 1's right: stage (Vietnamese protocol) or audience.")) var viewpoint: String?
    @Option(name: .customLong("even-centring"), help: .say(vi: "Ở hàng chẵn, số 1 chia vị trí giữa với số 2 hoặc số 3.", en: "In an even row number 1 shares the middle with number 2 or 3.")) var evenCentring: String?
    @Option(name: .customLong("leader-rows"), help: .say(vi: "Số hàng trong hội trường dành cho lãnh đạo không ngồi đoàn chủ tịch (0–20).", en: "Hall rows kept for leaders not on the presidium (0–20).")) var leaderRows: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let changing = viewpoint != nil || evenCentring != nil || leaderRows != nil
        try SeatCommand.run(global, writes: changing) { store, actor in
            var settings = try store.load().seating.settings
            let strings = (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).setup
            if changing {
                let draft = SeatingSettingsDraft(viewpoint: viewpoint ?? "", evenCentring: evenCentring ?? "", leaderRows: leaderRows ?? "")
                do throws(SeatingSettingsDraft.Problem) {
                    settings = try draft.settings(base: settings)
                } catch {
                    throw UsageError(description: strings.seatingProblem(error))
                }
                try store.run(.seating(.settings(settings)), by: actor, at: Date())
            }
            let labels = strings.seatingSettingsFields
            TerminalText.say("\(labels[0]): \(strings.viewpoint(settings.viewpoint))")
            TerminalText.say("\(labels[1]): \(strings.evenCentring(settings.evenCentring))")
            TerminalText.say("\(labels[2]): \(settings.leaderRows)")
            if changing {
                TerminalText.say(global.say(vi: "Chỗ đã xếp giữ nguyên; xếp lại bằng podium seat auto --replace.",
                                 en: "Seats already given stay; re-seat with podium seat auto --replace."))
            }
        }
    }
}
