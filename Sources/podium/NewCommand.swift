import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumDocuments
import PodiumStore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: HelpText.say(vi: "Tạo một tệp sự kiện mới.", en: "Creates a new event file."),
        discussion: HelpText.say(vi: """
            --template laocai-par-2025 (mặc định) chép sự kiện mẫu có sẵn: hội nghị tỉnh Lào Cai công bố Chỉ \
            số CCHC năm 2025, với danh sách đại biểu hư cấu. --template blank tạo sự kiện trống, chưa có \
            chương trình, người hay hội trường. --template stress tạo một sự kiện thật lớn để đo tốc độ: ở \
            --scale 1 có 5.000 đại biểu, hội trường 6.000 ghế, 1.000 người nhận khen thưởng, 200 mục chương \
            trình và 500 việc cần chuẩn bị; --scale N nhân các con số lên N lần. Cùng một tỉ lệ luôn cho \
            cùng một sự kiện.
            """, en: """
            --template laocai-par-2025 (the default) copies the built-in demo: the Lào Cai conference \
            announcing the 2025 PAR index, with a fictional roster. --template blank makes an event with \
            no programme, people or hall. --template stress builds a deliberately large event for measuring \
            speed: at --scale 1, 5,000 delegates, a 6,000-seat hall, 1,000 award recipients, 200 segments and \
            500 checklist items; --scale N multiplies them. The same scale always gives the same event.
            """)
    )

    enum Template: String, ExpressibleByArgument, CaseIterable {
        case laocaiPAR2025 = "laocai-par-2025"
        case blank
        case stress
    }

    @Argument(help: .say(vi: "Đường dẫn tệp sự kiện cần tạo; tệp chưa được có.", en: "Path of the event file to create; it must not exist yet."))
    var file: String

    @Option(help: .say(vi: "laocai-par-2025, blank hoặc stress.", en: "laocai-par-2025, blank or stress."))
    var template: Template = .laocaiPAR2025

    @Option(help: .say(vi: "Cỡ của mẫu stress: mọi con số nhân N (1 đến 20).", en: "Size of the stress template: every count multiplied by N (1 to 20)."))
    var scale: Int = 1

    @Option(help: .say(vi: "Một tệp sự kiện (YAML, từ `podium export event`) để dựng sự kiện mới; thay cho --template.", en: "An event file (YAML, from `podium export event`) to build the new event from; overrides --template."))
    var from: String?

    @Option(help: .say(vi: "Tên của sự kiện trống.", en: "Title of a blank event."))
    var title: String = "Sự kiện mới"

    @Option(help: .say(vi: "Ngày của sự kiện trống (YYYY-MM-DD hoặc DD/MM/YYYY). Mặc định: hôm nay.", en: "Date of a blank event (YYYY-MM-DD or DD/MM/YYYY). Default: today."))
    var date: String?

    @Option(help: .say(vi: "Múi giờ của hội trường (tên IANA như Asia/Ho_Chi_Minh, mặc định, hoặc UTC): giờ của chương trình tính theo múi giờ này.", en: "The hall's time zone (an IANA name such as Asia/Ho_Chi_Minh, the default, or UTC): the programme's times are local to it."))
    var tz: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            let url = URL(fileURLWithPath: file)
            let actor = global.actor
            if let tz, !EventInfo.isKnownTimeZone(tz) {
                throw UsageError(description: global.say(
                    vi: "--tz \"\(tz)\" không phải tên múi giờ; dùng dạng Asia/Ho_Chi_Minh hoặc UTC",
                    en: "--tz \"\(tz)\" is not a time zone name; use one such as Asia/Ho_Chi_Minh or UTC"))
            }
            // The store would say the folder "does not exist; create the event first", which
            // reads oddly when creating the event is what was asked: say which folder to make.
            let folder = url.deletingLastPathComponent()
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
            if exists, !isFolder.boolValue {
                throw UsageError(description: global.say(
                    vi: "không tạo được \(url.path): \(folder.path) là một tệp, không phải thư mục; chọn nơi khác",
                    en: "cannot create \(url.path): \(folder.path) is a file, not a folder; choose another place"))
            }
            if !exists {
                throw UsageError(description: global.say(
                    vi: "không tạo được \(url.path): chưa có thư mục \(folder.path); tạo thư mục trước (mkdir -p \"\(folder.path)\") hoặc chọn nơi khác",
                    en: "cannot create \(url.path): the folder \(folder.path) does not exist; create it first (mkdir -p \"\(folder.path)\") or choose another place"))
            }
            if let from {
                try createFromEventFile(from, at: url, actor: actor)
                return
            }
            var data: EventData
            switch template {
            case .laocaiPAR2025:
                data = try DemoEvent.make()
            case .blank:
                data = EventData.blank(title: VietnameseText.normalize(title), date: try blankDate())
            case .stress:
                guard (1...20).contains(scale) else {
                    throw UsageError(description: global.lang == .en
                        ? "--scale \(scale) is out of range; give a whole number from 1 to 20"
                        : "--scale \(scale) nằm ngoài khoảng cho phép; hãy nhập số nguyên từ 1 đến 20")
                }
                data = StressEvent.make(scale: scale)
            }
            if let tz { data.info.timeZoneID = tz }
            let store = try EventStore.create(at: url, from: data, by: actor)
            let counts = try store.counts()
            TerminalText.say(created(url.path, from: template.rawValue, counts))
            if template == .blank, date == nil {
                // Dated today, the screens count the programme as running late and `s` would start
                // the real show, not a rehearsal: say so before anyone opens it.
                let day = data.info.date.vietnamese
                TerminalText.say(global.say(
                    vi: "Ngày của sự kiện tạm để là hôm nay (\(day)); hãy đặt ngày thật: podium event set --date DD/MM/YYYY --event \(url.path)",
                    en: "The event is dated today (\(day)) for now; set its real date: podium event set --date DD/MM/YYYY --event \(url.path)"))
            }
        } catch let exit as ExitCode {
            throw exit
        } catch let problems as ImportProblems {
            let source = from ?? file
            let heading = global.say(vi: "không dùng được \(source); chưa tạo gì:\n", en: "\(source) cannot be used; nothing was created:\n")
            let words = (global.lang == .vi ? UIStrings.vietnamese : UIStrings.english).spreadsheet
            throw fail(UsageError(description: heading + words.report(problems, file: source)), global.lang)
        } catch {
            throw fail(error, global.lang)
        }
    }

    private func created(_ path: String, from source: String, _ counts: EventCounts) -> String {
        global.say(
            vi: "Đã tạo \(path) từ \(source): \(counts.segments) mục chương trình, \(counts.delegates) đại biểu, \(counts.checklistItems) việc.",
            en: "Created \(path) from \(source): \(counts.segments) segments, \(counts.delegates) delegates, \(counts.checklistItems) checklist items.")
    }

    private func createFromEventFile(_ path: String, at url: URL, actor: Actor) throws {
        let bytes: Data
        switch SpreadsheetFile.contents(atPath: path) {
        case .success(let data): bytes = data
        case .failure(let failure):
            let words = (global.lang == .vi ? UIStrings.vietnamese : UIStrings.english).spreadsheet
            throw UsageError(description: "\(path): \(words.issue(.cannotRead(failure)))")
        }
        var eventFile = try EventYAMLReader.read(try SpreadsheetText.decode(bytes).text)
        if let tz { eventFile.data.info.timeZoneID = tz }
        let store = try EventStore.create(at: url, from: eventFile.data, template: path, by: actor)
        if !eventFile.settings.isEmpty {
            try store.run(.imports(.all(eventFile.data, settings: eventFile.settings, from: .eventFile)), by: actor, at: Date())
        }
        let counts = try store.counts()
        TerminalText.say(created(url.path, from: path, counts))
    }

    private func blankDate() throws -> CivilDate {
        guard let date else {
            // Today in the hall's zone, not the machine's.
            return LocalMoment(Date(), in: TimeZone(identifier: tz ?? EventInfo.defaultTimeZoneID) ?? .gmt).date
        }
        guard let parsed = CivilDate(parsing: date) else {
            throw UsageError(description: global.say(
                vi: "--date \"\(date)\" không phải ngày; viết dạng 2026-03-26 hoặc 26/03/2026",
                en: "--date \"\(date)\" is not a date; write it as 2026-03-26 or 26/03/2026"))
        }
        return parsed
    }
}
