import Foundation
import PodiumCore

/// What a spreadsheet can fill in.
public enum ImportKind: String, CaseIterable, Sendable {
    case delegates, awards, speakers, checklist
    /// PAR index results: they replace the event's index as a whole (see `IndexImport`).
    case index

    public var fields: [ColumnMap.Field] {
        switch self {
        case .delegates: RosterReader.delegateFields
        case .awards: RosterReader.recipientFields
        case .speakers: SpeakerReader.fields
        case .checklist: ChecklistReader.fields
        case .index: IndexReader.anchorFields
        }
    }

    /// How the journal names an import of this kind.
    public var factSource: ImportFact.Source {
        switch self {
        case .delegates: .delegates
        case .awards: .awards
        case .speakers: .speakers
        case .checklist: .checklist
        case .index: .index
        }
    }
}

/// What to do with a row naming the same person (or task) as another row or the event.
public enum DuplicatePolicy: String, CaseIterable, Sendable {
    /// Refuse the file, listing both lines.
    case report
    /// Keep the first and leave the later row out.
    case skip
    /// Keep the first, filling in or replacing its fields with the later row's non-empty ones.
    case merge
}

/// A checked import: the event as it will be after it, and what to tell the person first.
public struct ImportPlan: Sendable {
    public var kind: ImportKind
    public var event: EventData
    public var file: SpreadsheetFile
    /// Column title → field key for every matched column, in file order.
    public var matchedColumns: [(title: String, field: String)]
    public var unknownColumns: [String]
    public var added: Int
    public var merged: Int
    public var skipped: Int
    /// Notes that do not block the import (control characters removed, duplicates skipped).
    public var warnings: [ImportProblem]
    /// The participant groups this import creates, in precedence order.
    public var createdGroups: [GroupProposal.NewGroup] = []
    /// An awards import: the recipients made delegates (or found on the roster) so they have seats.
    public var enrolment = RecipientEnrolment.Report()
}

public enum SpreadsheetImport {
    /// Reads and checks the whole file against `event`. Nothing is written: the caller stores
    /// `plan.event` in one transaction, so an import is all or nothing.
    public static func plan(
        _ kind: ImportKind, data: Data, sheet: String? = nil, into event: EventData,
        duplicates policy: DuplicatePolicy = .report, groups options: GroupOptions = GroupOptions(),
        progress: @escaping (Int, Int) -> Void = { _, _ in }
    ) throws(ImportProblems) -> ImportPlan {
        if kind == .index { return try IndexImport.plan(data: data, sheet: sheet, into: event, progress: progress) }
        let file = try SpreadsheetFile.read(data, sheet: sheet, fields: kind.fields) { progress($0, 0) }
        let table = file.table
        let columns = try ColumnMap(header: table.header, fields: kind.fields, headerLine: table.headerLine)
        let matched = table.header.enumerated().compactMap { index, title in
            columns.indexes.first { $0.value == index }.map { (title: VietnameseText.normalize(title), field: $0.key) }
        }
        var columnWarnings = columns.unknownColumns.map {
            ImportProblem(line: table.headerLine, column: 0, issue: .unusedColumn(title: $0))
        }
        columnWarnings += file.warnings
        var event = event
        var created: [GroupProposal.NewGroup] = []
        var everyone: ParticipantGroup?
        var groupProblems: [ImportProblem] = []
        if kind == .delegates {
            (created, everyone, groupProblems) = try placeGroups(table: table, columns: columns, options: options, event: &event)
        }
        var merger = Merger(kind: kind, event: event, policy: policy, everyone: everyone)
        let total = table.rows.count
        var rowProblems = file.problems + groupProblems
        for (index, row) in table.rows.enumerated() {
            if index % 200 == 0 { progress(index, total) }
            do {
                try merger.add(row, columns: columns)
            } catch {
                rowProblems += error.problems
            }
        }
        progress(total, total)
        rowProblems += merger.problems
        if !rowProblems.isEmpty { throw ImportProblems(rowProblems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
        var imported = merger.event
        // In the same plan, so the recipients and their delegates are stored together or not at all.
        let enrolment = kind == .awards ? RecipientEnrolment.enrol(&imported) : RecipientEnrolment.Report()
        return ImportPlan(
            kind: kind, event: imported, file: file, matchedColumns: matched, unknownColumns: columns.unknownColumns,
            added: merger.added, merged: merger.merged, skipped: merger.skipped, warnings: columnWarnings + merger.warnings,
            createdGroups: created, enrolment: enrolment
        )
    }

    /// Reads a revised delegate list and compares it with the roster (see `RosterRevision`).
    /// Nothing is written: the caller stores `plan.applied(choices)` in one transaction.
    public static func revision(
        data: Data, sheet: String? = nil, into event: EventData, groups options: GroupOptions = GroupOptions()
    ) throws(ImportProblems) -> RevisionPlan {
        let file = try SpreadsheetFile.read(data, sheet: sheet, fields: ImportKind.delegates.fields) { _ in }
        let table = file.table
        let columns = try ColumnMap(header: table.header, fields: ImportKind.delegates.fields, headerLine: table.headerLine)
        var event = event
        let (created, everyone, groupProblems) = try placeGroups(table: table, columns: columns, options: options, event: &event)
        var problems = file.problems + groupProblems
        var incoming: [Delegate] = []
        var lines: [String: Int] = [:]
        let matcher = ParticipantGroup.Matcher(event.groups)
        for row in table.rows {
            do {
                let d = try RosterReader.delegate(in: row, columns: columns, groups: event.groups, matcher: matcher, id: 0, everyone: everyone)
                let key = Merger.key(d.name, d.unit)
                if let first = lines[key] {
                    problems.append(ImportProblem(line: row.line, column: 0, issue: .revisedDuplicate(name: d.name, line: first)))
                    continue
                }
                lines[key] = row.line
                incoming.append(d)
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw ImportProblems(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
        return RevisionPlan(
            revision: RosterRevision(incoming: incoming, existing: event.delegates, awardAttendees: RecipientEnrolment.attendeeIDs(event)),
            event: event, file: file, createdGroups: created
        )
    }

    /// Maps, creates or refuses the groups the list names that the event lacks, before any
    /// row is read, so the rows then match as usual. Returns the groups created, the group for
    /// rows naming none, and the groups refused: those are reported with every other problem of
    /// the rows (read as if the groups existed), so one correction of the file fixes them all.
    private static func placeGroups(
        table: CSVTable, columns: ColumnMap, options: GroupOptions, event: inout EventData
    ) throws(ImportProblems) -> ([GroupProposal.NewGroup], ParticipantGroup?, [ImportProblem]) {
        let column = (columns.indexes["group"] ?? -1) + 1
        let known = event.groups.map(\.name)
        var problems: [ImportProblem] = []
        var folded: [String: String] = [:]
        for (text, target) in options.mapping {
            guard let index = event.groups.firstIndex(where: { $0.key == target }) ?? ParticipantGroup.match(target, in: event.groups).flatMap({ g in event.groups.firstIndex { $0.id == g.id } }) else {
                problems.append(ImportProblem(line: table.headerLine, column: column, issue: .unknownMappedGroup(target: target, from: text, known: known)))
                continue
            }
            // The file's spelling becomes an alias, so the matcher places those rows as usual.
            event.groups[index].aliases.append(text)
            folded[GroupProposal.fold(text)] = event.groups[index].key
        }
        var everyone: ParticipantGroup?
        if let name = options.everyone.map(VietnameseText.normalize), !name.isEmpty {
            everyone = ParticipantGroup.match(name, in: event.groups)
            if everyone == nil {
                let single = GroupProposal(values: [(table.headerLine, name)], existing: event.groups)
                event.groups = single.applied(to: event.groups)
                everyone = event.groups.last
            }
        } else if columns.indexes["group"] == nil {
            problems.append(ImportProblem(line: table.headerLine, column: 0, issue: .noGroupColumn))
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        let values = columns.indexes["group"] == nil ? [] : table.rows.map { (line: $0.line, text: columns.value("group", in: $0)) }
        var proposal = GroupProposal(values: values, existing: event.groups, mapping: folded)
        proposal.order(options.order)
        guard !proposal.isEmpty else { return ([], everyone, []) }
        // Refused or not, the rows are read against the groups they name; a refusal is a
        // problem, so the plan is refused and these groups are never stored.
        event.groups = proposal.applied(to: event.groups)
        guard options.create else {
            return ([], everyone, proposal.groups.map { group in
                ImportProblem(line: group.firstLine, column: column, issue: .unknownGroup(name: group.name, rows: group.rows, known: known))
            })
        }
        return (proposal.groups, everyone, [])
    }
}

/// A revised list, compared and ready: the event (with any groups created) and the revision.
public struct RevisionPlan: Sendable {
    public var revision: RosterRevision
    public var event: EventData
    public var file: SpreadsheetFile
    public var createdGroups: [GroupProposal.NewGroup]

    public func applied(_ choices: RosterRevision.Choices) -> EventData { revision.applied(to: event, choices) }
}

/// Adds rows to the event one by one, watching for duplicates: same name and unit once case,
/// diacritics and spacing are ignored (a task: same title and agency).
private struct Merger {
    let kind: ImportKind
    var event: EventData
    let policy: DuplicatePolicy
    var problems: [ImportProblem] = []
    var warnings: [ImportProblem] = []
    var added = 0
    var merged = 0
    var skipped = 0
    /// Duplicate key → where the first holder came from (a line, or the event) and its id.
    private var seen: [String: (line: Int?, id: Int64)] = [:]
    private let decisionID: Int64?
    private var reportedNoDecision = false
    /// The event's groups folded once for every row (imports do not change the groups).
    private let groupMatcher: ParticipantGroup.Matcher
    /// The group of delegate rows that name none.
    private let everyone: ParticipantGroup?
    /// The highest ids (and speaker position, and recipients of the decision) so far, kept as
    /// rows are added: finding them again for every row made an import quadratic.
    private var lastDelegateID: Int64
    private var lastRecipientID: Int64
    private var recipientsOfDecision: Int
    private var lastContributionID: Int64
    private var lastPosition: Int
    private var lastChecklistID: Int64

    init(kind: ImportKind, event: EventData, policy: DuplicatePolicy, everyone: ParticipantGroup? = nil) {
        self.kind = kind
        self.event = event
        self.policy = policy
        self.everyone = everyone
        let decisionID = event.decisions.map(\.id).max()
        self.decisionID = decisionID
        lastDelegateID = event.delegates.map(\.id).max() ?? 0
        lastRecipientID = event.recipients.map(\.id).max() ?? 0
        recipientsOfDecision = event.recipients.filter { $0.decisionID == decisionID }.count
        lastContributionID = event.contributions.map(\.id).max() ?? 0
        lastPosition = event.contributions.map(\.position).max() ?? 0
        lastChecklistID = event.checklist.map(\.id).max() ?? 0
        groupMatcher = ParticipantGroup.Matcher(event.groups)
        switch kind {
        case .delegates: for d in event.delegates { seen[Self.key(d.name, d.unit)] = (nil, d.id) }
        case .awards: for r in event.recipients where r.decisionID == decisionID { seen[Self.key(r.name, r.unit)] = (nil, r.id) }
        case .speakers: for c in event.contributions { seen[Self.key(c.speakerName.isEmpty ? c.topic : c.speakerName, c.unit)] = (nil, c.id) }
        case .checklist: for i in event.checklist { seen[Self.key(i.title, i.agency)] = (nil, i.id) }
        case .index: break
        }
    }

    static func key(_ name: String, _ unit: String) -> String {
        FoldedName.fold(name) + "|" + FoldedName.fold(unit)
    }

    mutating func add(_ row: CSVTable.Row, columns: ColumnMap) throws(ImportProblems) {
        switch kind {
        case .delegates:
            let d = try RosterReader.delegate(
                in: row, columns: columns, groups: event.groups, matcher: groupMatcher, id: lastDelegateID + 1, everyone: everyone
            )
            let key = Self.key(d.name, d.unit)
            switch decide(key, row, d.name) {
            case .skip: break
            case .append:
                event.delegates.append(d)
                lastDelegateID = max(lastDelegateID, d.id)
                remember(key, row, d.id)
            case .merge(let id):
                guard let i = event.delegates.firstIndex(where: { $0.id == id }) else { return }
                let old = event.delegates[i]
                event.delegates[i].title = pick(d.title, old.title)
                event.delegates[i].note = pick(d.note, old.note)
                event.delegates[i].groupKey = d.groupKey
            }
        case .awards:
            // Without a decision the file is refused once, at its first row; the rows are still
            // checked so every other problem shows in the same report.
            if decisionID == nil, !reportedNoDecision {
                problems.append(ImportProblem(line: row.line, column: 0, issue: .noAwardDecision))
                reportedNoDecision = true
            }
            let r = try RosterReader.recipient(
                in: row, columns: columns, decisionID: decisionID ?? 0, id: lastRecipientID + 1, order: recipientsOfDecision + 1
            )
            let key = Self.key(r.name, r.unit)
            switch decide(key, row, r.name) {
            case .skip: break
            case .append:
                event.recipients.append(r)
                lastRecipientID = max(lastRecipientID, r.id)
                recipientsOfDecision += 1
                remember(key, row, r.id)
            case .merge(let id):
                guard let i = event.recipients.firstIndex(where: { $0.id == id }) else { return }
                let old = event.recipients[i]
                event.recipients[i].title = pick(r.title, old.title)
                event.recipients[i].form = pick(r.form, old.form)
                event.recipients[i].representative = pick(r.representative, old.representative)
            }
        case .speakers:
            let c = try SpeakerReader.contribution(in: row, columns: columns, id: lastContributionID + 1, position: lastPosition + 1)
            let name = c.speakerName.isEmpty ? c.topic : c.speakerName
            let key = Self.key(name, c.unit)
            switch decide(key, row, name) {
            case .skip: break
            case .append:
                event.contributions.append(c)
                lastContributionID = max(lastContributionID, c.id)
                lastPosition = max(lastPosition, c.position)
                remember(key, row, c.id)
            case .merge(let id):
                guard let i = event.contributions.firstIndex(where: { $0.id == id }) else { return }
                let old = event.contributions[i]
                event.contributions[i].topic = pick(c.topic, old.topic)
                event.contributions[i].speakerTitle = pick(c.speakerTitle, old.speakerTitle)
                event.contributions[i].allottedSeconds = c.allottedSeconds
                event.contributions[i].mcNotes = pick(c.mcNotes, old.mcNotes)
            }
        case .checklist:
            let item = try ChecklistReader.item(in: row, columns: columns, id: lastChecklistID + 1)
            let key = Self.key(item.title, item.agency)
            switch decide(key, row, item.title) {
            case .skip: break
            case .append:
                event.checklist.append(item)
                lastChecklistID = max(lastChecklistID, item.id)
                remember(key, row, item.id)
            case .merge(let id):
                guard let i = event.checklist.firstIndex(where: { $0.id == id }) else { return }
                let old = event.checklist[i]
                event.checklist[i].owner = pick(item.owner, old.owner)
                event.checklist[i].dueDate = item.dueDate ?? old.dueDate
                event.checklist[i].dueTime = item.dueTime ?? old.dueTime
                event.checklist[i].notes = pick(item.notes, old.notes)
            }
        case .index: break
        }
    }

    enum Placement { case append, skip, merge(Int64) }

    private mutating func remember(_ key: String, _ row: CSVTable.Row, _ id: Int64) {
        seen[key] = (row.line, id)
        added += 1
    }

    private mutating func decide(_ key: String, _ row: CSVTable.Row, _ name: String) -> Placement {
        guard let first = seen[key] else { return .append }
        let origin: SpreadsheetIssue.DuplicateOrigin = first.line.map { .line($0) } ?? .existing(id: first.id)
        switch policy {
        case .report:
            problems.append(ImportProblem(line: row.line, column: 0, issue: .duplicate(name: name, of: origin)))
            return .skip
        case .skip:
            skipped += 1
            warnings.append(ImportProblem(line: row.line, column: 0, issue: .duplicateSkipped(name: name, of: origin)))
            return .skip
        case .merge:
            merged += 1
            warnings.append(ImportProblem(line: row.line, column: 0, issue: .duplicateMerged(name: name, of: origin)))
            return .merge(first.id)
        }
    }
}

private func pick(_ new: String, _ old: String) -> String { new.isEmpty ? old : new }
