import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// Options every command takes: which event, who is working, how it looks.
struct GlobalOptions: ParsableArguments {
    @Option(help: .say(vi: "Tệp sự kiện. Mặc định: $PODIUM_EVENT, nếu không có thì sự kiện mẫu trong thư mục dữ liệu XDG (tạo ở lần chạy đầu).", en: "The event file. Default: $PODIUM_EVENT, else the demo event in the XDG data directory (created on first run)."))
    var event: String?

    @Option(help: .say(vi: "Vai trò của bạn ở cửa sổ này: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).",
                       en: "Your role at this terminal: \(Role.allCases.map(\.rawValue).joined(separator: ", "))."))
    var role: Role = .organizer

    @Option(name: .customLong("operator"), help: .say(vi: "Tên của bạn trong nhật ký. Mặc định: tên người dùng của hệ thống.", en: "Your name in the journal. Default: the system user name."))
    var operatorName: String?

    @Option(help: .say(vi: "Tên giao diện màu (default, light, high-contrast, mono, hoặc một giao diện trong thư mục giao diện của người dùng) hoặc đường dẫn đến tệp .yaml.", en: "Theme name (default, light, high-contrast, mono, or one in the user theme directory) or a path to a .yaml theme."))
    var theme: String = "default"

    @Option(help: .say(vi: "Ngôn ngữ giao diện: vi (mặc định) hoặc en.", en: "Interface language: vi (default) or en."))
    var lang: Language = HelpText.language

    /// A message in the interface's language.
    func say(vi: String, en: String) -> String { lang == .en ? en : vi }

    /// The refusal for a role that may not do something, naming the roles that may.
    func roleRefusal(vi action: String, en english: String, allowed: [Role]) -> UsageError {
        let flags = allowed.map { "--role \($0.rawValue)" }
        return UsageError(description: say(
            vi: "vai \(lang.strings.roleName(role)) không được \(action); chạy lại với \(flags.joined(separator: " hoặc "))",
            en: "the \(role.rawValue) role may not \(english); run again with \(flags.joined(separator: " or "))"))
    }

    /// Refuses unless the role may drive the live show.
    func requireShowDriver() throws {
        guard role.may(.driveShow) else {
            throw roleRefusal(vi: "điều hành chương trình", en: "drive the show", allowed: [.mc, .organizer])
        }
    }

    /// Who the journal names for this command's changes.
    var actor: Actor { Actor(operatorName: resolvedOperator, role: role) }

    var resolvedOperator: String {
        if let operatorName, !operatorName.trimmingCharacters(in: .whitespaces).isEmpty {
            return VietnameseText.normalize(operatorName)
        }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}
