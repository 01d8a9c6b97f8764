import PodiumCore
import TermCore

/// The MC's keys on the agenda pane. A presentation clicker sends PageDown, PageUp, Space
/// and `b`, so those do next, previous, next and blank.
enum LiveShowKeys {
    static let bindings: [KeyBinding] = [
        live([.char("s")], "s", .show(.start), { $0.actionShowStart }),
        live([.char("n"), .pageDown, .char(" ")], "n PgDn Space", .show(.next), { $0.actionShowNext }),
        live([.char("p"), .pageUp], "p PgUp", .show(.back), { $0.actionShowBack }),
        live([.char("h")], "h", .toggleHold, { $0.actionShowHold }),
        live([.char("e")], "e", .show(.extend(seconds: 60)), { $0.actionShowExtend1 }),
        live([.char("E")], "E", .show(.extend(seconds: 300)), { $0.actionShowExtend5 }),
        live([.char("x")], "x", .show(.skip), { $0.actionShowSkip }),
        live([.enter], "Enter", .requestJump, { $0.actionShowJump }),
        live([.char("m")], "m", .sendOneMinuteWarning, { $0.actionShowMessage }),
        live([.char("M")], "M", .askStageMessage, { $0.actionShowTypedMessage }),
        live([.char("c")], "c", .show(.clearMessage), { $0.actionShowClearMessage }),
        live([.char("b")], "b", .toggleBlank, { $0.actionShowBlank }),
        live([.char("u")], "u", .undoShow, { $0.actionShowUndo }),
        live([.char("T")], "T", .askRehearsal, { $0.rehearsal.actionRehearse }),
        live([.char("R")], "R", .askResetRehearsal, { $0.rehearsal.actionReset }),
    ]

    private static func live(
        _ keys: [Key], _ label: String, _ command: AppCommand, _ describe: @escaping @Sendable (UIStrings) -> String
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, label: label, scope: .pane(.agenda), command: { _ in command }, describe: describe,
            disabledReason: { state in
                if state.isReadOnly { return state.readOnlyReason }
                if !state.role.may(.driveShow) { return state.strings.reasonNotMC }
                return nil
            }
        )
    }
}
