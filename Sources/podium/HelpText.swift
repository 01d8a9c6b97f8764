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
    /// put into Vietnamese. Only its fixed words are replaced; what the user typed, the names of
    /// options and the commands' own (already translated) texts stay as they are. English is
    /// left exactly as the parser writes it.
    static func localised(_ message: String) -> String {
        language == .vi ? vietnamese(message) : message
    }

    /// The Vietnamese of a message of the parser, whatever the language of this run.
    static func vietnamese(_ message: String) -> String {
        var text = message
        for phrase in parserPhrases {
            text = text.replacing(phrase.english) { match in phrase.vietnamese(match.output.dropFirst().map { $0.substring.map(String.init) ?? "" }) }
        }
        return text
    }

    /// One of the parser's fixed phrases: its English as a pattern whose groups are what the
    /// parser fills in (a value, an option, a list), and the Vietnamese made from those groups.
    struct ParserPhrase {
        var english: Regex<AnyRegexOutput>
        var vietnamese: ([String]) -> String

        init(_ english: String, _ vietnamese: @escaping ([String]) -> String) {
            self.english = try! Regex(english)
            self.vietnamese = vietnamese
        }

        /// A phrase with nothing filled in.
        init(literal english: String, _ vietnamese: String) {
            self.init(NSRegularExpression.escapedPattern(for: english)) { _ in vietnamese }
        }
    }

    /// The templates of swift-argument-parser 1.x (HelpGenerator, MessageInfo and
    /// ErrorMessageGenerator in its sources), the longer before any phrase they contain.
    /// A value the user typed is matched up to the last quote of its line, so a quote inside
    /// it does not cut it short.
    static var parserPhrases: [ParserPhrase] {
        /// A list the parser joins with "or" (three or more) or "and" (two): in Vietnamese
        /// both are "hoặc", since one of them is to be chosen.
        func choices(_ list: String) -> String {
            list.replacingOccurrences(of: "' or '", with: "' hoặc '").replacingOccurrences(of: "' and '", with: "' hoặc '")
        }
        func position(_ text: String) -> String {
            text.replacingOccurrences(of: "' in '", with: "' trong '")
                .replacing(try! Regex("^flag "), with: "cờ ").replacing(try! Regex("^position "), with: "vị trí ")
        }
        return [
            // The help page.
            ParserPhrase(#"(?m)^OVERVIEW:"#) { _ in "TỔNG QUAN:" },
            ParserPhrase(#"(?m)^USAGE:"#) { _ in "CÁCH DÙNG:" },
            ParserPhrase(#"(?m)^ARGUMENTS:"#) { _ in "ĐỐI SỐ:" },
            ParserPhrase(#"(?m)^OPTIONS:"#) { _ in "TÙY CHỌN:" },
            ParserPhrase(#"(?m)^SUBCOMMANDS:"#) { _ in "LỆNH CON:" },
            ParserPhrase(literal: "Show help information.", "Hiện trợ giúp."),
            ParserPhrase(literal: "Show the version.", "Hiện phiên bản."),
            ParserPhrase(literal: "Show subcommand help information.", "Hiện trợ giúp của một lệnh con."),
            ParserPhrase(#"See '([^'\n]*) <subcommand>' for detailed help\."#) { "Xem '\($0[0]) <lệnh con>' để có trợ giúp chi tiết." },
            // One letter longer than "(default)": it takes a space of the padding, so the column stays.
            ParserPhrase(#"(?m)^(  \S+) \(default\)( ?)"#) { "\($0[0]) (mặc định)" },
            ParserPhrase(literal: "(default as flag:", "(mặc định khi dùng như cờ:"),
            ParserPhrase(literal: "; default as flag:", "; mặc định khi dùng như cờ:"),
            ParserPhrase(literal: "(default:", "(mặc định:"),
            ParserPhrase(literal: "; default:", "; mặc định:"),
            ParserPhrase(literal: "(values:", "(giá trị:"),
            // The frame of an error.
            ParserPhrase(#"(?m)^Error: "#) { _ in "Lỗi: " },
            ParserPhrase(#"(?m)^Help:  "#) { _ in "Trợ giúp:  " },
            ParserPhrase(#"(?m)^Usage: "#) { _ in "Cách dùng: " },
            ParserPhrase(#"(?m)^  See '(.*)' for more information\.$"#) { "  Xem '\($0[0])' để biết thêm." },
            // The errors.
            ParserPhrase(#"(?m)^   or: (.*) in '([^'\n]*)'$"#) { "   hoặc: \($0[0]) trong '\($0[1])'" },
            ParserPhrase(#"Unknown option '([^'\n]*)'\. Did you mean '([^'\n]*)'\?"#) { "Không có tùy chọn '\($0[0])'. Có phải ý bạn là '\($0[1])'?" },
            ParserPhrase(literal: "Unknown option '", "Không có tùy chọn '"),
            ParserPhrase(literal: "Missing value for '", "Thiếu giá trị cho '"),
            ParserPhrase(literal: "Missing expected argument '", "Thiếu đối số '"),
            ParserPhrase(literal: "Missing one of: '", "Thiếu một trong: '"),
            ParserPhrase(literal: "Missing required subcommand.", "Thiếu lệnh con."),
            ParserPhrase(#"Unexpected argument '"#) { _ in "Thừa đối số '" },
            ParserPhrase(#"(\d+) unexpected arguments: '"#) { "Thừa \($0[0]) đối số: '" },
            ParserPhrase(#"The option '([^'\n]*)' does not take any value, but '(.*)' was specified\."#) {
                "Tùy chọn '\($0[0])' không nhận giá trị, nhưng lại được cho '\($0[1])'."
            },
            ParserPhrase(#"(?m)Value to be set with (.*) had already been set with (.*)$"#) {
                "Giá trị đặt bằng \(position($0[0])) đã được đặt trước đó bằng \(position($0[1]))"
            },
            ParserPhrase(#"The value '(.*)' is invalid for '([^'\n]*)'"#) { "Giá trị '\($0[0])' không hợp lệ cho '\($0[1])'" },
            ParserPhrase(#"The value '(.*)' is invalid\."#) { "Giá trị '\($0[0])' không hợp lệ." },
            ParserPhrase(#"(?m)\. Please provide one of the following:$"#) { _ in ". Hãy chọn một trong các giá trị sau:" },
            ParserPhrase(#"(?m)\. Please provide one of ('.*')\.$"#) { ". Hãy chọn một trong \(choices($0[0]))." },
            ParserPhrase(literal: "Invalid option: ", "Tùy chọn không hợp lệ: "),
            ParserPhrase(#"Command '([^'\n]*)' is not a parent of the current command\."#) { "Lệnh '\($0[0])' không phải lệnh cha của lệnh này." },
        ]
    }
}

extension ArgumentHelp {
    /// A help text in the language `HelpText` chose.
    static func say(vi: String, en: String) -> ArgumentHelp { ArgumentHelp(HelpText.say(vi: vi, en: en)) }
}
