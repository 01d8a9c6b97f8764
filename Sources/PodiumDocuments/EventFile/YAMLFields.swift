import PodiumCore
import Yams

/// Reads one YAML mapping field by field, collecting every problem with its line and column
/// instead of stopping at the first, and refusing keys it does not know (a misspelt key would
/// otherwise lose what was typed under it without a word).
struct YAMLFields {
    let node: Node
    let what: EventFileIssue.Part
    private(set) var pairs = Pairs()
    private let problems: ProblemList

    init(_ node: Node, what: EventFileIssue.Part, known: [String], problems: ProblemList) {
        self.node = node
        self.what = what
        self.problems = problems
        guard let map = node.mapping else {
            problems.add(node, .notAMapping(what))
            return
        }
        pairs.reserveCapacity(map.count)
        for (key, value) in map {
            let name = key.scalar?.string ?? key.string ?? ""
            if !known.contains(name) {
                problems.add(key, .unknownField(what, field: name, known: known))
            } else if pairs[name] != nil {
                problems.add(key, .repeatedField(what, field: name))
            } else {
                pairs.append(name, key, value)
            }
        }
    }

    /// The fields of one mapping, looked up by name. Only known keys are kept, a dozen at
    /// most, so a list searched in order is quicker than hashing: a dictionary per item was a
    /// tenth of reading a 5,000-delegate event.
    /// The names apart from the nodes, so a lookup compares text without copying a node.
    struct Pairs {
        private(set) var names: [String] = []
        private(set) var nodes: [(key: Node, value: Node)] = []

        mutating func reserveCapacity(_ count: Int) {
            names.reserveCapacity(count)
            nodes.reserveCapacity(count)
        }

        mutating func append(_ name: String, _ key: Node, _ value: Node) {
            names.append(name)
            nodes.append((key, value))
        }

        subscript(name: String) -> (key: Node, value: Node)? {
            names.firstIndex(of: name).map { nodes[$0] }
        }
    }

    func has(_ key: String) -> Bool { pairs[key] != nil && !isNull(pairs[key]?.value) }

    func node(_ key: String) -> Node? { pairs[key]?.value }

    /// A single-line text, normalised (NFC, trimmed, spaces collapsed); "" when absent.
    func text(_ key: String, required: Bool = false) -> String {
        guard let raw = rawText(key, required: required) else { return "" }
        return VietnameseText.normalize(Sanitizer.clean(raw, keepNewlines: false))
    }

    /// Text that may span lines (MC lines, notes): NFC and control characters removed, lines kept.
    func multiline(_ key: String) -> String {
        guard let raw = rawText(key, required: false) else { return "" }
        return Sanitizer.clean(raw, keepNewlines: true)
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int> = 0...Int(Int32.max)) -> Int? {
        guard let value = pairs[key]?.value, !isNull(value) else {
            if required { problems.add(node, .missingField(what, field: key)) }
            return nil
        }
        guard let text = value.scalar?.string, let number = Int(text), range.contains(number) else {
            problems.add(value, .notWholeNumber(field: key, lowest: range.lowerBound, highest: range.upperBound))
            return nil
        }
        return number
    }

    func bool(_ key: String, default fallback: Bool = false) -> Bool {
        guard let value = pairs[key]?.value, !isNull(value) else { return fallback }
        switch value.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            problems.add(value, .notTrueOrFalse(field: key))
            return fallback
        }
    }

    func date(_ key: String, required: Bool = false) -> CivilDate? {
        guard let raw = rawText(key, required: required), !raw.isEmpty else { return nil }
        guard let date = CivilDate(parsing: raw) else {
            problems.add(pairs[key]?.value ?? node, .notADate(text: raw))
            return nil
        }
        return date
    }

    func time(_ key: String, required: Bool = false) -> ClockTime? {
        guard let raw = rawText(key, required: required), !raw.isEmpty else { return nil }
        guard let time = ClockTime(parsing: raw) else {
            problems.add(pairs[key]?.value ?? node, .notATime(text: raw))
            return nil
        }
        return time
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) -> T where T.RawValue == String {
        choice(key, default: fallback, among: Array(T.allCases))
    }

    func choice<T: RawRepresentable>(_ key: String, default fallback: T, among all: [T]) -> T where T.RawValue == String {
        guard let raw = rawText(key, required: false), !raw.isEmpty else { return fallback }
        guard let value = T(rawValue: raw) else {
            problems.add(pairs[key]?.value ?? node, .notAChoice(field: key, text: raw, allowed: all.map(\.rawValue)))
            return fallback
        }
        return value
    }

    func list(_ key: String) -> [Node] {
        guard let value = pairs[key]?.value, !isNull(value) else { return [] }
        guard let sequence = value.sequence else {
            problems.add(value, .notAList(field: key))
            return []
        }
        return Array(sequence)
    }

    /// A list of whole numbers, e.g. `[3, 4, 9]`; entries out of `range` are reported one by one.
    func ints(_ key: String, range: ClosedRange<Int> = 0...Int(Int32.max)) -> [Int] {
        list(key).compactMap { item in
            guard let text = item.scalar?.string, let number = Int(text), range.contains(number) else {
                problems.add(item, .entryNotWholeNumber(field: key, lowest: range.lowerBound, highest: range.upperBound))
                return nil
            }
            return number
        }
    }

    func strings(_ key: String) -> [String] {
        list(key).compactMap { item in
            guard let text = item.scalar?.string else {
                problems.add(item, .entryNotText(field: key))
                return nil
            }
            return VietnameseText.normalize(Sanitizer.clean(text, keepNewlines: false))
        }
    }

    private func rawText(_ key: String, required: Bool) -> String? {
        guard let value = pairs[key]?.value, !isNull(value) else {
            if required { problems.add(node, .missingField(what, field: key)) }
            return nil
        }
        guard let scalar = value.scalar else {
            problems.add(value, .notText(field: key))
            return nil
        }
        return scalar.string
    }

    private func isNull(_ node: Node?) -> Bool {
        guard let scalar = node?.scalar else { return false }
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// Problems found while reading, shared by the helpers that read parts of a file.
final class ProblemList {
    private(set) var problems: [ImportProblem] = []

    func add(_ node: Node, _ issue: EventFileIssue) {
        add(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, issue)
    }

    func add(line: Int, column: Int, _ issue: EventFileIssue) {
        problems.append(ImportProblem(line: line, column: column, issue: .eventFile(issue)))
    }
}
