import PodiumCore

/// A placement reason in exactly the form `JSONText.encode` writes it (keys sorted, no spaces,
/// a group key without escapes), read without a JSON decoder: a seating plan holds one per
/// delegate, and decoding them dominated reading a large event. Any other text gives nil, for
/// the decoder to read (or to refuse with its message).
enum PlacementReasonText {
    static func read(_ text: String) -> PlacementReason? {
        var rest = Substring(text).utf8[...]
        func take(_ literal: StaticString) -> Bool {
            let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
            guard rest.starts(with: bytes) else { return false }
            rest = rest.dropFirst(bytes.count)
            return true
        }
        func word() -> String? {
            guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let bytes = rest[..<end]
            guard !bytes.contains(UInt8(ascii: "\\")), let word = String(bytes) else { return nil }
            rest = rest[rest.index(after: end)...]
            return word
        }
        func number() -> Int? {
            let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            // JSON writes no leading zeros; anything unusual goes to the decoder.
            guard !digits.isEmpty, digits.count <= 18, digits.count == 1 || digits.first != UInt8(ascii: "0") else { return nil }
            rest = rest.dropFirst(digits.count)
            return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        guard take("{\"groupKey\":\""), let group = word(),
              take(",\"kind\":\""), let kindText = word(), let kind = PlacementReason.Kind(rawValue: kindText),
              take(",\"order\":"), let order = number(),
              take(",\"precedence\":"), let precedence = number(),
              take("}"), rest.isEmpty else { return nil }
        return PlacementReason(kind: kind, order: order, precedence: precedence, groupKey: group)
    }
}
