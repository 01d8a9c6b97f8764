import Foundation

/// JSON as stored in text columns and journal payloads: compact, keys sorted, so equal values
/// give equal text and journal entries diff cleanly.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Serialises a dictionary of JSON-compatible values (strings, numbers, bools, arrays, dictionaries, NSNull).
    static func object(_ fields: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]))
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func isObject(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any]
    }

    /// The fields of `new` whose value differs from `old` (a field that became nil reads as null),
    /// with `id` always included so the entry names what it changed.
    static func changes<T: Encodable>(from old: T, to new: T, id: Int64) -> [String: Any] {
        let before = fields(old)
        let after = fields(new)
        var result: [String: Any] = ["id": id]
        for key in Set(before.keys).union(after.keys) where key != "id" {
            let value = after[key] ?? NSNull()
            if canonical(before[key] ?? NSNull()) != canonical(value) { result[key] = value }
        }
        return result
    }

    static func fields(_ value: some Encodable) -> [String: Any] {
        guard let text = try? encode(value),
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return [:] }
        return object
    }

    private static func canonical(_ value: Any) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
