import Foundation

/// Every fact the journal records, in one vocabulary. A fact is written as its name (the
/// journal's `action` column, "show.next") and a JSON object of snake_case fields with the
/// fact's schema version under "v". Entries written before facts were typed (schema 6 and
/// earlier: no "v", keys in mixed casing, `seat.assign` naming a delegate as typed) read back
/// into the same facts, so an event file keeps folding to the same show after an upgrade.
public enum JournalFact: Hashable, Sendable {
    case show(ShowAction)
    case speakers(SpeakerFact)
    case roster(RosterFact)
    case seating(SeatingFact)
    case awards(AwardFact)
    case checklist(ChecklistFact)
    case agenda(AgendaFact)
    case imports(ImportFact)
    case event(EventFact)
    case indexReveal(IndexRevealFact)
    case access(AccessFact)
    /// An entry whose name this version does not know, or whose fields do not fit its name
    /// (written by a newer Podium or by hand). Folds pass over it; the store never writes one.
    case unrecognised(name: String, fields: [String: JSONValue])

    /// The version every fact is written with now. Entries without "v" are version 0.
    public static let schemaVersion = 1

    /// The fact's name: the journal's `action` column.
    public var name: String {
        switch self {
        case .unrecognised(let name, _): name
        default: area?.name ?? ""
        }
    }

    /// The fields as they are written, "v" included.
    public var payload: [String: JSONValue] {
        guard let area else {
            if case .unrecognised(_, let fields) = self { return fields }
            return [:]
        }
        var fields = area.fields
        fields["v"] = .int(Int64(Self.schemaVersion))
        return fields
    }

    /// The payload as JSON text (compact, keys sorted).
    public var payloadText: String { JSONValue.object(payload).text }

    /// Reads an entry back. Never fails: what cannot be read is `.unrecognised`. Every fact is
    /// still at version 1, which reads entries of version 0 (no "v") as well; a fact that changes
    /// shape will read "v" here to tell its versions apart.
    public init(name: String, payload: [String: JSONValue]) {
        var payload = payload
        payload["v"] = nil
        let fields = FactFields(payload)
        do {
            if let action = try ShowAction.read(name: name, fields) { self = .show(action); return }
            if let fact = try SpeakerFact.read(name: name, fields) { self = .speakers(fact); return }
            if let fact = try RosterFact.read(name: name, fields) { self = .roster(fact); return }
            if let fact = try SeatingFact.read(name: name, fields) { self = .seating(fact); return }
            if let fact = try AwardFact.read(name: name, fields) { self = .awards(fact); return }
            if let fact = try ChecklistFact.read(name: name, fields) { self = .checklist(fact); return }
            if let fact = try AgendaFact.read(name: name, fields) { self = .agenda(fact); return }
            if let fact = try ImportFact.read(name: name, fields) { self = .imports(fact); return }
            if let fact = try EventFact.read(name: name, fields) { self = .event(fact); return }
            if let fact = try IndexRevealFact.read(name: name, fields) { self = .indexReveal(fact); return }
            if let fact = try AccessFact.read(name: name, fields) { self = .access(fact); return }
        } catch {}
        self = .unrecognised(name: name, fields: payload)
    }

    /// Reads an entry back from its JSON text; text that is not a JSON object reads as no fields.
    public init(name: String, payloadText: String) {
        self.init(name: name, payload: JSONValue(text: payloadText)?.objectValue ?? [:])
    }

    private var area: (any FactArea)? {
        switch self {
        case .show(let action): action
        case .speakers(let fact): fact
        case .roster(let fact): fact
        case .seating(let fact): fact
        case .awards(let fact): fact
        case .checklist(let fact): fact
        case .agenda(let fact): fact
        case .imports(let fact): fact
        case .event(let fact): fact
        case .indexReveal(let fact): fact
        case .access(let fact): fact
        case .unrecognised: nil
        }
    }

    /// Set only for facts written before facts were typed that the store must not write again.
    public var isReadOnly: Bool {
        switch self {
        case .unrecognised, .seating(.assignedByTypedName): true
        default: false
        }
    }

    public var showAction: ShowAction? { if case .show(let action) = self { action } else { nil } }

    public var awardStep: AwardAction? { if case .awards(.step(let action, _, _)) = self { action } else { nil } }

    public var indexRevealAction: IndexRevealAction? { if case .indexReveal(let fact) = self { fact.action } else { nil } }
}

/// The fact in one JSON object: {"fact": name, "v": version, fields…}.
extension JournalFact: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        var fields = try [String: JSONValue](from: decoder)
        guard let name = fields.removeValue(forKey: "fact")?.stringValue else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a journal fact needs its \"fact\" name"))
        }
        self.init(name: name, payload: fields)
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = payload
        fields["fact"] = .string(name)
        try fields.encode(to: encoder)
    }
}
