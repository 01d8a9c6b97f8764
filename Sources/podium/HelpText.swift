import ArgumentParser
import Foundation
import PodiumApp

/// The language of `--help`, of the commands' descriptions and of the parser's own messages.
///
/// ArgumentParser reads every `abstract`, `discussion` and `help:` before (and while) it parses
/// the arguments, so the language cannot come from the parsed `--lang`. It is decided once, from
/// the raw command line and the environment, the same way `--lang` comes out: `--lang` if given,
/// else `PODIUM_LANG`, else Vietnamese (the default of `--lang`, which `LANG=vi_*` agrees with).
enum HelpText {
    static let language = resolve(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        if let named = environment["PODIUM_LANG"]?.lowercased(), let language = Language(rawValue: String(named.prefix(2))) {
            return language
        }
        return .vi
    }

    static func say(vi: String, en: String) -> String { language == .en ? en : vi }

    /// The parser's own headings and messages, which swift-argument-parser writes in English,
    /// put into Vietnamese line by line. Only the fixed words are replaced; what the user typed
    /// and the names of options stay as they are.
    static func localised(_ message: String) -> String {
        guard language == .vi else { return message }
        var text = message
        for (english, vietnamese) in parserWords {
            text = text.replacingOccurrences(of: english, with: vietnamese)
        }
        return text
    }

    /// Phrases of swift-argument-parser's help and errors, longest first where one contains another.
    static let parserWords: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"),
        ("USAGE:", "CÁCH DÙNG:"),
        ("ARGUMENTS:", "ĐỐI SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
        ("Show help information.", "Hiện trợ giúp."),
        ("Show the version.", "Hiện phiên bản."),
        ("See 'podium help <subcommand>' for detailed help.", "Xem 'podium help <lệnh con>' để có trợ giúp chi tiết."),
        ("(default:", "(mặc định:"),
        ("; default:", "; mặc định:"),
        ("(values:", "(giá trị:"),
        ("' for more information.", "' để biết thêm."),
        ("  See '", "  Xem '"),
        ("Error: ", "Lỗi: "),
        ("Help:  ", "Trợ giúp:  "),
        ("Usage: ", "Cách dùng: "),
        ("Missing expected argument", "Thiếu đối số"),
        ("Unknown option", "Không có tùy chọn"),
        ("Unexpected argument", "Đối số không mong đợi"),
        ("Missing value for", "Thiếu giá trị cho"),
        ("is invalid for", "không hợp lệ cho"),
        ("The value", "Giá trị"),
        ("Please provide one of", "Hãy chọn một trong"),
        ("Value to be set with flag", "Giá trị đặt bằng cờ"),
        ("had already been set with flag", "đã được đặt bằng cờ"),
        ("Did you mean", "Có phải ý bạn là"),
        ("Unexpected extra arguments:", "Thừa đối số:"),
    ]
}

extension ArgumentHelp {
    /// A help text in the language `HelpText` chose.
    static func say(vi: String, en: String) -> ArgumentHelp { ArgumentHelp(HelpText.say(vi: vi, en: en)) }
}
