import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium programme …`: the segments of the programme, added, changed, removed and moved with
/// the same checks as the agenda pane's form (`SegmentDraft`), so a blank event gets its
/// programme without YAML.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: HelpText.say(vi: "Liệt kê, thêm, sửa, xóa hoặc chuyển các mục của chương trình.", en: "Lists, adds, changes, removes or moves the programme's segments."),
        subcommands: [List.self, Add.self, Edit.self, Remove.self, Move.self], defaultSubcommand: List.self
    )

    /// The fields a segment is given on the command line; each nil leaves the old value.
    struct Fields: ParsableArguments {
        @Option(help: .say(vi: "opening, report, announcement, contributions, speech, awards, closing, break hoặc other (viết tiếng Việt cũng được).", en: "opening, report, announcement, contributions, speech, awards, closing, break or other (either language)."))
        var kind: String?
        @Option(help: .say(vi: "Thời lượng dự kiến tính bằng phút, ví dụ 25 hoặc 7:30.", en: "The planned duration in minutes, e.g. 25 or 7:30.")) var minutes: String?
        @Option(name: .customLong("fixed-start"), help: .say(vi: "Giờ bắt đầu phải giữ (HH:MM); để trống nếu không có.", en: "A start time it must keep (HH:MM); empty for none.")) var fixedStart: String?
        @Option(help: .say(vi: "Người trình bày.", en: "Who presents it.")) var presenter: String?
        @Option(name: .customLong("mc-lines"), help: .say(vi: "Lời MC giới thiệu.", en: "What the MC says to introduce it.")) var mcLines: String?
        @Option(help: .say(vi: "Ghi chú cho kỹ thuật (ánh sáng, âm nhạc, trình chiếu).", en: "The crew's cues (lights, music, slides).")) var cues: String?
        @Option(help: .say(vi: "Số phút còn lại khi đồng hồ chuyển sang cảnh báo; để trống để dùng mặc định.", en: "Minutes left when the clock turns to warning; empty for the default.")) var warning: String?
        @Option(help: .say(vi: "Số phút còn lại khi đồng hồ chuyển sang báo động; để trống để dùng mặc định.", en: "Minutes left when the clock turns to danger; empty for the default.")) var danger: String?

        func draft(title: String?, over base: Segment?) -> SegmentDraft {
            let old = base.map(SegmentDraft.init)
            let kindText = kind ?? old?.kindText ?? SegmentKind.other.rawValue
            return SegmentDraft(
                title: title ?? old?.title ?? "", kind: Self.kind(typed: kindText), kindText: kindText,
                minutes: minutes ?? old?.minutes ?? "10", fixedStart: fixedStart ?? old?.fixedStart ?? "",
                presenter: presenter ?? old?.presenter ?? "", mcLines: mcLines ?? old?.mcLines ?? "", cues: cues ?? old?.cues ?? "",
                // A new duration takes the default thresholds unless they are given too.
                warning: warning ?? (minutes == nil ? old?.warning ?? "" : ""),
                danger: danger ?? (minutes == nil ? old?.danger ?? "" : "")
            )
        }

        /// The kind as the agenda form reads it: its code, or its name in either language.
        static func kind(typed text: String) -> SegmentKind? {
            let wanted = VietnameseText.folded(text)
            return SegmentKind.allCases.first { kind in
                [UIStrings.vietnamese.segmentKind(kind), UIStrings.english.segmentKind(kind), kind.rawValue]
                    .contains { VietnameseText.folded($0) == wanted }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Liệt kê các mục với giờ dự kiến.", en: "Lists the segments with their planned times."))
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try EventOpening.withEvent(global, readOnly: true) { store, _ in
                let event = try store.load()
                guard !event.segments.isEmpty else {
                    TerminalText.say(global.say(vi: "Chưa có chương trình — thêm bằng podium programme add \"Tên mục\" --kind report --minutes 20",
                                     en: "No programme yet — add a segment with podium programme add \"Title\" --kind report --minutes 20"))
                    return
                }
                ProgrammeSupport.printSegments(event, global)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Thêm một mục (ở cuối, hoặc tại --position).", en: "Adds a segment (at the end, or at --position)."))
        @Argument(help: .say(vi: "Tên mục.", en: "The segment's title.")) var title: String
        @OptionGroup var fields: Fields
        @Option(help: .say(vi: "Vị trí trong chương trình (1 = đầu tiên); mặc định: ở cuối.", en: "Its place in the programme (1 = first); default: at the end.")) var position: Int?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try ProgrammeSupport.editing(global) { store, actor, event in
                let segment = try ProgrammeSupport.check(fields.draft(title: title, over: nil), base: nil, event, global)
                if let position { try ProgrammeSupport.checkPosition(position, count: event.segments.count + 1, global) }
                let saved = try store.run(.agenda(.save(segment)), by: actor, at: Date()).required(\.segment)
                if let position, position != saved.position { try store.run(.agenda(.move(id: saved.id, toPosition: position)), by: actor, at: Date()) }
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Sửa những trường được cho của một mục; các trường khác giữ nguyên.", en: "Changes the fields given of a segment; the others stay."))
        @Argument(help: .say(vi: "Mục: số thứ tự trong chương trình hoặc tên mục.", en: "The segment: its number in the programme or its title.")) var segment: String
        @Option(help: .say(vi: "Tên mới.", en: "A new title.")) var title: String?
        @OptionGroup var fields: Fields
        @Option(name: .customLong("based-on"), help: .say(
            vi: "Số của mục nhật ký mới nhất mà người sửa đã xem (podium journal --json); nếu sau đó có người khác sửa chính những trường này thì lệnh bị từ chối, không ghi đè.",
            en: "The id of the newest journal entry the editor has seen (podium journal --json); if someone else changed these very fields since, the edit is refused, not written over theirs."
        )) var basedOn: Int64?
        @Flag(help: .say(vi: "Vẫn sửa khi mục đã hoặc đang diễn ra trong buổi đang chạy.", en: "Change it even though it has run or is running in the live show."))
        var force = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try ProgrammeSupport.editing(global) { store, actor, event in
                let base = try ProgrammeSupport.find(segment, event, global)
                let changed = try ProgrammeSupport.check(fields.draft(title: title, over: base), base: base, event, global)
                // As the programme pane asks before it changes what has run or is running.
                if !force, changed != base, try store.showState().hasRunLive(base.id) {
                    throw UsageError(description: global.say(
                        vi: "\"\(base.title)\" đã hoặc đang diễn ra trong buổi đang chạy; thêm --force nếu vẫn muốn sửa",
                        en: "\"\(base.title)\" has run or is running in the live show; add --force to change it anyway"))
                }
                if let basedOn {
                    // Only the fields given on the command line are the edit's: the rest stay as they are now.
                    try store.run(.agenda(.edit(changed, EditBasis(version: basedOn, original: base, edited: changed))), by: actor, at: Date())
                } else if changed != base {
                    try store.run(.agenda(.save(changed)), by: actor, at: Date())
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Xóa một mục; các mục sau dồn lên.", en: "Removes a segment; those after it move up."))
        @Argument(help: .say(vi: "Mục: số thứ tự trong chương trình hoặc tên mục.", en: "The segment: its number in the programme or its title.")) var segment: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try ProgrammeSupport.editing(global) { store, actor, event in
                let found = try ProgrammeSupport.find(segment, event, global)
                // The live show's journal refers to it: skipping keeps the record, removing would not.
                if try store.showState().hasRunLive(found.id) {
                    throw UsageError(description: global.say(
                        vi: "\"\(found.title)\" đã hoặc đang diễn ra trong buổi đang chạy; không xoá được, hãy bỏ qua mục (podium show skip)",
                        en: "\"\(found.title)\" has run or is running in the live show; it cannot be removed, skip it instead (podium show skip)"))
                }
                try store.run(.agenda(.delete(id: found.id)), by: actor, at: Date())
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Chuyển một mục sang vị trí khác trong chương trình.", en: "Moves a segment to another place in the programme."))
        @Argument(help: .say(vi: "Mục: số thứ tự trong chương trình hoặc tên mục.", en: "The segment: its number in the programme or its title.")) var segment: String
        @Option(help: .say(vi: "Vị trí mới (1 = đầu tiên).", en: "Its new place (1 = first).")) var to: Int
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try ProgrammeSupport.editing(global) { store, actor, event in
                let found = try ProgrammeSupport.find(segment, event, global)
                try ProgrammeSupport.checkPosition(to, count: event.segments.count, global)
                if to != found.position { try store.run(.agenda(.move(id: found.id, toPosition: to)), by: actor, at: Date()) }
            }
        }
    }
}

/// The steps the programme's subcommands share.
enum ProgrammeSupport {
    /// Opens the event for a change, refuses roles that may not edit the programme (as the
    /// agenda pane does), runs the change, then prints the programme as it now stands.
    static func editing(_ global: GlobalOptions, _ body: (EventStore, Actor, EventData) throws -> Void) throws {
        try EventOpening.withEvent(global) { store, actor in
            switch global.role {
            case .organizer: break
            case .mc:
                if try store.showState().stage == .running {
                    throw UsageError(description: global.say(vi: "chương trình đã khoá khi buổi đang chạy; ban tổ chức (--role organizer) mới sửa được",
                                                             en: "the programme is locked while the show runs; organisers (--role organizer) may still edit it"))
                }
            case .protocol, .viewer:
                throw UsageError(description: global.say(vi: "chỉ ban tổ chức (và MC trước giờ khai mạc) sửa chương trình; chạy với --role organizer",
                                                         en: "only organisers (and the MC before the show) edit the programme; run with --role organizer"))
            }
            try body(store, actor, try store.load())
            printSegments(try store.load(), global)
        }
    }

    static func check(_ draft: SegmentDraft, base: Segment?, _ event: EventData, _ global: GlobalOptions) throws -> Segment {
        do throws(AgendaProblem) {
            return try draft.segment(base: base, event: event)
        } catch {
            throw UsageError(description: (global.lang == .en ? UIStrings.english : UIStrings.vietnamese).agendaProblem(error))
        }
    }

    static func checkPosition(_ position: Int, count: Int, _ global: GlobalOptions) throws {
        guard (1...max(1, count)).contains(position) else {
            throw UsageError(description: global.say(vi: "vị trí phải từ 1 đến \(max(1, count))", en: "the place must be from 1 to \(max(1, count))"))
        }
    }

    /// A segment by its number in the programme, or by its title (case and diacritics aside).
    static func find(_ text: String, _ event: EventData, _ global: GlobalOptions) throws -> Segment {
        let segments = event.segments.sorted { $0.position < $1.position }
        if let number = Int(text.trimmingCharacters(in: .whitespaces)), let found = segments.first(where: { $0.position == number }) {
            return found
        }
        let wanted = VietnameseText.folded(text)
        let matches = segments.filter { VietnameseText.folded($0.title) == wanted }
        let found = matches.isEmpty ? segments.filter { VietnameseText.folded($0.title).contains(wanted) } : matches
        guard found.count == 1, let segment = found.first, !wanted.isEmpty else {
            throw UsageError(description: found.count > 1
                ? global.say(vi: "\"\(text)\" khớp \(found.count) mục; dùng số thứ tự (xem podium programme list)",
                             en: "\"\(text)\" matches \(found.count) segments; use the number (see podium programme list)")
                : global.say(vi: "không có mục \"\(text)\" trong chương trình; xem podium programme list",
                             en: "there is no segment \"\(text)\" in the programme; see podium programme list"))
        }
        return segment
    }

    static func printSegments(_ event: EventData, _ global: GlobalOptions) {
        let strings = global.lang == .en ? UIStrings.english : UIStrings.vietnamese
        var start = event.info.startTime
        for segment in event.segments.sorted(by: { $0.position < $1.position }) {
            if let fixed = segment.fixedStart, fixed > start { start = fixed }
            let line = "\(segment.position). \(start.hhmm) \(segment.title) · \(strings.segmentKind(segment.kind)) · \(AgendaText.minutes(segment.plannedSeconds))′"
            TerminalText.say(DocumentText.printable(line + (segment.presenter.isEmpty ? "" : " · \(segment.presenter)")))
            start = start.adding(seconds: segment.plannedSeconds)
        }
    }
}
