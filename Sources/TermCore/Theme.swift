import Foundation
import Yams

/// Semantic styles loaded from a YAML theme file.
public struct Theme: Sendable {
    public let name: String
    /// Resolved styles by dotted key, as written in the file and its parents.
    public let styles: [String: Style]

    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a dotted key, cascading from general to specific:
    /// `ui.text`, then `agenda`, `agenda.current`, `agenda.current.time` patched in turn
    /// (so a missing key falls back to its nearest parent, and finally to `ui.text`/plain).
    public func style(_ key: String) -> Style {
        var result = styles["ui.text"] ?? .plain
        var prefix = ""
        for part in key.split(separator: ".") {
            prefix = prefix.isEmpty ? String(part) : prefix + "." + part
            if prefix != "ui.text", let s = styles[prefix] { result = result.patched(with: s) }
        }
        return result
    }

    /// For NO_COLOR: colours dropped, modifiers kept. Keys naming a selection, the current
    /// item or focus keep reverse or bold; a style that relied on a background gets reverse.
    public func withoutColor() -> Theme {
        var mono: [String: Style] = [:]
        for (key, s) in styles {
            var m = s.modifiers
            let emphasised = ["selected", "current", "focus"].contains { key.contains($0) }
            if emphasised && m.isDisjoint(with: [.reverse, .bold]) { m.insert(.reverse) }
            if s.bg != .default && !m.contains(.reverse) { m.insert(.reverse) }
            mono[key] = Style(modifiers: m)
        }
        for key in ["ui.selected", "ui.focus"] where mono[key] == nil {
            mono[key] = Style(modifiers: .reverse)
        }
        return Theme(name: name, styles: mono)
    }

    /// Built-in theme used when no file loads: modifiers only, like `mono`.
    public static let fallback = Theme(name: "fallback", styles: [
        "ui.text": .plain,
        "ui.title": Style(modifiers: .bold),
        "ui.border": .plain,
        "ui.selected": Style(modifiers: .reverse),
        "ui.focus": Style(modifiers: .bold),
        "ui.statusbar": Style(modifiers: .reverse),
        "ui.help.key": Style(modifiers: .bold),
        "ui.error": Style(modifiers: [.bold, .underline]),
        "ui.notice": Style(modifiers: .bold),
        "ui.dim": Style(modifiers: .dim),
        "agenda.current": Style(modifiers: [.bold, .reverse]),
        "agenda.past": Style(modifiers: .dim),
        "agenda.next": Style(modifiers: .bold),
        "agenda.flag": Style(modifiers: .underline),
        "phase.normal": .plain,
        "phase.warning": Style(modifiers: .bold),
        "phase.danger": Style(modifiers: [.bold, .reverse]),
        "phase.overtime": Style(modifiers: [.bold, .reverse, .blink]),
        "seat.empty": Style(modifiers: .dim),
        "seat.occupied": .plain,
        "seat.locked": Style(modifiers: .underline),
        "seat.unusable": Style(modifiers: .dim),
        "seat.selected": Style(modifiers: .reverse),
        "seat.presidium": Style(modifiers: .bold),
        "checklist.done": Style(modifiers: .dim),
        "checklist.todo": .plain,
        "checklist.doing": Style(modifiers: .bold),
        "checklist.blocked": Style(modifiers: .underline),
        "checklist.overdue": Style(modifiers: [.bold, .reverse]),
        "stage.clock": Style(modifiers: .bold),
        "stage.message": Style(modifiers: .bold),
    ])

    // MARK: Loading

    /// Loads `nameOrPath`: a path (contains "/" or ends in ".yaml") or a name looked up as
    /// NAME.yaml in `searchDirectories`, first match wins. Parents named by `inherits:` are
    /// looked up the same way, then beside the child file.
    public static func load(nameOrPath: String, searchDirectories: [URL]) throws(ThemeError) -> Theme {
        var chain: [ThemeFile] = []
        var seen: [String] = []
        var next: (name: String, near: URL?)? = (nameOrPath, nil)
        while let (ref, near) = next {
            let url = try locate(ref, searchDirectories: searchDirectories, near: near)
            let id = url.standardizedFileURL.path
            if seen.contains(id) {
                let names = chain.map(\.name) + [chain.first(where: { $0.url.standardizedFileURL.path == id })?.name ?? ref]
                throw .inheritanceCycle(names)
            }
            seen.append(id)
            let file = try ThemeFile.parse(url)
            chain.append(file)
            next = file.inherits.map { ($0, url.deletingLastPathComponent()) }
        }
        // Parents first, so children override palette entries and whole style keys.
        var palette: [String: ThemeFile.Value] = [:]
        var specs: [String: ThemeFile.StyleSpec] = [:]
        for file in chain.reversed() {
            palette.merge(file.palette) { $1 }
            specs.merge(file.styles) { $1 }
        }
        var styles: [String: Style] = [:]
        for (key, spec) in specs {
            styles[key] = try spec.resolve(key: key, palette: palette)
        }
        return Theme(name: chain.first?.name ?? nameOrPath, styles: styles)
    }

    /// Theme names (file names without .yaml) in the directories, sorted, without duplicates.
    public static func available(in directories: [URL]) -> [String] {
        var names = Set<String>()
        for dir in directories {
            let items = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for item in items where item.hasSuffix(".yaml") {
                names.insert(String(item.dropLast(5)))
            }
        }
        return names.sorted()
    }

    private static func locate(_ ref: String, searchDirectories: [URL], near: URL?) throws(ThemeError) -> URL {
        let fm = FileManager.default
        if ref.contains("/") || ref.hasSuffix(".yaml") {
            let url = ref.hasPrefix("/") ? URL(fileURLWithPath: ref)
                : near.map { $0.appendingPathComponent(ref) } ?? URL(fileURLWithPath: ref)
            guard fm.fileExists(atPath: url.path) else {
                throw .unreadable(file: url.path, reason: "no such file")
            }
            return url
        }
        for dir in searchDirectories + (near.map { [$0] } ?? []) {
            let url = dir.appendingPathComponent(ref + ".yaml")
            if fm.fileExists(atPath: url.path) { return url }
        }
        throw .notFound(ref, available: available(in: searchDirectories))
    }
}

/// One theme file as written, before palette names and inheritance are resolved.
struct ThemeFile {
    struct Value {
        var text: String
        var line: Int?
        var file: String
    }

    struct StyleSpec {
        var fg: Value?
        var bg: Value?
        var modifiers: [Value]
        var file: String

        func resolve(key: String, palette: [String: Value]) throws(ThemeError) -> Style {
            var mods: Modifiers = []
            for m in modifiers {
                guard let mod = Modifiers.byName[m.text.lowercased()] else {
                    throw .invalidValue(file: m.file, line: m.line, key: key + ".modifiers", value: m.text,
                                        expected: "one of " + Modifiers.byName.keys.sorted().joined(separator: ", "))
                }
                mods.insert(mod)
            }
            return Style(fg: try fg.map { v throws(ThemeError) in try ThemeFile.color(v, key: key + ".fg", palette: palette) } ?? .default,
                         bg: try bg.map { v throws(ThemeError) in try ThemeFile.color(v, key: key + ".bg", palette: palette) } ?? .default,
                         modifiers: mods)
        }
    }

    var url: URL
    var name: String
    var inherits: String?
    var palette: [String: Value]
    var styles: [String: StyleSpec]

    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(_ v: Value, key: String, palette: [String: Value], depth: Int = 0) throws(ThemeError) -> Color {
        let text = v.text.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "default" || text == "none" || text.isEmpty { return .default }
        if text.hasPrefix("#"), text.count == 7, let n = UInt32(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF))
        }
        if let n = Int(text), (0...255).contains(n) { return .indexed(UInt8(n)) }
        if let i = ansiNames.firstIndex(of: text) { return .ansi(UInt8(i)) }
        for prefix in ["bright-", "bright_", "bright"] where text.hasPrefix(prefix) {
            if let i = ansiNames.firstIndex(of: String(text.dropFirst(prefix.count))) { return .ansi(UInt8(i + 8)) }
        }
        if depth < 8, let p = palette[v.text] ?? palette[text] {
            return try color(p, key: key, palette: palette, depth: depth + 1)
        }
        throw .invalidValue(file: v.file, line: v.line, key: key, value: v.text,
                            expected: "a palette name, \"#rrggbb\", an ANSI colour name (red, bright-blue, …) or 0–255")
    }

    static func parse(_ url: URL) throws(ThemeError) -> ThemeFile {
        let file = url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .syntax(file: file, line: nil, message: Self.oneLine(error))
        } catch {
            throw .syntax(file: file, line: nil, message: String(describing: error))
        }
        guard let map = root?.mapping else {
            throw .syntax(file: file, line: root?.mark?.line, message: "the top level must be a mapping with name, palette and styles")
        }
        func value(_ n: Node) -> Value { Value(text: n.string ?? "", line: n.mark?.line, file: file) }

        var palette: [String: Value] = [:]
        if let p = map["palette"], p.null == nil {
            guard let pm = p.mapping else {
                throw .syntax(file: file, line: p.mark?.line, message: "'palette' must be a mapping of name: colour")
            }
            for (k, v) in pm { palette[k.string ?? ""] = value(v) }
        }
        var styles: [String: StyleSpec] = [:]
        if let s = map["styles"], s.null == nil {
            guard let sm = s.mapping else {
                throw .syntax(file: file, line: s.mark?.line, message: "'styles' must be a mapping of key: { fg, bg, modifiers }")
            }
            for (k, v) in sm {
                let key = k.string ?? ""
                guard let fields = v.mapping else {
                    if v.null != nil { styles[key] = StyleSpec(fg: nil, bg: nil, modifiers: [], file: file); continue }
                    throw .invalidValue(file: file, line: v.mark?.line, key: key, value: v.string ?? "?",
                                        expected: "a mapping like { fg: accent, modifiers: [bold] }")
                }
                var spec = StyleSpec(fg: nil, bg: nil, modifiers: [], file: file)
                for (fk, fv) in fields {
                    switch fk.string ?? "" {
                    case "fg": spec.fg = value(fv)
                    case "bg": spec.bg = value(fv)
                    case "modifiers":
                        if let seq = fv.sequence {
                            spec.modifiers = seq.map(value)
                        } else if fv.null == nil {
                            spec.modifiers = (fv.string ?? "").split(separator: ",").map {
                                Value(text: $0.trimmingCharacters(in: .whitespaces), line: fv.mark?.line, file: file)
                            }
                        }
                    default:
                        throw .invalidValue(file: file, line: fk.mark?.line, key: key, value: fk.string ?? "?",
                                            expected: "fg, bg or modifiers")
                    }
                }
                styles[key] = spec
            }
        }
        let inherits = map["inherits"].flatMap { $0.null == nil ? $0.string : nil }
        let name = map["name"]?.string ?? url.deletingPathExtension().lastPathComponent
        return ThemeFile(url: url, name: name, inherits: inherits, palette: palette, styles: styles)
    }

    private static func oneLine(_ error: YamlError) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown YAML error"
    }
}
