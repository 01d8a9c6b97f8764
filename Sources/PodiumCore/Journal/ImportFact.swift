/// An import's fact: the event's entities (or one part of them) were replaced as a whole.
public enum ImportFact: Hashable, Sendable, FactArea {
    /// Where the replacement came from; the raw value is the fact's name.
    public enum Source: String, Hashable, Sendable, CaseIterable {
        /// An event file (YAML), loaded into an event or used to create one.
        case eventFile = "event.import"
        case delegates = "import.delegates"
        /// A changed roster merged into the event with the operator's choices.
        case delegatesRevision = "import.delegates-revision"
        case awards = "import.awards"
        case speakers = "import.speakers"
        case checklist = "import.checklist"
        case index = "import.index"
        /// The participant groups, edited as a whole.
        case groups = "groups.update"
    }

    /// How many of each the event held afterwards; nil where the import did not count it.
    public struct Counts: Hashable, Sendable {
        public var segments: Int?
        public var groups: Int?
        public var delegates: Int?
        public var contributions: Int?
        public var decisions: Int?
        public var recipients: Int?
        public var checklistItems: Int?
        public var settings: Int?
        /// The PAR index's units and fields.
        public var units: Int?
        public var fields: Int?

        public init(segments: Int? = nil, groups: Int? = nil, delegates: Int? = nil, contributions: Int? = nil,
                    decisions: Int? = nil, recipients: Int? = nil, checklistItems: Int? = nil, settings: Int? = nil,
                    units: Int? = nil, fields: Int? = nil) {
            self.segments = segments
            self.groups = groups
            self.delegates = delegates
            self.contributions = contributions
            self.decisions = decisions
            self.recipients = recipients
            self.checklistItems = checklistItems
            self.settings = settings
            self.units = units
            self.fields = fields
        }

        /// The counts in the order they are written, by their snake_case names.
        var named: [(String, Int?)] {
            [("segments", segments), ("groups", groups), ("delegates", delegates), ("contributions", contributions),
             ("decisions", decisions), ("recipients", recipients), ("checklist_items", checklistItems),
             ("settings", settings), ("units", units), ("fields", fields)]
        }
    }

    case replaced(Source, Counts)

    var name: String {
        switch self { case .replaced(let source, _): source.rawValue }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .replaced(_, let counts):
            for (key, value) in counts.named { if let value { writer.set(key, value) } }
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> ImportFact? {
        // "import.event" was an earlier name of the event-file import.
        guard let source = Source(rawValue: name) ?? (name == "import.event" ? .eventFile : nil) else { return nil }
        return .replaced(source, Counts(
            segments: fields.optionalCount("segments"), groups: fields.optionalCount("groups"),
            delegates: fields.optionalCount("delegates"), contributions: fields.optionalCount("contributions"),
            decisions: fields.optionalCount("decisions"), recipients: fields.optionalCount("recipients"),
            checklistItems: fields.optionalCount("checklist_items"), settings: fields.optionalCount("settings"),
            units: fields.optionalCount("units"), fields: fields.optionalCount("fields")
        ))
    }
}
