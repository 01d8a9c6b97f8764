import Foundation
import Testing

/// The command line as a Vietnamese office meets it: results and refusals in Vietnamese by
/// default and in English with `--lang en`, and `--json` the same in both, in snake_case.
@Suite(.serialized) struct CLILanguageEndToEndTests {
    /// Every command with `--json`, on the demo, once the show is running so that every field has a value.
    @Test func everyJSONOutputUsesSnakeCaseKeys() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        #expect(try tmux.podium(["show", "start", "--override", "--event", file, "--role", "mc"]).status == 0)
        let commands: [[String]] = [
            ["info"], ["show", "status"], ["speakers", "list"], ["seat", "list"], ["check", "list"], ["awards", "batches"],
            ["index", "ranking"], ["index", "unit", "Sở Nội vụ"], ["access", "list"],
        ]
        for command in commands {
            let vi = try tmux.podium(command + ["--json", "--event", file])
            let en = try tmux.podium(command + ["--json", "--event", file, "--lang", "en"])
            #expect(vi.status == 0, "\(command): \(vi.output)")
            let json = try JSONSerialization.jsonObject(with: Data(vi.output.utf8))
            let keys = Self.keys(json)
            // The show's clock moves between the two runs; everything else is the same text.
            if command == ["show", "status"] {
                #expect(Self.keys(try JSONSerialization.jsonObject(with: Data(en.output.utf8))) == keys)
            } else {
                #expect(vi.output == en.output, "\(command) is not language-neutral")
            }
            #expect(!keys.isEmpty, "\(command)")
            let wrong = keys.filter { $0.range(of: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", options: .regularExpression) == nil }
            #expect(wrong.isEmpty, "\(command) has keys not in snake_case: \(wrong.sorted())")
        }
    }

    /// `--help` and the parser's own refusals in the same language as the results: Vietnamese by
    /// default, English with `--lang en` or `PODIUM_LANG=en`.
    @Test func helpAndParserMessagesFollowTheLanguage() throws {
        let tmux = try TmuxSession()
        let vi = try tmux.podium(["show", "next", "--help"])
        #expect(vi.output.contains("CÁCH DÙNG:") && vi.output.contains("Kết thúc mục đang chạy và bắt đầu mục sau."), "\(vi.output)")
        #expect(vi.output.contains("Hiện trợ giúp.") && !vi.output.contains("USAGE:"), "\(vi.output)")
        let en = try tmux.podium(["show", "next", "--help", "--lang", "en"])
        #expect(en.output.contains("USAGE:") && en.output.contains("Ends the current segment and starts the next."), "\(en.output)")
        let missing = try tmux.podium(["seat", "swap"])
        #expect(missing.status != 0 && missing.output.contains("Lỗi: Thiếu đối số"), "\(missing.output)")
        let english = try tmux.podium(["seat", "swap", "--lang=en"])
        #expect(english.output.contains("Error: Missing expected argument"), "\(english.output)")
        let kinds = try tmux.podium(["export", "--help"])
        #expect(kinds.output.contains("placecards: tờ in bảng tên, theo thứ tự chỗ ngồi (html; mặc định html)"), "\(kinds.output)")
        let kindsEn = try tmux.podium(["export", "--help", "--lang", "en"])
        #expect(kindsEn.output.contains("placecards: a print sheet of place cards, in seat order (html; default html)"), "\(kindsEn.output)")
    }

    /// The parser's fixed phrases around what it fills in (a value, an option, a list of
    /// choices, a count) come out in Vietnamese, and in English exactly as the parser writes them.
    @Test func parserPhrasesAroundFilledInPartsAreTranslated() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let cases: [(arguments: [String], vi: String, en: String)] = [
            (["event", "--help"], "Xem 'podium help event <lệnh con>' để có trợ giúp chi tiết.",
             "See 'podium help event <subcommand>' for detailed help."),
            (["info", "--role", "admin"], "Hãy chọn một trong 'mc', 'protocol', 'organizer' hoặc 'viewer'.",
             "Please provide one of 'mc', 'protocol', 'organizer' or 'viewer'."),
            (["awards", "tick", "1", "extra", "more"], "Lỗi: Thừa 2 đối số: 'extra', 'more'", "Error: 2 unexpected arguments: 'extra', 'more'"),
            (["awards", "tick", "1", "extra"], "Lỗi: Thừa đối số 'extra'", "Error: Unexpected argument 'extra'"),
            (["info", "--eventt", "x"], "Không có tùy chọn '--eventt'. Có phải ý bạn là '--event'?",
             "Unknown option '--eventt'. Did you mean '--event'?"),
            (["info", "--json=3"], "Tùy chọn '--json' không nhận giá trị, nhưng lại được cho '3'.",
             "The option '--json' does not take any value, but '3' was specified."),
            (["groups", "--help"], "  list (mặc định)         ", "  list (default)          "),
        ]
        let english = ["for detailed help", "unexpected argument", "Please provide", "' or '", "Did you mean", "(default)", "Error:", "Usage:"]
        for (arguments, vi, en) in cases {
            let inVietnamese = try tmux.podium(arguments + ["--event", file])
            #expect(inVietnamese.output.contains(vi), "\(arguments): \(inVietnamese.output)")
            let left = english.filter { inVietnamese.output.localizedCaseInsensitiveContains($0) }
            #expect(left.isEmpty, "\(arguments) leaves \(left) in English: \(inVietnamese.output)")
            let inEnglish = try tmux.podium(arguments + ["--event", file, "--lang", "en"])
            #expect(inEnglish.output.contains(en), "\(arguments) --lang en: \(inEnglish.output)")
        }
    }

    static func keys(_ json: Any) -> Set<String> {
        switch json {
        case let object as [String: Any]: object.reduce(into: Set(object.keys)) { $0.formUnion(keys($1.value)) }
        case let array as [Any]: array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
        default: []
        }
    }

    /// One command of each group, its result or its refusal, in both languages.
    @Test func resultsAndRefusalsFollowTheLanguage() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let export = tmux.home.appendingPathComponent("checklist.md").path
        let cases: [(arguments: [String], vi: String, en: String)] = [
            (["show", "status"], "Chưa bắt đầu. Mục đầu:", "Not started. First:"),
            (["show", "next", "--role", "mc"], "podium: Chương trình chưa bắt đầu; bắt đầu bằng `podium show start`.",
             "podium: The show has not started; start it with `podium show start`."),
            (["seat", "swap", "P1", "P2", "--role", "protocol"], "Đã đổi chỗ P1 và P2.", "Swapped P1 and P2."),
            (["seat", "lock", "Z9", "--role", "protocol"], "podium: Không có ghế “Z9” trong hội trường", "podium: There is no seat “Z9” in this hall"),
            (["seat", "clear"], "podium: vai Ban tổ chức không được sửa sơ đồ chỗ ngồi", "podium: the organizer role may not edit the seating plan"),
            (["speakers", "restore", "999"], "podium: Không có tham luận mã 999", "podium: There is no contribution with id 999"),
            (["awards", "next", "--role", "viewer"], "podium: vai Người xem không được mời đợt tiếp theo; chạy lại với --role mc hoặc --role organizer",
             "podium: the viewer role may not call the next batch; run again with --role mc or --role organizer"),
            (["awards", "settings"], "Mỗi đợt tối đa", "Batch size"),
            (["check", "done", "1", "--role", "organizer"], "1 xong: ", "1 done: "),
            (["check", "block", "2", " "], "podium: Việc 2 chưa được chuyển sang bị chặn", "podium: Checklist item 2 was not blocked"),
            (["info"], "Địa điểm:", "Venue:"),
            (["groups", "list"], "Thường trực Tỉnh ủy, HĐND, UBND tỉnh [leaders, cấp tỉnh]", "Thường trực Tỉnh ủy, HĐND, UBND tỉnh [leaders, province]"),
            (["index", "reveal", "next", "--role", "viewer"], "podium: vai Người xem không được điều khiển phần công bố",
             "podium: the viewer role may not drive the reveal"),
            (["event", "set", "--venue", "Hội trường", "--role", "mc"], "podium: vai MC không được sửa thông tin sự kiện",
             "podium: the mc role may not change the event's details"),
            (["import", "delegates", "/nonexistent.csv"], "podium: /nonexistent.csv: không tìm thấy tệp; hãy kiểm tra đường dẫn",
             "podium: /nonexistent.csv: the file is not found; check the path"),
            (["new", file], "podium: Tệp \(file) đã có", "podium: \(file) already exists"),
            (["export", "checklist", "--output", export], "Đã ghi \(export).", "podium: \(export) already exists; add --force"),
        ]
        for (arguments, vi, en) in cases {
            let inVietnamese = try tmux.podium(arguments + ["--event", file])
            #expect(inVietnamese.output.contains(vi), "\(arguments): \(inVietnamese.output)")
            let inEnglish = try tmux.podium(arguments + ["--event", file, "--lang", "en"])
            #expect(inEnglish.output.contains(en), "\(arguments) --lang en: \(inEnglish.output)")
        }
    }

    /// A door scanning the same delegate twice is told so, and either can be picked by number.
    @Test func aSecondCheckInSaysItWasAlreadyMade() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("demo.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let door = ["seat", "checkin", "#5", "--event", file, "--role", "protocol"]
        #expect(try tmux.podium(door).output.contains("Đã đánh dấu Sùng Ngọc Dung đã đến."))
        #expect(try tmux.podium(door).output.contains("Sùng Ngọc Dung đã được đánh dấu đã đến từ trước."))
        #expect(try tmux.podium(door + ["--lang", "en"]).output.contains("Sùng Ngọc Dung was already checked in."))
        let journal = try tmux.podium(["journal", "--json", "--event", file]).output
        #expect(journal.components(separatedBy: "delegate.checkin").count - 1 == 1, "\(journal)")
    }
}
