import Foundation

/// The fields of a fact being read back. Keys are brought to snake_case first, so entries
/// written before the journal had one convention (`standInFor`, `checkedIn` beside
/// `was_speaking`) read through the same names as new ones.
struct FactFields {
    /// Why an entry could not be read as the fact its name says.
    struct Unreadable: Error {
        var field: String
    }

    let values: [String: JSONValue]

    init(_ values: [String: JSONValue]) {
        self.values = Dictionary(values.map { (FactFields.snakeCase($0.key), $0.value) }) { first, _ in first }
    }

    /// The value, or nil when it is missing or null.
    subscript(key: String) -> JSONValue? {
        guard let value = values[key], value != .null else { return nil }
        return value
    }

    func int(_ key: String) throws(Unreadable) -> Int64 {
        guard let value = self[key]?.intValue else { throw Unreadable(field: key) }
        return value
    }

    func count(_ key: String) throws(Unreadable) -> Int { Int(try int(key)) }

    func string(_ key: String) throws(Unreadable) -> String {
        guard let value = self[key]?.stringValue else { throw Unreadable(field: key) }
        return value
    }

    func bool(_ key: String) throws(Unreadable) -> Bool {
        guard let value = self[key]?.boolValue else { throw Unreadable(field: key) }
        return value
    }

    func optionalInt(_ key: String) -> Int64? { self[key]?.intValue }
    func optionalCount(_ key: String) -> Int? { optionalInt(key).map { Int($0) } }
    func optionalString(_ key: String) -> String? { self[key]?.stringValue }
    func ints(_ key: String) -> [Int64] { self[key]?.arrayValue?.compactMap(\.intValue) ?? [] }
    func strings(_ key: String) -> [String] { self[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }

    /// `plannedSeconds` → `planned_seconds`, `delegateID` → `delegate_id`; snake_case stays as it is.
    static func snakeCase(_ key: String) -> String {
        let characters = Array(key)
        var result = ""
        for (index, character) in characters.enumerated() {
            guard character.isUppercase else {
                result.append(character)
                continue
            }
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let startsWord = (previous.map { $0.isLowercase || $0.isNumber } ?? false)
                || (previous?.isUppercase == true && next?.isLowercase == true)
            if startsWord { result.append("_") }
            result.append(contentsOf: character.lowercased())
        }
        return result
    }
}

/// Builds the fields of a fact being written: snake_case keys, nil written as null.
struct FactFieldWriter {
    private(set) var values: [String: JSONValue] = [:]

    init() {}

    mutating func set(_ key: String, _ value: Int64?) { values[key] = value.map(JSONValue.int) ?? .null }
    mutating func set(_ key: String, _ value: Int?) { values[key] = value.map { .int(Int64($0)) } ?? .null }
    mutating func set(_ key: String, _ value: String?) { values[key] = value.map(JSONValue.string) ?? .null }
    mutating func set(_ key: String, _ value: Bool) { values[key] = .bool(value) }
    mutating func set(_ key: String, _ value: Double) { values[key] = .double(value) }
    mutating func set(_ key: String, ints: [Int64]) { values[key] = .array(ints.map(JSONValue.int)) }
    mutating func set(_ key: String, counts: [Int]) { values[key] = .array(counts.map { .int(Int64($0)) }) }
    mutating func set(_ key: String, strings: [String]) { values[key] = .array(strings.map(JSONValue.string)) }
    mutating func set(_ key: String, _ value: JSONValue) { values[key] = value }
}
