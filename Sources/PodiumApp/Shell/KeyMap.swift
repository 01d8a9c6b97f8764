import PodiumCore
import TermCore

/// The single table of key bindings: the keys, the help overlay and the footer all come from it.
public enum KeyMap {
    public static let bindings: [KeyBinding] = globalBindings + LiveShowKeys.bindings + AgendaKeys.bindings + ChecklistKeys.bindings + SeatingKeys.bindings + SpeakerKeys.bindings + AwardsKeys.bindings + IndexKeys.bindings + SetupKeys.bindings

    static let globalBindings: [KeyBinding] = [
        KeyBinding(
            keys: Pane.allCases.map { .char(Character(String($0.rawValue))) }, label: "1–6",
            command: { key in
                if case .char(let c) = key, let n = c.wholeNumberValue, let pane = Pane(rawValue: n) {
                    return .showPane(pane)
                }
                return .redraw
            },
            describe: { $0.actionShowPane }
        ).inFooter("1-6") { $0.panes },
        KeyBinding(keys: [.tab], label: "Tab", command: { _ in .nextPane }, describe: { $0.actionNextPane }).inFooter { $0.next },
        KeyBinding(keys: [.backTab], label: "⇧Tab", command: { _ in .previousPane }, describe: { $0.actionPreviousPane }),
        KeyBinding(keys: [.up, .char("k")], label: "↑ k", command: { _ in .moveSelection(by: -1) }, describe: { $0.actionMoveUp }),
        KeyBinding(keys: [.down, .char("j")], label: "↓ j", command: { _ in .moveSelection(by: 1) }, describe: { $0.actionMoveDown }),
        KeyBinding(keys: [.pageUp], label: "PgUp", command: { _ in .page(by: -1) }, describe: { $0.actionPageUp }),
        KeyBinding(keys: [.pageDown], label: "PgDn", command: { _ in .page(by: 1) }, describe: { $0.actionPageDown }),
        KeyBinding(keys: [.home, .char("g")], label: "Home g", command: { _ in .selectFirst }, describe: { $0.actionFirst }),
        KeyBinding(keys: [.end, .char("G")], label: "End G", command: { _ in .selectLast }, describe: { $0.actionLast }),
        KeyBinding(keys: [.char("?"), .function(1)], label: "? F1", command: { _ in .toggleHelp }, describe: { $0.actionHelp })
            .inFooter { $0.keys },
        KeyBinding(keys: [.char("W")], label: "W", command: { _ in .toggleJournal }, describe: { $0.journal.action }),
        KeyBinding(keys: [.char("L")], label: "L", command: { _ in .toggleLanguage }, describe: { $0.actionLanguage })
            .inFooter { $0.otherLanguage },
        KeyBinding(keys: [.ctrl("l")], label: "Ctrl-L", command: { _ in .redraw }, describe: { $0.actionRedraw }),
        KeyBinding(keys: [.escape], label: "Esc", command: { _ in .cancelOverlay }, describe: { $0.actionClose }),
        KeyBinding(keys: [.char("q")], label: "q", command: { _ in .requestQuit }, describe: { $0.actionQuit }).inFooter { $0.quit },
        KeyBinding(
            keys: [.char("I")], label: "I", command: { _ in .openImport }, describe: { $0.actionImport },
            disabledReason: { state in
                if state.isReadOnly { return state.readOnlyNotice }
                return [.organizer, .protocol].contains(state.role) ? nil : state.strings.importNotAllowed
            }
        ),
    ]

    /// The bindings that apply on `pane`: its own first, then the global ones whose keys it does not take.
    public static func bindings(on pane: Pane) -> [KeyBinding] {
        let own = bindings.filter { $0.scope == .pane(pane) }
        let taken = Set(own.flatMap(\.keys))
        let global = bindings.filter { $0.scope == .global }.map { binding -> KeyBinding in
            var binding = binding
            binding.keys.removeAll(where: taken.contains)
            return binding
        }.filter { !$0.keys.isEmpty }
        return own + global
    }

    /// The footer's line for `pane`, from the same rows, so it never names a key that does
    /// nothing there: the pane's own footer keys then "?" for the rest, or, on a pane with
    /// none, the global ones. `preparing` picks the keys that prepare the day instead.
    public static func footer(on pane: Pane, _ strings: FooterStrings, preparing: Bool = false) -> String {
        let entries = bindings(on: pane).compactMap { binding in
            binding.footer.flatMap { $0.preparing == preparing ? (binding.scope, $0) : nil }
        }
        let own = entries.filter { $0.0 == .pane(pane) }.map { "\($0.1.key) \($0.1.word(strings))" }
        guard !own.isEmpty else { return entries.map { "\($0.1.key) \($0.1.word(strings))" }.joined(separator: " · ") }
        return (own + ["?"]).joined(separator: " · ")
    }

    /// The command for a key on the current pane, or why the key does nothing now.
    public static func command(for key: Key, in state: AppState) -> (AppCommand?, disabledReason: String?) {
        guard let binding = bindings(on: state.pane).first(where: { $0.keys.contains(key) }) else { return (nil, nil) }
        if let reason = binding.disabledReason(state) { return (nil, reason) }
        return (binding.command(key), nil)
    }
}
