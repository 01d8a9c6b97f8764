/// An import: it replaces whole parts of the event at once.
public enum ReplacementCommand: Hashable, Sendable {
    /// Every entity, from `source`; the settings too when `settings` is given (an event file).
    /// The journal stays.
    case all(EventData, settings: [String: String]? = nil, from: ImportFact.Source)
    /// The PAR index's scheme and scores; the reveal starts again.
    case index(IndexResults)
}
