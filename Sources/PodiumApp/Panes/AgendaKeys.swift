import PodiumCore
import TermCore

/// Editing the programme on the agenda pane. Organisers edit; the MC may edit before the show
/// but not while it runs (the lock); an organiser changing a past or current segment confirms.
enum AgendaKeys {
    static let bindings: [KeyBinding] = [
        binding([.char("a")], "a", .add, { $0.actionAgendaAdd }),
        binding([.char("r"), .function(2)], "r F2", .edit, { $0.actionAgendaEdit }),
        binding([.char("d"), .delete], "d Del", .delete, { $0.actionAgendaDelete }),
        binding([.char("K")], "K", .moveUp, { $0.actionAgendaMoveUp }),
        binding([.char("J")], "J", .moveDown, { $0.actionAgendaMoveDown }),
        // Reading the MC's words is open to everyone who sees them.
        KeyBinding(
            keys: [.char("t")], label: "t", scope: .pane(.agenda), command: { _ in .nextMCTextPage }, describe: { $0.dayOf.actionMCTextPage }
        ),
    ]

    private static func binding(
        _ keys: [Key], _ label: String, _ action: AgendaAction, _ describe: @escaping @Sendable (UIStrings) -> String
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, label: label, scope: .pane(.agenda), command: { _ in .agenda(action) }, describe: describe,
            disabledReason: { $0.agendaEditDisabledReason }
        )
    }
}

extension AppState {
    /// Why the programme cannot be edited from this terminal now, or nil.
    var agendaEditDisabledReason: String? {
        if isReadOnly { return strings.reasonReadOnly }
        switch role {
        case .organizer: return nil
        case .mc: return show.stage == .running ? strings.reasonAgendaLocked : nil
        case .protocol, .viewer: return strings.reasonAgendaOrganizers
        }
    }
}
