import TermCore

/// The speakers pane's rows of the key table. The MC invites speakers from the agenda pane
/// (n, PgDn, Space, the clicker); this pane edits the queue.
enum SpeakerKeys {
    static let bindings: [KeyBinding] = [
        binding([.char("w"), .delete], "w Del", .withdraw, { $0.actionSpeakerWithdraw }),
        binding([.char("r")], "r", .restore, { $0.actionSpeakerRestore }),
        binding([.char("K"), .char("<")], "K <", .moveUp, { $0.actionSpeakerMoveUp }),
        binding([.char("J"), .char(">")], "J >", .moveDown, { $0.actionSpeakerMoveDown }),
        binding([.char("a")], "a", .add, { $0.actionSpeakerAdd }),
        binding([.char("e"), .enter], "e Enter", .editLines, { $0.actionSpeakerEditLines }),
    ]

    private static func binding(
        _ keys: [Key], _ label: String, _ action: SpeakerAction, _ describe: @escaping @Sendable (UIStrings) -> String
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, label: label, scope: .pane(.speakers), command: { _ in .speakers(action) }, describe: describe,
            disabledReason: { state in
                if state.isReadOnly { return state.readOnlyReason }
                return state.role.may(.editSpeakers) ? nil : state.strings.reasonNotMC
            }
        )
    }
}
