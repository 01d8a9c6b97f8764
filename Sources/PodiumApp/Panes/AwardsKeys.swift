import TermCore

/// The awards pane's rows of the key table: the MC's live tick-off.
enum AwardsKeys {
    static let bindings: [KeyBinding] = [
        binding([.char(" ")], "Space", .toggleTick, { $0.actionAwardsTick }),
        binding([.char("n")], "n", .nextBatch, { $0.actionAwardsNext }),
        binding([.char("p")], "p", .previousBatch, { $0.actionAwardsBack }),
    ]

    private static func binding(
        _ keys: [Key], _ label: String, _ action: AwardsPaneAction, _ describe: @escaping @Sendable (UIStrings) -> String
    ) -> KeyBinding {
        KeyBinding(keys: keys, label: label, scope: .pane(.awards), command: { _ in .awards(action) },
                   describe: describe, disabledReason: { $0.awardsDisabledReason })
    }
}
