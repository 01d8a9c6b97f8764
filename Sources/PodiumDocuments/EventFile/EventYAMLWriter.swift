import PodiumCore
import Yams

/// Writes an event as YAML a person can edit: keys in a fixed order, Vietnamese unescaped,
/// multi-line text as literal blocks, no line wrapping. Lists are written in their display
/// order (programme by position, groups by order, recipients within their decision), and
/// that order is what the reader restores, so the file can be reordered by moving lines.
public enum EventYAMLWriter {
    public static func yaml(_ file: EventFile) -> String {
        let data = file.data
        var sections: [(String, Node)] = [
            ("podium", int(EventFile.formatVersion)),
            ("event", info(data.info)),
            ("settings", mapping(file.settings.keys.sorted().map { ($0, string(file.settings[$0] ?? "")) })),
            ("programme", list(data.segments.sorted { $0.position < $1.position }.map(segment))),
            ("groups", list(data.groups.sorted { $0.order < $1.order }.map(group))),
            ("delegates", list(data.delegates.sorted { $0.id < $1.id }.map(delegate))),
            ("contributions", list(data.contributions.sorted { $0.position < $1.position }.map(contribution))),
            ("awards", list(data.decisions.sorted { $0.id < $1.id }.map { decision($0, data.recipients) })),
            ("checklist", list(data.checklist.sorted { $0.id < $1.id }.map(checklistItem))),
            ("hall", hall(data.hall)),
            ("rank_table", rankTable(data.rankTable)),
            ("seating", seating(data.seating)),
            ("award_plan", awardPlan(data.awardPlan)),
        ]
        // An event without index results leaves the section out, so older files read the same.
        if data.index != .empty { sections.append(("par_index", index(data.index))) }
        let root = mapping(sections)
        let body: String
        do {
            body = try Yams.serialize(node: root, indent: 2, width: -1, allowUnicode: true, sortKeys: false)
        } catch {
            // The tree is built from plain strings and numbers; libyaml cannot refuse it.
            preconditionFailure("YAML emitter refused a generated tree: \(error)")
        }
        return header + body
    }

    static let header = """
        # Podium event file. Edit it freely, then load it back with `podium import event FILE`
        # (which replaces the whole event) or `podium new NEW.podium --from FILE`.
        # Lists are kept in the order written here; an item without an id gets a new one.

        """

    private static func info(_ info: EventInfo) -> Node {
        mapping([
            ("title", string(info.title)),
            ("plan_number", string(info.planNumber)),
            ("date", string(info.date.iso)),
            ("start", string(info.startTime.hhmm)),
            ("window_minutes", int(info.windowMinutes)),
            ("venue", string(info.venue)),
            ("organiser", string(info.organiser)),
            ("time_zone", string(info.timeZoneID)),
        ])
    }

    private static func segment(_ s: Segment) -> Node {
        mapping([
            ("id", int(Int(s.id))),
            ("title", string(s.title)),
            ("kind", string(s.kind.rawValue)),
            ("planned_seconds", int(s.plannedSeconds)),
            ("fixed_start", s.fixedStart.map { string($0.hhmmss) } ?? null),
            ("presenter", string(s.presenter)),
            ("mc_lines", string(s.mcLines)),
            ("cues", string(s.cues)),
            ("warning_seconds", int(s.warningSeconds)),
            ("danger_seconds", int(s.dangerSeconds)),
        ])
    }

    private static func group(_ g: ParticipantGroup) -> Node {
        mapping([
            ("id", int(Int(g.id))),
            ("key", string(g.key)),
            ("name", string(g.name)),
            ("short_label", string(g.shortLabel)),
            ("level", string(g.level.rawValue)),
            ("aliases", list(g.aliases.map(string), flow: true)),
        ])
    }

    private static func delegate(_ d: Delegate) -> Node {
        mapping([
            ("id", int(Int(d.id))),
            ("name", string(d.name)),
            ("title", string(d.title)),
            ("unit", string(d.unit)),
            ("group", string(d.groupKey)),
            ("precedence", d.precedenceOverride.map(int) ?? null),
            ("stand_in_for", d.standInFor.map(string) ?? null),
            ("flags", list(EventYAMLFlags.names(d.flags).map(string), flow: true)),
            ("checked_in", bool(d.checkedIn)),
            ("note", string(d.note)),
        ])
    }

    private static func contribution(_ c: Contribution) -> Node {
        mapping([
            ("id", int(Int(c.id))),
            ("topic", string(c.topic)),
            ("unit", string(c.unit)),
            ("speaker_name", string(c.speakerName)),
            ("speaker_title", string(c.speakerTitle)),
            ("allotted_seconds", int(c.allottedSeconds)),
            ("status", string(c.status.rawValue)),
            ("mc_notes", string(c.mcNotes)),
            ("delegate", c.delegateID.map { int(Int($0)) } ?? null),
            ("mc_invitation", string(c.mcInvitation)),
            ("mc_thanks", string(c.mcThanks)),
        ])
    }

    private static func decision(_ d: AwardDecision, _ recipients: [AwardRecipient]) -> Node {
        let own = recipients.filter { $0.decisionID == d.id }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        return mapping([
            ("id", int(Int(d.id))),
            ("number", string(d.number)),
            ("date", d.date.map { string($0.iso) } ?? null),
            ("signer", string(d.signer)),
            ("signer_title", string(d.signerTitle)),
            ("subject", string(d.subject)),
            ("recipients", list(own.map(recipient))),
        ])
    }

    private static func recipient(_ r: AwardRecipient) -> Node {
        mapping([
            ("id", int(Int(r.id))),
            ("kind", string(r.kind.rawValue)),
            ("name", string(r.name)),
            ("title", string(r.title)),
            ("unit", string(r.unit)),
            ("form", string(r.form)),
            ("representative", string(r.representative)),
            ("attendance", string(r.attendance.rawValue)),
            ("received_by", string(r.receivedBy)),
            ("pronunciation", string(r.pronunciation)),
        ])
    }

    private static func checklistItem(_ i: ChecklistItem) -> Node {
        mapping([
            ("id", int(Int(i.id))),
            ("title", string(i.title)),
            ("agency", string(i.agency)),
            ("owner", string(i.owner)),
            ("due_date", i.dueDate.map { string($0.iso) } ?? null),
            ("due_time", i.dueTime.map { string($0.hhmm) } ?? null),
            ("status", string(i.status.rawValue)),
            ("blocked_reason", string(i.blockedReason)),
            ("priority", string(i.priority.rawValue)),
            ("notes", string(i.notes)),
            ("gates_segment", i.gatesSegmentID.map { int(Int($0)) } ?? null),
        ])
    }

    private static func hall(_ h: Hall) -> Node {
        mapping([
            ("name", string(h.name)),
            ("presidium_seats", int(h.presidiumSeats)),
            ("sections", list(h.sections.map { section in
                let unusable = section.unusable.sorted { ($0.row, $0.seat) < ($1.row, $1.seat) }
                return mapping([
                    ("name", string(section.name)),
                    ("rows", int(section.rows)),
                    ("seats_per_row", int(section.seatsPerRow)),
                    ("unusable", list(unusable.map { string("\($0.row)-\($0.seat)") }, flow: true)),
                    ("inner_aisles", list(section.innerAisles.sorted().map(int), flow: true)),
                    ("wall_aisle", bool(section.wallAisle)),
                ])
            })),
        ])
    }

    // MARK: Scalars

    /// One tag object per kind for the whole tree: each `Tag(...)` builds Yams's default
    /// constructor table anew, which made tags most of the cost of writing a large event.
    /// The emitter only reads explicit tags, so sharing them is safe.
    private nonisolated(unsafe) static let strTag = Tag(.str)
    private nonisolated(unsafe) static let mapTag = Tag(.map)
    private nonisolated(unsafe) static let seqTag = Tag(.seq)
    private nonisolated(unsafe) static let intTag = Tag(.int)
    private nonisolated(unsafe) static let boolTag = Tag(.bool)
    private nonisolated(unsafe) static let nullTag = Tag(.null)

    static func mapping(_ pairs: [(String, Node)], flow: Bool = false) -> Node {
        // Keys are tagged as text: an untagged one would be matched against every YAML pattern.
        Node(pairs.map { (Node($0.0, strTag), $0.1) }, mapTag, flow ? .flow : .block)
    }

    /// Plain when the text reads back as a string, quoted when it could read as a number,
    /// boolean or null, a literal block when it spans lines.
    static func string(_ text: String) -> Node {
        if text.contains("\n") { return Node(text, strTag, .literal) }
        // "08:00" is text to this reader but a base-60 number to YAML 1.1 tools, so it is quoted.
        let sexagesimal = text.contains(":") && text.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
        let readsAsText = !sexagesimal && (!mayReadAsOtherThanText(text) || Resolver.default.resolveTag(of: Node(text)) == .str)
        return Node(text, strTag, readsAsText ? .plain : .doubleQuoted)
    }

    /// Every YAML 1.1 pattern but text's (numbers, booleans, null, timestamps, merge, value)
    /// matches only a text that starts with a digit, a sign, a dot, "~", "<" or "=", or is one
    /// of the words for true, false and null. Anything else is text without asking the
    /// resolver, whose regular expressions cost more than all the rest of writing the file.
    static func mayReadAsOtherThanText(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        return "0123456789-+.~<=".unicodeScalars.contains(first) || yamlWords.contains(text)
    }

    private static let yamlWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    static func list(_ nodes: [Node], flow: Bool = false) -> Node {
        Node(nodes, seqTag, flow ? .flow : .block)
    }

    static func int(_ value: Int) -> Node { Node(String(value), intTag) }
    static func bool(_ value: Bool) -> Node { Node(value ? "true" : "false", boolTag) }
    static var null: Node { Node("null", nullTag) }
}

/// Delegate flags by name, so the file says `[speaker, press]` rather than a bit mask.
enum EventYAMLFlags {
    static let all: [(String, Delegate.Flags)] = [("speaker", .speaker), ("award_recipient", .awardRecipient), ("press", .press)]

    static func names(_ flags: Delegate.Flags) -> [String] {
        all.filter { flags.contains($0.1) }.map(\.0)
    }
}
