import TermCore

/// The awards pane's rows of the key table: the MC's live tick-off.
enum AwardsKeys {
    static let bindings: [KeyBinding] = [
        binding([.char(" ")], "Space", .toggleTick, { $0.actionAwardsTick }).inFooter { $0.awardsTick },
        binding([.char("n")], "n", .nextBatch, { $0.actionAwardsNext }).inFooter { $0.awardsNext },
        binding([.char("p")], "p", .previousBatch, { $0.actionAwardsBack }).inFooter { $0.awardsBack },
    ]

    private static func binding(
        _ keys: [Key], _ label: String, _ action: AwardsPaneAction, _ describe: @escaping @Sendable (UIStrings) -> String
    ) -> KeyBinding {
        KeyBinding(keys: keys, label: label, scope: .pane(.awards), command: { _ in .awards(action) },
                   describe: describe, disabledReason: { $0.awardsDisabledReason })
    }
}
