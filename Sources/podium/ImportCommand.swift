import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumDocuments
import PodiumStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.say(vi: "Nạp một tệp sự kiện (YAML) hoặc một bảng tính (CSV hoặc .xlsx) vào sự kiện.", en: "Loads an event file (YAML) or a spreadsheet (CSV or .xlsx) into the event."),
        discussion: HelpText.say(vi: """
            KIND là event, \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")). `import event FILE` thay cả \
            sự kiện bằng tệp YAML. Các loại khác thêm dòng từ một bảng tính: CSV mã UTF-8 (có hoặc không có BOM), \
            UTF-16 hoặc Windows-1258, phân cách bằng dấu phẩy, dấu chấm phẩy hoặc tab; hoặc tệp .xlsx (trang đầu, \
            hoặc --sheet). Tiêu đề cột được so khớp bằng tiếng Việt hoặc tiếng Anh, không phân biệt chữ hoa và dấu. \
            Tệp có bất kỳ lỗi nào thì không nhập gì: mọi lỗi được liệt kê dạng TỆP:DÒNG:CỘT.
            """, en: """
            KIND is event, \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")). `import event FILE` replaces the \
            whole event with the YAML file. The others add rows from a spreadsheet: CSV in UTF-8 (with or without BOM), \
            UTF-16 or Windows-1258, separated by comma, semicolon or tab; or an .xlsx workbook (first sheet, or --sheet). \
            Column titles are matched in Vietnamese or English, ignoring case and diacritics. A file with any problem \
            imports nothing: every problem is listed as FILE:LINE:COLUMN.
            """)
    )

    @Argument(help: .say(vi: "event, delegates, awards, speakers, checklist hoặc index.", en: "event, delegates, awards, speakers, checklist or index."))
    var kind: String

    @Argument(help: .say(vi: "Tệp cần đọc.", en: "The file to read."))
    var file: String

    @Flag(help: .say(vi: "Kiểm tra tệp và cho xem những gì sẽ thay đổi, không thay đổi gì.", en: "Check the file and show what would change, without changing anything."))
    var dryRun = false

    @Option(help: .say(vi: "Trang tính của tệp .xlsx (mặc định: trang đầu).", en: "The worksheet of an .xlsx workbook (default: the first)."))
    var sheet: String?

    @Option(help: .say(vi: "Các dòng trùng người đã có (cùng họ tên và đơn vị): report (từ chối cả tệp), skip (bỏ qua) hoặc merge (gộp).", en: "Rows naming someone already listed (same name and unit): report (refuse the file), skip, or merge."))
    var onDuplicate: DuplicatePolicy = .report

    @Flag(help: .say(vi: "Đại biểu: tạo các nhóm thành phần có trong tệp mà sự kiện chưa có (xem trước bằng --dry-run).", en: "Delegates: create the participant groups the file names that the event lacks (see them first with --dry-run)."))
    var createGroups = false

    @Option(name: .customLong("map-group"), help: .say(vi: "Đại biểu: xếp một nhóm ghi trong tệp vào một nhóm có sẵn, dạng \"CHỮ=NHÓM\" (NHÓM theo mã hoặc tên); lặp lại cho nhóm khác.", en: "Delegates: place a group the file names in an existing group, as \"TEXT=GROUP\" (GROUP by key or name); repeat for more."))
    var mapGroup: [String] = []

    @Option(help: .say(vi: "Đại biểu: nhóm duy nhất cho các dòng không ghi nhóm (hoặc cho mọi người, khi tệp không có cột nhóm); tạo nếu chưa có.", en: "Delegates: the one group for rows that name none (or for everyone, when the file has no group column); created if missing."))
    var group: String?

    @Option(name: .customLong("group-order"), help: .say(vi: "Đại biểu: tên một nhóm sẽ tạo, lặp lại theo thứ tự ưu tiên mong muốn (các nhóm khác theo thứ tự trong tệp).", en: "Delegates: a created group's name, repeated in the precedence wanted (the others follow in file order)."))
    var groupOrder: [String] = []

    @Flag(help: .say(vi: "Đại biểu: tệp là danh sách sửa đổi; cho xem ai mới, ai thay đổi, ai không còn, rồi áp dụng --new, --changed và --gone.", en: "Delegates: the file is a revised list; show who is new, changed and gone, then apply --new, --changed and --gone."))
    var revised = false

    @Option(help: .say(vi: "Với --revised: add (thêm) hoặc skip (bỏ qua) những người mới trong tệp.", en: "With --revised: add or skip the people new in the file."))
    var new: RosterRevision.Choices.New = .add

    @Option(help: .say(vi: "Với --revised: update (cập nhật) hoặc skip (bỏ qua) những người đổi chức vụ, đơn vị hoặc nhóm (ghế của họ giữ nguyên).", en: "With --revised: update or skip the people whose title, unit or group changed (their seats stay)."))
    var changed: RosterRevision.Choices.Changed = .update

    @Option(help: .say(vi: "Với --revised: keep (giữ) hoặc remove (xóa) những người không còn trong tệp (xóa thì trả lại ghế của họ).", en: "With --revised: keep or remove the people no longer in the file (removing frees their seats)."))
    var gone: RosterRevision.Choices.Gone = .keep

    @OptionGroup var global: GlobalOptions

    /// The spreadsheet reader's words in the interface's language.
    private var words: SpreadsheetStrings { (global.lang == .vi ? UIStrings.vietnamese : UIStrings.english).spreadsheet }

    func run() throws {
        do {
            let data: Data
            switch SpreadsheetFile.contents(atPath: file) {
            case .success(let bytes): data = bytes
            case .failure(let failure): throw UsageError(description: "\(file): \(words.issue(.cannotRead(failure)))")
            }
            let allowed: [Role] = kind == "event" ? [.organizer] : [.organizer, .protocol]
            if !dryRun, !allowed.contains(global.role) {
                let refusal = global.roleRefusal(vi: "nhập \(kind)", en: "import \(kind)", allowed: allowed)
                throw UsageError(description: refusal.description + global.say(vi: ", hoặc dùng --dry-run để chỉ kiểm tra tệp", en: ", or use --dry-run to only check the file"))
            }
            let store = try EventOpening.open(global, readOnly: dryRun)
            let actor = global.actor
            if kind == "event" {
                try importEvent(data, store: store, actor: actor)
            } else if let spreadsheetKind = ImportKind(rawValue: kind) {
                try importSpreadsheet(spreadsheetKind, data, store: store, actor: actor)
            } else {
                let kinds = "event, " + ImportKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError(description: global.say(
                    vi: "không có kiểu nhập “\(kind)”; chọn một trong: \(kinds)", en: "there is no “\(kind)” import; choose \(kinds)"))
            }
        } catch let exit as ExitCode {
            throw exit
        } catch let problems as ImportProblems {
            let heading = global.say(vi: "\(file) chưa được nhập; không có gì thay đổi:\n", en: "\(file) was not imported; nothing changed:\n")
            var advice = ""
            if problems.problems.contains(where: { if case .unknownGroup = $0.issue { true } else { false } }) {
                advice = global.say(vi: "\nThêm --create-groups để tạo các nhóm này, hoặc --map-group \"TÊN=NHÓM\" để gán vào nhóm có sẵn.",
                                    en: "\nAdd --create-groups to create these groups, or --map-group \"NAME=GROUP\" to place them in an existing group.")
            } else if problems.problems.contains(where: { $0.issue == .noGroupColumn }) {
                advice = global.say(vi: "\nThêm --group TÊN để xếp mọi người vào một nhóm.", en: "\nAdd --group NAME to place everyone in one group.")
            }
            throw fail(UsageError(description: heading + words.report(problems, file: file) + advice), global.lang)
        } catch {
            throw fail(error, global.lang)
        }
    }

    private func importEvent(_ data: Data, store: EventStore, actor: Actor) throws {
        let text = try SpreadsheetText.decode(data).text
        let eventFile = try EventYAMLReader.read(text)
        let data = eventFile.data
        let counts = global.say(
            vi: "\(data.segments.count) mục chương trình, \(data.delegates.count) đại biểu, \(data.recipients.count) người nhận khen thưởng, \(data.checklist.count) việc",
            en: "\(data.segments.count) programme items, \(data.delegates.count) delegates, \(data.recipients.count) recipients, \(data.checklist.count) checklist items")
        if dryRun {
            TerminalText.say(global.say(vi: "\(file) hợp lệ: \(counts). Chưa thay đổi gì (--dry-run).", en: "\(file) is valid: \(counts). Nothing changed (--dry-run)."))
            return
        }
        try store.run(.imports(.all(eventFile.data, settings: eventFile.settings, from: .eventFile)), by: actor, at: Date())
        TerminalText.say(global.say(vi: "Đã thay sự kiện bằng \(file): \(counts).", en: "Replaced the event with \(file): \(counts)."))
    }

    private func importSpreadsheet(_ kind: ImportKind, _ data: Data, store: EventStore, actor: Actor) throws {
        let (mapping, bad) = GroupOptions.mapping(mapGroup)
        if !bad.isEmpty {
            throw UsageError(description: global.say(
                vi: "--map-group cần dạng \"CHỮ TRONG FILE=NHÓM\": \(bad.joined(separator: ", "))",
                en: "--map-group takes \"TEXT IN THE FILE=GROUP\": \(bad.joined(separator: ", "))"))
        }
        let options = GroupOptions(create: createGroups, mapping: mapping, everyone: group, order: groupOrder)
        if revised {
            guard kind == .delegates else {
                throw UsageError(description: global.say(vi: "--revised chỉ dùng khi nhập đại biểu", en: "--revised applies to delegates only"))
            }
            try importRevision(data, options: options, store: store, actor: actor)
            return
        }
        let bar = ProgressBar(label: global.say(vi: "Đang đọc", en: "Reading") + " \(URL(fileURLWithPath: file).lastPathComponent)")
        let plan = try SpreadsheetImport.plan(
            kind, data: data, sheet: sheet, into: try store.load(), duplicates: onDuplicate, groups: options,
            progress: { done, total in bar.update(done, of: total) }
        )
        bar.finish()
        if kind == .index {
            try importIndex(plan, store: store, actor: actor)
            return
        }
        for warning in plan.warnings { TerminalText.warn("\(file):\(words.located(warning)) (\(global.say(vi: "lưu ý", en: "warning")))") }
        let columns = plan.matchedColumns.map { "\"\($0.title)\" → \(global.lang.strings.spreadsheet.field($0.field))" }.joined(separator: ", ")
        TerminalText.say(global.say(vi: "\(file): \(words.source(plan.file.source)); cột \(columns).", en: "\(file): \(words.source(plan.file.source)); columns \(columns)."))
        if !plan.createdGroups.isEmpty {
            let existing = plan.event.groups.count - plan.createdGroups.count
            TerminalText.say(global.say(vi: "Nhóm thành phần sẽ tạo (thứ tự ưu tiên, số dòng):", en: "Participant groups to create (precedence, rows):"))
            for (index, created) in plan.createdGroups.enumerated() {
                TerminalText.say("  \(existing + index + 1). \(created.name) [\(created.key), \(global.lang.strings.setup.level(created.level))] — \(created.rows)")
            }
        }
        if dryRun {
            TerminalText.say(global.say(vi: "Sẽ nhập \(summary(plan)). Chưa thay đổi gì (--dry-run).", en: "Would import \(summary(plan)). Nothing changed (--dry-run)."))
            sayEnrolment(plan)
            return
        }
        try store.run(.imports(.all(plan.event, from: kind.factSource)), by: actor, at: Date())
        TerminalText.say(global.say(vi: "Đã nhập \(summary(plan)).", en: "Imported \(summary(plan))."))
        sayEnrolment(plan)
    }

    /// Who among the recipients became a delegate, and who already was one (with their unit,
    /// so a namesake taken for the recipient can be seen), and how to give them seats.
    private func sayEnrolment(_ plan: ImportPlan) {
        let enrolment = plan.enrolment
        guard !enrolment.isEmpty else { return }
        let will = dryRun
        if let group = enrolment.createdGroup {
            TerminalText.say(global.say(
                vi: "Nhóm thành phần \(will ? "sẽ tạo" : "đã tạo") cho người nhận khen thưởng: \(group.name) [\(group.key)]",
                en: "Participant group \(will ? "to create" : "created") for award recipients: \(group.name) [\(group.key)]"))
        }
        if !enrolment.created.isEmpty {
            let group = plan.event.group(forKey: enrolment.created[0].groupKey)?.name ?? enrolment.created[0].groupKey
            TerminalText.say(global.say(
                vi: "\(enrolment.created.count) người nhận khen thưởng (cá nhân, đại diện tập thể) \(will ? "sẽ thành" : "đã thành") đại biểu nhóm \(group) để có ghế.",
                en: "\(enrolment.created.count) award recipients (individuals, representatives of collectives) \(will ? "will become" : "became") delegates in \(group) so that they have seats."))
        }
        if !enrolment.linked.isEmpty {
            let names = enrolment.linked.map { "\($0.name) (\($0.unit))" }.joined(separator: "; ")
            TerminalText.say(global.say(
                vi: "\(enrolment.linked.count) người đã có trong danh sách đại biểu, \(will ? "sẽ được" : "đã được") đánh dấu nhận khen thưởng: \(names)",
                en: "\(enrolment.linked.count) already on the delegate list \(will ? "will be" : "were") marked as award recipients: \(names)"))
        }
        guard !will else { return }
        let command = plan.event.seating.assignments.isEmpty ? "podium seat auto" : "podium seat auto --replace"
        TerminalText.say(global.say(
            vi: "Xếp chỗ cho họ (hàng đầu, ghế cạnh lối đi, theo thứ tự được mời lên): \(command), hoặc phím A ở mục Xếp chỗ.",
            en: "Seat them (front rows, aisle seats, in the order they are called): \(command), or A on the seating pane."))
    }

    /// What a spreadsheet import adds, merges and skips.
    private func summary(_ plan: ImportPlan) -> String {
        let vi = global.lang == .vi
        let noun = switch plan.kind {
        case .delegates: vi ? "đại biểu" : "delegates"
        case .awards: vi ? "người nhận khen thưởng" : "awards"
        case .speakers: vi ? "tham luận" : "speakers"
        case .checklist: vi ? "việc" : "checklist items"
        case .index: vi ? "đơn vị" : "units"
        }
        // Said after "Would import" and after "Imported" alike, so no tense of its own.
        var parts = ["\(plan.added) \(noun)"]
        if !plan.createdGroups.isEmpty { parts.append(vi ? "tạo \(plan.createdGroups.count) nhóm" : "with \(plan.createdGroups.count) new groups") }
        if plan.merged > 0 { parts.append(vi ? "gộp \(plan.merged) vào mục đã có" : "\(plan.merged) merged into existing ones") }
        if plan.skipped > 0 { parts.append(vi ? "bỏ qua \(plan.skipped) mục trùng" : "\(plan.skipped) duplicates skipped") }
        return parts.joined(separator: ", ")
    }

    /// The index replaces the event's results as a whole; the summary names the scheme read.
    private func importIndex(_ plan: ImportPlan, store: EventStore, actor: Actor) throws {
        let vi = global.lang == .vi
        for warning in plan.warnings { TerminalText.warn("\(file):\(words.located(warning)) (\(vi ? "lưu ý" : "warning"))") }
        let scheme = plan.event.index.scheme
        let groups = scheme.groups.map { group in "\(group.name) \(plan.event.index.units.filter { $0.groupKey == group.key }.count)" }
            .joined(separator: ", ")
        let fields = scheme.fields.map { "\($0.name) (\(vi ? $0.maximum.vietnamese : $0.maximum.text))" }.joined(separator: "; ")
        TerminalText.say(vi
            ? "\(file): \(words.source(plan.file.source)); \(scheme.fields.count) lĩnh vực, tổng \(scheme.maximum.vietnamese) điểm: \(fields)."
            : "\(file): \(words.source(plan.file.source)); \(scheme.fields.count) fields totalling \(scheme.maximum.text) points: \(fields).")
        if dryRun {
            TerminalText.say(vi ? "Sẽ nhập kết quả của \(plan.added) đơn vị (\(groups)). Chưa thay đổi gì (--dry-run)."
                     : "Would import the results of \(plan.added) units (\(groups)). Nothing changed (--dry-run).")
            return
        }
        try store.run(.imports(.all(plan.event, from: .index)), by: actor, at: Date())
        TerminalText.say(vi ? "Đã nhập kết quả của \(plan.added) đơn vị (\(groups))." : "Imported the results of \(plan.added) units (\(groups)).")
    }
}

extension DuplicatePolicy: ExpressibleByArgument {}

extension ImportCommand {
    /// A revised delegate list: every category listed before anything changes, then the choices applied.
    private func importRevision(_ data: Data, options: GroupOptions, store: EventStore, actor: Actor) throws {
        let plan = try SpreadsheetImport.revision(data: data, sheet: sheet, into: try store.load(), groups: options)
        let revision = plan.revision
        func list(_ title: String, _ names: [String], _ choice: String) {
            TerminalText.say("\(title) (\(names.count)) → \(choice)")
            for name in names.prefix(30) { TerminalText.say("  \(name)") }
            if names.count > 30 { TerminalText.say(global.say(vi: "  … và \(names.count - 30) người nữa", en: "  … and \(names.count - 30) more")) }
        }
        for created in plan.createdGroups {
            TerminalText.say(global.say(vi: "Nhóm mới: \(created.name) (\(created.rows))", en: "New group: \(created.name) (\(created.rows))"))
        }
        list(global.say(vi: "Mới", en: "New"), revision.added.map { "\($0.name) — \($0.title), \($0.unit)" }, new.rawValue)
        list(global.say(vi: "Thay đổi", en: "Changed"), revision.changed.map { change in
            let what = change.fields.map { field -> String in
                switch field {
                case "title": "\(change.old.title) → \(change.new.title)"
                case "unit": "\(change.old.unit) → \(change.new.unit)"
                default: "\(change.old.groupKey) → \(change.new.groupKey)"
                }
            }.joined(separator: "; ")
            return "\(change.old.name): \(what)"
        }, changed.rawValue)
        list(global.say(vi: "Không còn trong danh sách", en: "Gone from the list"), revision.gone.map { "\($0.name) — \($0.unit)" }, gone.rawValue)
        TerminalText.say(global.say(vi: "Không đổi: \(revision.unchanged)", en: "Unchanged: \(revision.unchanged)"))
        if dryRun {
            TerminalText.say(global.say(vi: "Chưa thay đổi gì (--dry-run).", en: "Nothing changed (--dry-run)."))
            return
        }
        let choices = RosterRevision.Choices(new: new, changed: changed, gone: gone)
        try store.run(.imports(.all(plan.applied(choices), from: .delegatesRevision)), by: actor, at: Date())
        TerminalText.say(global.say(vi: "Đã áp dụng danh sách sửa đổi; ghế của người ở lại giữ nguyên.",
                         en: "Applied the revised list; the seats of those who stay are kept."))
    }
}

extension RosterRevision.Choices.New: ExpressibleByArgument {}
extension RosterRevision.Choices.Changed: ExpressibleByArgument {}
extension RosterRevision.Choices.Gone: ExpressibleByArgument {}
