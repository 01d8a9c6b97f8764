import Foundation
import PodiumCore

/// The file formats documents are produced in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, html, csv, yaml, svg, text

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .text: "txt"
        default: rawValue
        }
    }

    /// The format a file name asks for by its extension ("plan.md", "so-do.HTML"), if any.
    public init?(fileName: String) {
        let ext = (fileName as NSString).pathExtension.lowercased()
        let aliases = ["markdown": Self.markdown, "htm": .html, "yml": .yaml]
        guard let format = aliases[ext] ?? Self.allCases.first(where: { $0.fileExtension == ext }) else { return nil }
        self = format
    }
}

/// What a document generator is given: the event, its settings rows, the live show's journal
/// fold, and the moment and language of the export.
public struct ExportInput: Sendable {
    public var data: EventData
    public var settings: [String: String]
    public var show: ShowState
    public var awards: AwardProgress
    public var now: Date
    public var timeZone: TimeZone
    public var english: Bool

    public init(
        data: EventData, settings: [String: String] = [:], show: ShowState = ShowState(), awards: AwardProgress = AwardProgress(),
        now: Date = Date(),
        timeZone: TimeZone? = nil, english: Bool = false
    ) {
        self.data = data
        self.settings = settings
        self.show = show
        self.awards = awards
        self.now = now
        self.timeZone = timeZone ?? data.info.timeZone
        self.english = english
    }
}

/// One kind of document (`podium export KIND`) and a pure text generator per format.
public struct Exporter: Sendable {
    public var kind: String
    /// One line for `podium export --help`, in each language of the interface.
    public var summary: (vi: String, en: String)
    public var generators: [ExportFormat: @Sendable (ExportInput) -> String]
    /// The format used when none is asked for.
    public var defaultFormat: ExportFormat

    public init(
        kind: String, summary: (vi: String, en: String), defaultFormat: ExportFormat,
        generators: [ExportFormat: @Sendable (ExportInput) -> String]
    ) {
        self.kind = kind
        self.summary = summary
        self.defaultFormat = defaultFormat
        self.generators = generators
    }

    public var formats: [ExportFormat] { ExportFormat.allCases.filter { generators[$0] != nil } }
}

/// Every document Podium can produce. A feature adds its documents by adding an `Exporter`
/// to `standard` (seating chart, place cards, checklist and report plug in here).
public struct ExportRegistry: Sendable {
    public var exporters: [Exporter]

    public init(_ exporters: [Exporter]) { self.exporters = exporters }

    public static let standard = ExportRegistry([
        Exporter(kind: "event", summary: (vi: "toàn bộ sự kiện thành một tệp YAML sửa được", en: "the whole event as an editable YAML file"), defaultFormat: .yaml, generators: [
            .yaml: { EventYAMLWriter.yaml(EventFile(data: $0.data, settings: $0.settings)) },
        ]),
        Exporter(kind: "script", summary: (vi: "toàn bộ lời dẫn của MC, theo thứ tự chương trình", en: "the MC's complete script, in programme order"), defaultFormat: .html, generators: [
            .markdown: { MarkdownRenderer.render(MCScript.document($0.data)) },
            .html: { HTMLRenderer.render(MCScript.document($0.data), page: .a4Portrait) },
        ]),
        Exporter(kind: "awards", summary: (vi: "danh sách người nhận theo thứ tự quyết định, để in bằng khen", en: "the recipients in decision order, for printing certificates"), defaultFormat: .csv, generators: [
            .csv: { AwardRecipientList.csv($0.data, language: $0.english ? .en : .vi, checkInDecides: $0.show.checkInDecidesAttendance) },
        ]),
        Exporter(kind: "awards-script", summary: (vi: "lời dẫn trao thưởng của MC, từng đợt", en: "the MC's award ceremony script, batch by batch"), defaultFormat: .html, generators: [
            .markdown: { awardScript($0).render(.md) },
            .html: { awardScript($0).render(.html) },
            .text: { awardScript($0).render(.txt) },
        ]),
        Exporter(kind: "report", summary: (vi: "kế hoạch so với thực tế của từng phần, chỗ vượt giờ và độ trôi", en: "planned against actual for every segment, overruns and drift"), defaultFormat: .markdown, generators: [
            .markdown: { report($0).render(.md) },
            .csv: { report($0).render(.csv) },
            .html: { report($0).render(.html) },
        ]),
        Exporter(kind: "seating", summary: (vi: "sơ đồ chỗ ngồi, sân khấu ở trên (A3 ngang)", en: "the seating chart, stage at the top (A3 landscape)"), defaultFormat: .html, generators: [
            .svg: { SeatingChartSVG.render(SeatingChart(event: $0.data)) },
            .html: { SeatingChartHTML.render(SeatingChart(event: $0.data)) },
        ]),
        Exporter(kind: "placecards", summary: (vi: "tờ in bảng tên, theo thứ tự chỗ ngồi", en: "a print sheet of place cards, in seat order"), defaultFormat: .html, generators: [
            .html: { PlaceCards.render(SeatingChart(event: $0.data)) },
        ]),
        Exporter(kind: "checklist", summary: (vi: "tình trạng từng việc cần làm, theo cơ quan", en: "the status of every checklist item, grouped by agency"), defaultFormat: .markdown, generators: [
            .markdown: { checklist($0).text(.md) },
            .csv: { checklist($0).text(.csv) },
        ]),
        Exporter(kind: "index-ranking", summary: (vi: "xếp hạng Chỉ số CCHC với biểu đồ thanh và bản đồ nhiệt (A4 ngang)", en: "the PAR index rankings with bars and the heat map (A4 landscape)"), defaultFormat: .html, generators: [
            .csv: { IndexRankingExport.csv($0) }, .markdown: { IndexRankingExport.markdown($0) }, .html: { IndexRankingExport.html($0) },
        ]),
        Exporter(kind: "index-slides", summary: (vi: "công bố Chỉ số CCHC thành các trang chiếu 16:9 cho màn hình hội trường, một tệp, không cần mạng", en: "the PAR index reveal as 16:9 slides for the hall screen, one file, offline"), defaultFormat: .html, generators: [
            .html: { IndexSlidesExport.html($0) },
        ]),
    ])

    private static func report(_ input: ExportInput) -> ShowReport {
        ShowReport(event: input.data, state: input.show, now: input.now, timeZone: input.timeZone)
    }

    private static func awardScript(_ input: ExportInput) -> AwardScript {
        AwardScript(event: input.data, ceremony: AwardCeremony(event: input.data, progress: input.awards, checkInDecides: input.show.checkInDecidesAttendance), language: input.english ? .en : .vi)
    }

    private static func checklist(_ input: ExportInput) -> ChecklistReport {
        ChecklistReport(
            info: input.data.info, items: input.data.checklist, segments: input.data.segments,
            now: EventClock.show(state: input.show, info: input.data.info, now: input.now, timeZone: input.timeZone)
                .checklistMoment(input.now),
            written: LocalMoment(input.now, in: input.timeZone),
            labels: input.english ? .english : .vietnamese
        )
    }

    public func exporter(_ kind: String) -> Exporter? { exporters.first { $0.kind == kind } }
    public var kinds: [String] { exporters.map(\.kind) }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case unknownKind(String, known: [String])
        case unsupportedFormat(String, ExportFormat, supported: [ExportFormat])

        public var description: String {
            switch self {
            case .unknownKind(let kind, let known):
                "there is no \"\(kind)\" export; choose one of: \(known.joined(separator: ", "))"
            case .unsupportedFormat(let kind, let format, let supported):
                "the \(kind) export has no \(format.rawValue) format; use --format \(supported.map(\.rawValue).joined(separator: " or "))"
            }
        }
    }

    /// The document `kind` in `format` (its default when nil).
    public func render(_ kind: String, format: ExportFormat?, input: ExportInput) throws(Failure) -> String {
        guard let exporter = exporter(kind) else { throw .unknownKind(kind, known: kinds) }
        let chosen = format ?? exporter.defaultFormat
        guard let generate = exporter.generators[chosen] else {
            throw .unsupportedFormat(kind, chosen, supported: exporter.formats)
        }
        return generate(input)
    }
}
