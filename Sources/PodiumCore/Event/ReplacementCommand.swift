/// An import: it replaces whole parts of the event at once.
public enum ReplacementCommand: Hashable, Sendable {
    /// Every entity, from `source`; the settings too when `settings` is given (an event file).
    /// The journal stays.
    case all(EventData, settings: [String: String]? = nil, from: ImportFact.Source)
    /// The PAR index's scheme and scores; the reveal starts again.
    case index(IndexResults)

    /// An import needs nothing of the event it replaces: it is recorded with what the event
    /// holds afterwards.
    public func decided() -> CommandDecision {
        switch self {
        case .all(let data, let settings, let source):
            var counts = ImportFact.Counts(data)
            counts.settings = settings?.count
            return CommandDecision(
                changes: RecordChanges(replacement: .all(data, settings: settings)), facts: [.imports(.replaced(source, counts))]
            )
        case .index(let results):
            let counts = ImportFact.Counts(groups: results.scheme.groups.count, units: results.units.count, fields: results.scheme.fields.count)
            return CommandDecision(changes: RecordChanges(replacement: .index(results)), facts: [.imports(.replaced(.index, counts))])
        }
    }
}

extension ImportFact.Counts {
    /// How many of each `data` holds.
    public init(_ data: EventData) {
        self.init(
            segments: data.segments.count, groups: data.groups.count, delegates: data.delegates.count,
            contributions: data.contributions.count, decisions: data.decisions.count,
            recipients: data.recipients.count, checklistItems: data.checklist.count,
            units: data.index.units.count, fields: data.index.scheme.fields.count
        )
    }
}
