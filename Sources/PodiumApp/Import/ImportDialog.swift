import PodiumCore
import PodiumDocuments
import TermCore

/// The import dialog's state: which kind of list, the file path being typed, and the stage
/// reached (typing, reading, preview awaiting confirmation, refused with the problems).
public struct ImportDialog: Equatable, Sendable {
    public var kind: ImportKind
    public var path: TextField
    public var stage: Stage = .choosing
    /// The choices made so far: they travel with the file to the next check.
    public var duplicates: DuplicatePolicy = .report
    public var createGroups = false
    /// New groups' names in the precedence chosen in the preview.
    public var groupOrder: [String] = []
    /// The group the preview's cursor is on (K/J move it).
    public var groupCursor = 0
    /// Read the list as a revision of the roster, with these choices.
    public var revision: RosterRevision.Choices?
    /// What the person may choose after a refusal.
    public var remedies: [ImportRemedy] = []

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
    /// The groups the import creates, in precedence order, with their row counts.
    public var groups: [(name: String, rows: Int)] = []
    /// A revised list's categories: new, changed, gone, unchanged.
    public var revision: (new: Int, changed: Int, gone: Int, unchanged: Int)?
    /// An awards import: recipients who become delegates, and those already on the roster.
    public var enrolled = (new: 0, linked: 0)

    public static func == (lhs: ImportPreview, rhs: ImportPreview) -> Bool {
        lhs.source == rhs.source && lhs.columns == rhs.columns && lhs.rows == rhs.rows && lhs.titles == rhs.titles
            && lhs.added == rhs.added && lhs.merged == rhs.merged && lhs.skipped == rhs.skipped && lhs.warnings == rhs.warnings
            && lhs.groups.map(\.name) == rhs.groups.map(\.name) && lhs.groups.map(\.rows) == rhs.groups.map(\.rows)
            && lhs.revision.map { [$0.new, $0.changed, $0.gone, $0.unchanged] } == rhs.revision.map { [$0.new, $0.changed, $0.gone, $0.unchanged] }
            && lhs.enrolled == rhs.enrolled
    }

    /// A revised list: what is new, changed and gone.
    public init(revision plan: RevisionPlan, words: SpreadsheetStrings) {
        source = words.source(plan.file.source)
        columns = []
        rows = []
        titles = []
        added = plan.revision.added.count
        merged = plan.revision.changed.count
        skipped = 0
        warnings = []
        groups = plan.createdGroups.map { ($0.name, $0.rows) }
        revision = (plan.revision.added.count, plan.revision.changed.count, plan.revision.gone.count, plan.revision.unchanged)
    }

    public init(plan: ImportPlan, words: SpreadsheetStrings, rowLimit: Int = 5) {
        source = words.source(plan.file.source)
        let indexes = plan.file.table.header.indices.filter { index in
            plan.matchedColumns.contains { $0.title == VietnameseText.normalize(plan.file.table.header[index]) }
        }
        columns = plan.matchedColumns.map { "\($0.title) → \(words.field($0.field))" }
        rows = plan.file.table.rows.prefix(rowLimit).map { row in
            indexes.map { $0 < row.fields.count ? VietnameseText.normalize(Sanitizer.clean(row.fields[$0], keepNewlines: false)) : "" }
        }
        titles = indexes.map { VietnameseText.normalize(plan.file.table.header[$0]) }
        added = plan.added
        merged = plan.merged
        skipped = plan.skipped
        warnings = plan.warnings.map(words.located)
        groups = plan.createdGroups.map { ($0.name, $0.rows) }
        enrolled = (plan.enrolment.created.count, plan.enrolment.linked.count)
    }
}
