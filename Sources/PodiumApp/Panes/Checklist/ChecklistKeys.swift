import TermCore

/// The checklist pane's rows of the key table.
enum ChecklistKeys {
    static let bindings: [KeyBinding] = [
        binding([.char(" ")], "Space", .toggleDone, { $0.actionChecklistToggle }, status).inFooter { $0.checklistDone },
        binding([.char("p")], "p", .setDoing, { $0.actionChecklistDoing }, status),
        binding([.char("b")], "b", .askBlock, { $0.actionChecklistBlock }, status).inFooter { $0.checklistBlock },
        // The footer names add, edit and delete together, on the first of them.
        binding([.char("a")], "a", .add, { $0.actionChecklistAdd }, edit).inFooter("a/e/d") { $0.checklistEdit },
        binding([.char("e")], "e", .edit, { $0.actionChecklistEdit }, edit),
        binding([.char("d"), .delete], "d Del", .askDelete, { $0.actionChecklistDelete }, edit),
        binding([.enter, .char("n")], "Enter n", .details, { $0.actionChecklistDetails }, { _ in nil }).inFooter("n") { $0.checklistNotes },
        binding([.char("/")], "/", .filter, { $0.actionChecklistFilter }, { _ in nil }).inFooter { $0.checklistFilter },
        binding([.char("v")], "v", .cycleGrouping, { $0.actionChecklistGrouping }, { _ in nil }).inFooter { $0.checklistGrouping },
    ]

    private static let status: @Sendable (AppState) -> String? = { $0.checklistStatusDisabledReason }
    private static let edit: @Sendable (AppState) -> String? = { $0.checklistEditDisabledReason }

    private static func binding(
        _ keys: [Key], _ label: String, _ action: ChecklistAction, _ describe: @escaping @Sendable (UIStrings) -> String,
        _ disabled: @escaping @Sendable (AppState) -> String?
    ) -> KeyBinding {
        KeyBinding(keys: keys, label: label, scope: .pane(.checklist), command: { _ in .checklist(action) },
                   describe: describe, disabledReason: disabled)
    }
}
