import Foundation

/// A record's fields as a fact keeps them: what an edit changed (a field that became empty reads
/// as null) or everything a new row held. Keys are snake_case whatever the record's own names.
public struct FieldChanges: Hashable, Sendable {
    /// The record's id; nil for a record that is one of a kind (the event's details, settings).
    public var id: Int64?
    public var values: [String: JSONValue]

    public init(id: Int64?, values: [String: JSONValue]) {
        self.id = id
        self.values = Dictionary(values.map { (FactFields.snakeCase($0.key), Self.snakeCased($0.value)) }) { first, _ in first }
        self.values["id"] = nil
    }

    /// A record's nested values (a hall's sections, a plan's settings) follow the same convention.
    private static func snakeCased(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let fields): .object(Dictionary(fields.map { (FactFields.snakeCase($0.key), snakeCased($0.value)) }) { first, _ in first })
        case .array(let values): .array(values.map(snakeCased))
        default: value
        }
    }

    /// Every field of `record` (its id included, in `id`).
    public init(record: some Encodable, id: Int64?) {
        self.init(id: id, values: JSONValue(encoding: record)?.objectValue ?? [:])
    }

    /// The fields of `new` that differ from `old`.
    public init<T: Encodable>(from old: T, to new: T, id: Int64?) {
        let before = JSONValue(encoding: old)?.objectValue ?? [:]
        let after = JSONValue(encoding: new)?.objectValue ?? [:]
        var changed: [String: JSONValue] = [:]
        for key in Set(before.keys).union(after.keys) where key != "id" {
            let value = after[key] ?? .null
            if (before[key] ?? .null) != value { changed[key] = value }
        }
        self.init(id: id, values: changed)
    }

    /// The names of the fields, snake_case.
    public var names: Set<String> { Set(values.keys) }

    var fields: [String: JSONValue] {
        var fields = values
        if let id { fields["id"] = .int(id) }
        return fields
    }

    init(_ fields: FactFields, hasID: Bool = true) {
        self.init(id: hasID ? fields.optionalInt("id") : nil, values: fields.values)
    }
}
