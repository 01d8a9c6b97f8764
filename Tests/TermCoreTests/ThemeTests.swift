import Foundation
import Testing
@testable import TermCore

private let themesDir = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

private func tempDir(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
}

@Suite struct ThemeTests {
    static let requiredKeys = [
        "ui.text", "ui.title", "ui.border", "ui.selected", "ui.statusbar", "ui.help.key", "ui.error",
        "ui.notice", "ui.dim", "agenda.current", "agenda.past", "agenda.next", "agenda.flag",
        "phase.normal", "phase.warning", "phase.danger", "phase.overtime", "seat.empty", "seat.occupied",
        "seat.locked", "seat.unusable", "seat.selected", "seat.presidium", "group.leaders",
        "group.workgroup", "group.departments", "group.communes", "group.press", "group.awardees",
        "group.other", "checklist.done", "checklist.todo", "checklist.doing", "checklist.blocked",
        "checklist.overdue", "stage.clock", "stage.message",
    ]

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemesLoad(name: String) throws {
        let theme = try Theme.load(nameOrPath: name, searchDirectories: [themesDir])
        #expect(theme.name == name)
        for key in Self.requiredKeys {
            #expect(theme.styles[key] != nil, "\(name) lacks \(key)")
        }
        #expect(theme.style("ui.selected") != theme.style("ui.text"))
        #expect(theme.style("agenda.current") != theme.style("agenda.past"))
        #expect(theme.style("phase.overtime") != theme.style("phase.normal"))
    }

    @Test func shippedThemeDetails() throws {
        let dflt = try Theme.load(nameOrPath: "default", searchDirectories: [themesDir])
        #expect(dflt.style("ui.title") == Style(fg: .rgb(0x5f, 0xaf, 0xd7), modifiers: .bold))
        let light = try Theme.load(nameOrPath: "light", searchDirectories: [themesDir])
        #expect(light.style("ui.title").fg == .rgb(0x00, 0x5f, 0x87))
        #expect(light.style("ui.title").modifiers == .bold)
        let mono = try Theme.load(nameOrPath: "mono", searchDirectories: [themesDir])
        for (_, s) in mono.styles { #expect(s.fg == .default && s.bg == .default) }
        let hc = try Theme.load(nameOrPath: "high-contrast", searchDirectories: [themesDir])
        #expect(hc.style("ui.text") == Style(fg: .ansi(15), modifiers: .bold))
        #expect(Theme.available(in: [themesDir]) == ["default", "high-contrast", "light", "mono"])
        let byPath = try Theme.load(nameOrPath: themesDir.appendingPathComponent("mono.yaml").path,
                                    searchDirectories: [])
        #expect(byPath.name == "mono")
    }

    @Test func fallbackChainCascades() throws {
        let theme = Theme(name: "t", styles: [
            "ui.text": Style(fg: .ansi(7)),
            "agenda": Style(modifiers: .bold),
            "agenda.current": Style(bg: .ansi(4)),
        ])
        #expect(theme.style("agenda.current.time") == Style(fg: .ansi(7), bg: .ansi(4), modifiers: .bold))
        #expect(theme.style("agenda.past") == Style(fg: .ansi(7), modifiers: .bold))
        #expect(theme.style("nothing.here") == Style(fg: .ansi(7)))
        #expect(Theme(name: "e", styles: [:]).style("x.y") == .plain)
    }

    @Test func userDirectoryWinsAndInheritanceResolvesPalette() throws {
        let user = try tempDir([
            "default.yaml": "name: mine\npalette: { fg: red }\nstyles:\n  ui.text: { fg: fg }\n",
            "child.yaml": "name: child\ninherits: default\npalette: { fg: \"#000000\" }\nstyles:\n  ui.extra: { fg: 33, modifiers: [italic] }\n",
        ])
        let own = try Theme.load(nameOrPath: "default", searchDirectories: [user, themesDir])
        #expect(own.name == "mine")
        let child = try Theme.load(nameOrPath: "child", searchDirectories: [user, themesDir])
        #expect(child.style("ui.text").fg == .rgb(0, 0, 0))
        #expect(child.style("ui.extra") == Style(fg: .indexed(33), modifiers: .italic))
    }

    @Test func unknownThemeListsAvailable() {
        #expect {
            try Theme.load(nameOrPath: "nosuch", searchDirectories: [themesDir])
        } throws: { error in
            guard let e = error as? ThemeError, case .notFound(let name, let available) = e else { return false }
            return name == "nosuch" && available.contains("mono")
                && e.description.contains("default, high-contrast, light, mono")
        }
    }

    @Test func inheritanceCycleDetected() throws {
        let dir = try tempDir([
            "a.yaml": "name: a\ninherits: b\nstyles: {}\n",
            "b.yaml": "name: b\ninherits: a\nstyles: {}\n",
        ])
        #expect(throws: ThemeError.inheritanceCycle(["a", "b", "a"])) {
            try Theme.load(nameOrPath: "a", searchDirectories: [dir])
        }
    }

    @Test func badColourNamesKeyAndLine() throws {
        let dir = try tempDir(["bad.yaml": "name: bad\nstyles:\n  ui.text: { fg: fg }\n  ui.title: { fg: purpleish }\n"])
        #expect {
            try Theme.load(nameOrPath: "bad", searchDirectories: [dir])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("ui.") && text.contains("bad.yaml:") && (text.contains("purpleish") || text.contains("'fg'"))
        }
        let dir2 = try tempDir(["m.yaml": "name: m\nstyles:\n  ui.title: { modifiers: [shiny] }\n"])
        #expect {
            try Theme.load(nameOrPath: "m", searchDirectories: [dir2])
        } throws: { error in
            String(describing: error).contains("ui.title.modifiers") && String(describing: error).contains("m.yaml:3")
        }
    }

    @Test func yamlSyntaxErrorIsReadable() throws {
        let dir = try tempDir(["broken.yaml": "name: [unclosed\nstyles: {\n"])
        #expect {
            try Theme.load(nameOrPath: "broken", searchDirectories: [dir])
        } throws: { error in
            String(describing: error).contains("broken.yaml") && !String(describing: error).contains("\n")
        }
    }

    @Test func noColorKeepsSelectionDistinct() throws {
        for name in ["default", "light", "high-contrast"] {
            let theme = try Theme.load(nameOrPath: name, searchDirectories: [themesDir]).withoutColor()
            for (key, s) in theme.styles {
                #expect(s.fg == .default && s.bg == .default)
                if key.contains("selected") || key.contains("current") {
                    #expect(!s.modifiers.isDisjoint(with: [.reverse, .bold]), "\(name) \(key)")
                }
            }
            #expect(theme.style("ui.selected") != theme.style("ui.text"))
            #expect(theme.style("ui.statusbar").modifiers.contains(.reverse))
        }
        let bare = Theme(name: "b", styles: ["seat.selected": Style(fg: .ansi(2))]).withoutColor()
        #expect(bare.style("seat.selected").modifiers.contains(.reverse))
        #expect(Theme.fallback.style("ui.selected").modifiers.contains(.reverse))
    }
}
