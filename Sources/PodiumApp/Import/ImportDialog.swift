import PodiumCore
import PodiumDocuments
import TermCore

/// The import dialog's state: which kind of list, the file path being typed, and the stage
/// reached (typing, reading, preview awaiting confirmation, refused with the problems).
public struct ImportDialog: Equatable, Sendable {
    public var kind: ImportKind
    public var path: TextField
    public var stage: Stage = .choosing

    public enum Stage: Equatable, Sendable {
        case choosing
        case reading(done: Int, total: Int)
        case preview(ImportPreview)
        case refused([String])
    }

    public init(kind: ImportKind, path: String = "") {
        self.kind = kind
        self.path = TextField(path)
    }

    /// The kind that fits the pane the person is on.
    public static func kind(for pane: Pane) -> ImportKind {
        switch pane {
        case .speakers: .speakers
        case .awards: .awards
        case .checklist: .checklist
        case .index: .index
        default: .delegates
        }
    }
}

/// What the preview shows before anything is written: how the file was read, which column
/// feeds which field, the first rows, what will change, and any warnings.
public struct ImportPreview: Equatable, Sendable {
    public var source: String
    public var columns: [String]
    public var rows: [[String]]
    public var titles: [String]
    public var added: Int
    public var merged: Int
    public var skipped: Int
    public var warnings: [String]

    public init(plan: ImportPlan, rowLimit: Int = 5) {
        source = plan.file.description
        let indexes = plan.file.table.header.indices.filter { index in
            plan.matchedColumns.contains { $0.title == VietnameseText.normalize(plan.file.table.header[index]) }
        }
        columns = plan.matchedColumns.map { "\($0.title) → \($0.field)" }
        rows = plan.file.table.rows.prefix(rowLimit).map { row in
            indexes.map { $0 < row.fields.count ? VietnameseText.normalize(Sanitizer.clean(row.fields[$0], keepNewlines: false)) : "" }
        }
        titles = indexes.map { VietnameseText.normalize(plan.file.table.header[$0]) }
        added = plan.added
        merged = plan.merged
        skipped = plan.skipped
        warnings = plan.warnings.map(\.description)
    }
}
