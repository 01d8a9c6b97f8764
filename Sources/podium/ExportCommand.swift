import ArgumentParser
import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.say(vi: "Xuất một tài liệu từ sự kiện: \(ExportRegistry.standard.kinds.joined(separator: ", ")).",
                              en: "Writes a document from the event: \(ExportRegistry.standard.kinds.joined(separator: ", "))."),
        discussion: ExportRegistry.standard.exporters.map { exporter in
            let formats = exporter.formats.map(\.rawValue).joined(separator: ", ")
            return HelpText.say(
                vi: "\(exporter.kind): \(exporter.summary.vi) (\(formats); mặc định \(exporter.defaultFormat.rawValue))",
                en: "\(exporter.kind): \(exporter.summary.en) (\(formats); default \(exporter.defaultFormat.rawValue))")
        }.joined(separator: "\n") + HelpText.say(
            vi: "\nHTML là một tệp tự chứa và in trên khổ A4. Không có --output thì tài liệu ra màn hình. Không có --format thì đuôi tệp --output (.md, .html, .csv, .yaml, .svg, .txt) chọn định dạng.",
            en: "\nHTML is self-contained and prints on A4. Without --output the document goes to standard output. Without --format the --output file's extension (.md, .html, .csv, .yaml, .svg, .txt) chooses the format.")
    )

    @Argument(help: .say(vi: "Xuất gì: \(ExportRegistry.standard.kinds.joined(separator: ", ")), hoặc seating-lists (mỗi nhóm một tệp CSV trong thư mục --output).",
                         en: "What to export: \(ExportRegistry.standard.kinds.joined(separator: ", ")), or seating-lists (one CSV per group into the --output folder)."))
    var kind: String

    @Option(help: .say(vi: "markdown, html, csv, yaml, svg hoặc text; mỗi loại nói nó hỗ trợ định dạng nào.", en: "markdown, html, csv, yaml, svg or text; each kind lists what it supports."))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: .say(vi: "Ghi ra tệp này thay vì ra màn hình (- là ra màn hình).", en: "Write to this file instead of standard output (- is standard output)."))
    var output: String?

    @Flag(help: .say(vi: "Ghi đè --output nếu tệp đã có.", en: "Replace --output if it exists."))
    var force = false

    @Option(help: .say(vi: "Cho báo cáo: lần tập dượt đã cất đi bằng `show reset`, đánh số từ 1 theo thứ tự đã chạy.", en: "For the report: the rehearsal set aside with `show reset`, numbered from 1 in the order they ran."))
    var rehearsal: Int?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global) {
            let store = try EventOpening.open(global, readOnly: true)
            if kind == "seating-lists" {
                try SeatingListsOutput.write(SeatingLists.render(try store.load()), into: output, force: force, eventPath: store.path, global)
                return
            }
            var show = try store.showState()
            if let rehearsal {
                let setAside = try store.setAsideRehearsals()
                guard setAside.indices.contains(rehearsal - 1) else {
                    throw UsageError(description: global.say(
                        vi: "không có buổi tập dượt số \(rehearsal); đã cất \(setAside.count) buổi",
                        en: "there is no rehearsal \(rehearsal); \(setAside.count) have been set aside"))
                }
                show = setAside[rehearsal - 1]
            }
            let input = ExportInput(
                data: try store.load(), settings: try store.settings(), show: show,
                awards: rehearsal == nil ? try store.awardProgress() : AwardProgress(), english: global.lang == .en
            )
            let text: String
            do throws(ExportRegistry.Failure) {
                // Without --format, the output file's extension chooses ("-o ke-hoach.md" is Markdown).
                let chosen = format ?? output.flatMap { ExportFormat(fileName: $0) }
                text = try ExportRegistry.standard.render(kind, format: chosen, input: input)
            } catch .unknownKind(let kind, let known) {
                throw UsageError(description: global.say(
                    vi: "không có kiểu xuất “\(kind)”; chọn một trong: \(known.joined(separator: ", "))",
                    en: "there is no “\(kind)” export; choose one of: \(known.joined(separator: ", "))"))
            } catch .unsupportedFormat(let kind, let format, let supported) {
                let formats = supported.map { "--format \($0.rawValue)" }
                throw UsageError(description: global.say(
                    vi: "kiểu xuất \(kind) không có dạng \(format.rawValue); dùng \(formats.joined(separator: " hoặc "))",
                    en: "the \(kind) export has no \(format.rawValue) format; use \(formats.joined(separator: " or "))"))
            }
            // "-o -" is standard output, as with most tools, not a file named "-".
            guard let output, output != "-" else {
                TerminalText.say(text, terminator: "")
                return
            }
            try OutputFile.write(text, to: output, force: force, eventPath: store.path, global)
            TerminalText.warn(global.say(vi: "Đã ghi \(output).", en: "Wrote \(output)."))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {
    /// "md" is accepted for Markdown, as people type it.
    public init?(argument: String) {
        self.init(rawValue: argument == "md" ? "markdown" : argument)
    }
}

/// Writes a document without ever leaving half a file: to a temporary name, then moved.
enum OutputFile {
    /// Writes `text` to `path`, replacing a file there only with `force`. Never replaces the
    /// event file that is open (or its -wal, -shm or -journal), whatever its name; never a
    /// symbolic link either, since following it would write wherever the link points.
    static func write(_ text: String, to path: String, force: Bool, eventPath: String, _ global: GlobalOptions) throws {
        let manager = FileManager.default
        let target = FileIdentity.of(path: path)
        for guarded in ["", "-wal", "-shm", "-journal"] {
            if let target, target == FileIdentity.of(path: eventPath + guarded) {
                throw UsageError(description: global.say(
                    vi: "\(path) là tệp sự kiện đang mở \(eventPath + guarded); hãy chọn tên khác cho tệp xuất",
                    en: "\(path) is the open event file \(eventPath + guarded); choose another name for the export"))
            }
        }
        if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
            throw UsageError(description: global.say(
                vi: "\(path) là liên kết tượng trưng; Podium không ghi qua liên kết và không thay liên kết — hãy ghi đường dẫn thật",
                en: "\(path) is a symbolic link; Podium does not write through links or replace them — give the real path"))
        }
        if manager.fileExists(atPath: path), !force {
            throw UsageError(description: global.say(
                vi: "\(path) đã có; thêm --force để ghi đè hoặc chọn tên khác",
                en: "\(path) already exists; add --force to replace it or choose another name"))
        }
        let url = URL(fileURLWithPath: path)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw UsageError(description: global.say(
                vi: "không ghi được \(path) (\(error.localizedDescription)); hãy kiểm tra thư mục có và ghi được",
                en: "\(path) cannot be written (\(error.localizedDescription)); check the folder exists and is writable"))
        }
    }
}

/// The seating lists are one CSV per group, so they go into a folder rather than one file.
enum SeatingListsOutput {
    static func write(_ files: [SeatingLists.File], into folder: String?, force: Bool, eventPath: String, _ global: GlobalOptions) throws {
        guard let folder else {
            throw UsageError(description: global.say(
                vi: "seating-lists ghi mỗi nhóm một tệp CSV; hãy ghi thư mục sau --output",
                en: "seating-lists writes one CSV file per group; give a folder with --output"))
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files {
            try OutputFile.write(
                file.text, to: URL(fileURLWithPath: folder).appendingPathComponent(file.fileName).path, force: force, eventPath: eventPath, global
            )
        }
        TerminalText.warn(global.say(vi: "Đã ghi \(files.count) danh sách vào \(folder).", en: "Wrote \(files.count) lists to \(folder)."))
    }
}
