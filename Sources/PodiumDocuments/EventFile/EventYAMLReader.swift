import PodiumCore
import Yams

/// Reads an event file written by `EventYAMLWriter` or edited by hand. Every problem in the
/// file is reported at once with its line and column; any problem means nothing is returned.
public enum EventYAMLReader {
    public static func read(_ text: String) throws(ImportProblems) -> EventFile {
        let root: Node
        do {
            // The reading below takes every scalar as its text and parses numbers and flags
            // itself, so no tag is ever asked for: the basic resolver skips matching every
            // scalar (and every mapping key, for the duplicate check) against regular expressions.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw ImportProblems([ImportProblem(line: 1, column: 0, issue: .eventFile(.empty))])
            }
            root = node
        } catch let problems as ImportProblems {
            throw problems
        } catch {
            throw ImportProblems([syntaxProblem(error)])
        }
        let problems = ProblemList()
        let file = EventReading(problems: problems).read(root)
        if !problems.problems.isEmpty { throw ImportProblems(problems.problems) }
        return file
    }

    private static func syntaxProblem(_ error: any Error) -> ImportProblem {
        guard let yaml = error as? YamlError else {
            return ImportProblem(line: 1, column: 0, issue: .eventFile(.syntax(detail: "\(error)")))
        }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ImportProblem(line: mark.line, column: mark.column, issue: .eventFile(.syntax(detail: problem)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ImportProblem(line: context.mark.line, column: context.mark.column, issue: .eventFile(.repeatedKeys(duplicates.map { "\($0)" })))
        case .reader(let problem, _, _, _):
            return ImportProblem(line: 1, column: 0, issue: .eventFile(.notUTF8(detail: problem)))
        default:
            return ImportProblem(line: 1, column: 0, issue: .eventFile(.syntax(detail: "\(yaml)")))
        }
    }
}

/// One pass over the document tree; ids left out are given fresh ones after the largest used.
struct EventReading {
    let problems: ProblemList

    func read(_ root: Node) -> EventFile {
        let top = YAMLFields(root, what: .file, known: [
            "podium", "event", "settings", "programme", "groups", "delegates", "contributions", "awards", "checklist", "hall",
            "rank_table", "seating", "award_plan", "par_index",
        ], problems: problems)
        if let version = top.int("podium", required: true), version > EventFile.formatVersion {
            problems.add(top.node("podium") ?? root, .newerFormat(version: version, supported: EventFile.formatVersion))
        }
        let info = readInfo(top.node("event"), root)
        let segments = readList(top.list("programme"), .programmeItem) { fields, index, id in
            segment(fields, position: index + 1, id: id)
        }
        let groups = readList(top.list("groups"), .group) { fields, index, id in
            ParticipantGroup(
                id: id, key: fields.text("key", required: true), name: fields.text("name", required: true), order: index + 1,
                level: fields.choice("level", default: ParticipantGroup.Level.province, among: [.province, .commune, .guest]), aliases: fields.strings("aliases"), shortLabel: fields.text("short_label")
            )
        }
        let delegates = readList(top.list("delegates"), .delegate) { fields, _, id in delegate(fields, id: id, groups: groups) }
        let delegateIDs = Set(delegates.map(\.id))
        let contributions = readList(top.list("contributions"), .contribution) { fields, index, id in
            Contribution(
                id: id, position: index + 1, topic: fields.text("topic", required: true), unit: fields.text("unit"),
                speakerName: fields.text("speaker_name"), speakerTitle: fields.text("speaker_title"),
                allottedSeconds: fields.int("allotted_seconds") ?? 300, status: fields.choice("status", default: Contribution.Status.queued),
                mcNotes: fields.multiline("mc_notes"),
                delegateID: delegateReference(fields, "delegate", among: delegateIDs, as: .speaker),
                mcInvitation: fields.multiline("mc_invitation"), mcThanks: fields.multiline("mc_thanks")
            )
        }
        var recipientNodes: [(decisionID: Int64, nodes: [Node])] = []
        let decisions = readList(top.list("awards"), .awardDecision) { fields, _, id in
            recipientNodes.append((id, fields.list("recipients")))
            return AwardDecision(
                id: id, number: fields.text("number", required: true), date: fields.date("date"),
                signer: fields.text("signer"), signerTitle: fields.text("signer_title"), subject: fields.text("subject")
            )
        }
        let allRecipientNodes = recipientNodes.flatMap(\.nodes)
        var ids = Identifiers(nodes: allRecipientNodes, problems: problems, what: .recipient)
        var recipients: [AwardRecipient] = []
        for (decisionID, nodes) in recipientNodes {
            for (index, node) in nodes.enumerated() {
                let fields = YAMLFields(node, what: .recipient, known: [
                    "id", "kind", "name", "title", "unit", "form", "representative", "attendance", "received_by", "pronunciation",
                ], problems: problems)
                recipients.append(AwardRecipient(
                    id: ids.take(fields), decisionID: decisionID, order: index + 1,
                    kind: fields.choice("kind", default: AwardRecipient.Kind.individual, among: [.collective, .individual]), name: fields.text("name", required: true),
                    title: fields.text("title"), unit: fields.text("unit"), form: fields.text("form"),
                    representative: fields.text("representative"),
                    attendance: fields.choice("attendance", default: AwardRecipient.Attendance.fromCheckIn),
                    receivedBy: fields.text("received_by"), pronunciation: fields.text("pronunciation")
                ))
            }
        }
        let segmentIDs = Set(segments.map(\.id))
        let checklist = readList(top.list("checklist"), .checklistItem) { fields, _, id in
            checklistItem(fields, id: id, segmentIDs: segmentIDs)
        }
        var settings: [String: String] = [:]
        if let node = top.node("settings"), node.mapping != nil {
            for (key, value) in node.mapping ?? [:] {
                guard let name = key.string, let text = value.scalar?.string else {
                    problems.add(key, .settingNotText)
                    continue
                }
                settings[name] = Sanitizer.clean(text, keepNewlines: false)
            }
        } else if let node = top.node("settings"), node.scalar?.string.isEmpty == false {
            problems.add(node, .settingsNotMapping)
        }
        let references = PlanReferences(
            delegateIDs: delegateIDs, recipientIDs: Set(recipients.map(\.id))
        )
        return EventFile(
            data: EventData(
                info: info, segments: segments, groups: groups, delegates: delegates, contributions: contributions,
                decisions: decisions, recipients: recipients, checklist: checklist, hall: readHall(top.node("hall")),
                rankTable: readRankTable(top.node("rank_table")),
                seating: readSeating(top.node("seating"), references),
                awardPlan: readAwardPlan(top.node("award_plan"), references),
                index: readIndex(top.node("par_index"))
            ),
            settings: settings
        )
    }

    private func readList<T>(_ nodes: [Node], _ what: EventFileIssue.Part, _ make: (YAMLFields, Int, Int64) -> T) -> [T] {
        var ids = Identifiers(nodes: nodes, problems: problems, what: what)
        return nodes.enumerated().map { index, node in
            let fields = YAMLFields(node, what: what, known: EventReading.known[what] ?? [], problems: problems)
            return make(fields, index, ids.take(fields))
        }
    }

    static let known: [EventFileIssue.Part: [String]] = [
        .programmeItem: ["id", "title", "kind", "planned_seconds", "fixed_start", "presenter", "mc_lines", "cues", "warning_seconds", "danger_seconds"],
        .group: ["id", "key", "name", "short_label", "level", "aliases"],
        .delegate: ["id", "name", "title", "unit", "group", "precedence", "stand_in_for", "flags", "checked_in", "note"],
        .contribution: [
            "id", "topic", "unit", "speaker_name", "speaker_title", "allotted_seconds", "status", "mc_notes",
            "delegate", "mc_invitation", "mc_thanks",
        ],
        .awardDecision: ["id", "number", "date", "signer", "signer_title", "subject", "recipients"],
        .checklistItem: ["id", "title", "agency", "owner", "due_date", "due_time", "status", "blocked_reason", "priority", "notes", "gates_segment"],
    ]

    private func readInfo(_ node: Node?, _ root: Node) -> EventInfo {
        guard let node else {
            problems.add(root, .noEventSection)
            return EventInfo(title: "", planNumber: "", date: CivilDate(year: 2000, month: 1, day: 1), startTime: ClockTime(secondsSinceMidnight: 0), windowMinutes: 0, venue: "", organiser: "")
        }
        let fields = YAMLFields(node, what: .event, known: ["title", "plan_number", "date", "start", "window_minutes", "venue", "organiser", "time_zone"], problems: problems)
        // Files written before the event kept its zone are in the default one (Việt Nam).
        var zone = fields.text("time_zone")
        if zone.isEmpty {
            zone = EventInfo.defaultTimeZoneID
        } else if !EventInfo.isKnownTimeZone(zone) {
            problems.add(fields.node("time_zone") ?? node, .unknownTimeZone(zone))
            zone = EventInfo.defaultTimeZoneID
        }
        return EventInfo(
            title: fields.text("title", required: true), planNumber: fields.text("plan_number"),
            date: fields.date("date", required: true) ?? CivilDate(year: 2000, month: 1, day: 1),
            startTime: fields.time("start", required: true) ?? ClockTime(secondsSinceMidnight: 0),
            windowMinutes: fields.int("window_minutes", required: true, range: 1...1440) ?? 240,
            venue: fields.text("venue"), organiser: fields.text("organiser"), timeZoneID: zone
        )
    }

    private func segment(_ fields: YAMLFields, position: Int, id: Int64) -> Segment {
        let planned = fields.int("planned_seconds", required: true, range: 0...86_400) ?? 0
        return Segment(
            id: id, position: position, title: fields.text("title", required: true),
            kind: fields.choice("kind", default: SegmentKind.other), plannedSeconds: planned,
            fixedStart: fields.time("fixed_start"), presenter: fields.text("presenter"),
            mcLines: fields.multiline("mc_lines"), cues: fields.multiline("cues"),
            warningSeconds: fields.int("warning_seconds", range: 0...86_400),
            dangerSeconds: fields.int("danger_seconds", range: 0...86_400)
        )
    }

    private func delegate(_ fields: YAMLFields, id: Int64, groups: [ParticipantGroup]) -> Delegate {
        let groupKey = fields.text("group", required: true)
        if !groupKey.isEmpty, !groups.contains(where: { $0.key == groupKey }), let node = fields.node("group") {
            problems.add(node, .unknownGroupKey(groupKey, known: groups.map(\.key)))
        }
        var flags: Delegate.Flags = []
        for (index, name) in fields.strings("flags").enumerated() {
            if let flag = EventYAMLFlags.all.first(where: { $0.0 == name }) {
                flags.insert(flag.1)
            } else if let node = fields.list("flags").dropFirst(index).first {
                problems.add(node, .unknownFlag(name, known: EventYAMLFlags.all.map(\.0)))
            }
        }
        return Delegate(
            id: id, name: fields.text("name", required: true), title: fields.text("title"), unit: fields.text("unit"),
            groupKey: groupKey, precedenceOverride: fields.int("precedence", range: 1...100_000),
            standInFor: fields.has("stand_in_for") ? fields.text("stand_in_for") : nil, flags: flags,
            checkedIn: fields.bool("checked_in"), note: fields.text("note")
        )
    }

    private func checklistItem(_ fields: YAMLFields, id: Int64, segmentIDs: Set<Int64>) -> ChecklistItem {
        let gates = fields.int("gates_segment").map(Int64.init)
        if let gates, !segmentIDs.contains(gates), let node = fields.node("gates_segment") {
            problems.add(node, .unknownSegment(id: gates))
        }
        return ChecklistItem(
            id: id, title: fields.text("title", required: true), agency: fields.text("agency"), owner: fields.text("owner"),
            dueDate: fields.date("due_date"), dueTime: fields.time("due_time"),
            status: fields.choice("status", default: ChecklistItem.Status.todo), blockedReason: fields.text("blocked_reason"),
            priority: fields.choice("priority", default: ChecklistItem.Priority.normal), notes: fields.multiline("notes"),
            gatesSegmentID: gates
        )
    }

    private func readHall(_ node: Node?) -> Hall {
        guard let node else { return .empty }
        let fields = YAMLFields(node, what: .hall, known: ["name", "presidium_seats", "sections"], problems: problems)
        let sections = fields.list("sections").map { sectionNode in
            let section = YAMLFields(sectionNode, what: .hallSection, known: [
                "name", "rows", "seats_per_row", "unusable", "inner_aisles", "wall_aisle",
            ], problems: problems)
            var unusable: Set<SeatPosition> = []
            for (index, text) in section.strings("unusable").enumerated() {
                let parts = text.split(separator: "-").compactMap { Int($0) }
                if parts.count == 2 {
                    unusable.insert(SeatPosition(row: parts[0], seat: parts[1]))
                } else if let item = section.list("unusable").dropFirst(index).first {
                    problems.add(item, .notASeat(text))
                }
            }
            return HallSection(
                name: section.text("name"), rows: section.int("rows", required: true, range: 0...1000) ?? 0,
                seatsPerRow: section.int("seats_per_row", required: true, range: 0...1000) ?? 0, unusable: unusable,
                innerAisles: Set(section.ints("inner_aisles", range: 1...1000)), wallAisle: section.bool("wall_aisle", default: true)
            )
        }
        return Hall(name: fields.text("name"), presidiumSeats: fields.int("presidium_seats", range: 0...1000) ?? 0, sections: sections)
    }
}

/// Ids as written, checked for repeats; items without one get the next id after the largest.
private struct Identifiers {
    private var next: Int64
    private var seen: Set<Int64> = []
    private let problems: ProblemList
    private let what: EventFileIssue.Part

    init(nodes: [Node], problems: ProblemList, what: EventFileIssue.Part) {
        self.problems = problems
        self.what = what
        // Read as `YAMLFields.int` reads it (an id it refuses is reported there); Yams's
        // keyed lookup and number constructor cost more than the rest of the item.
        let written = nodes.compactMap { node -> Int? in
            guard let map = node.mapping else { return nil }
            for (key, value) in map where key.scalar?.string == "id" { return value.scalar.flatMap { Int($0.string) } }
            return nil
        }
        next = Int64((written.max() ?? 0) + 1)
    }

    mutating func take(_ fields: YAMLFields) -> Int64 {
        guard let id = fields.int("id", range: 1...Int(Int32.max)).map(Int64.init) else {
            defer { next += 1 }
            return next
        }
        if !seen.insert(id).inserted, let node = fields.node("id") {
            problems.add(node, .repeatedID(what, id: id))
        }
        return id
    }
}
