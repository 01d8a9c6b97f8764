import PodiumCore
import TermCore

/// The keys that open the forms preparing the day: groups, ranks and seating settings on the
/// seating pane; the decision, recipients and batches on the awards pane.
enum SetupKeys {
    static let bindings: [KeyBinding] = [
        binding([.char("N")], "N", .seating, .groups, { $0.setup.groupsAction }, seatingRefusal).inFooter(preparing: true) { $0.setupGroups },
        binding([.char("T")], "T", .seating, .rankTitle, { $0.setup.rankAction }, seatingRefusal).inFooter(preparing: true) { $0.setupRanks },
        binding([.char("O")], "O", .seating, .rankOverride, { $0.setup.overrideAction }, seatingRefusal).inFooter(preparing: true) { $0.setupOwnRank },
        binding([.char("S")], "S", .seating, .seatingSettings, { $0.setup.seatingSettingsAction }, seatingRefusal).inFooter(preparing: true) { $0.setupSettings },
        binding([.char("Q")], "Q", .awards, .decision, { $0.setup.decisionAction }, awardsRefusal).inFooter(preparing: true) { $0.awardsDecision },
        binding([.char("B")], "B", .awards, .awardSettings, { $0.setup.awardSettingsAction }, awardsRefusal),
        binding([.char("a")], "a", .awards, .addRecipient, { $0.setup.recipientAddAction }, awardsRefusal).inFooter(preparing: true) { $0.awardsAdd },
        binding([.char("e")], "e", .awards, .editRecipient, { $0.setup.recipientEditAction }, awardsRefusal).inFooter(preparing: true) { $0.awardsEdit },
        binding([.char("x"), .delete], "x Del", .awards, .removeRecipient, { $0.setup.recipientRemoveAction }, awardsRefusal).inFooter("x Del", preparing: true) { $0.awardsRemove },
        binding([.char("m")], "m", .awards, .moveRecipient, { $0.setup.moveAction }, awardsRefusal).inFooter(preparing: true) { $0.awardsMove },
        binding([.char("s")], "s", .awards, .splitBatch, { $0.setup.splitAction }, awardsRefusal).inFooter(preparing: true) { $0.awardsSplit },
        binding([.char("M")], "M", .awards, .mergeBatch, { $0.setup.mergeAction }, awardsRefusal).inFooter(preparing: true) { $0.awardsMerge },
        binding([.char("P")], "P", .awards, .presenter, { $0.setup.presenterAction }, awardsRefusal),
        binding([.char("K")], "K", .awards, .batchEarlier, { $0.setup.batchEarlierAction }, awardsRefusal),
        binding([.char("J")], "J", .awards, .batchLater, { $0.setup.batchLaterAction }, awardsRefusal),
    ]

    /// Groups, ranks and seating settings are the protocol office's, and the organisers'.
    @Sendable static func seatingRefusal(_ state: AppState) -> String? {
        if state.isReadOnly { return state.readOnlyReason }
        return [.organizer, .protocol].contains(state.role) ? nil : state.strings.setup.notSeatingEditor
    }

    @Sendable static func awardsRefusal(_ state: AppState) -> String? {
        if state.isReadOnly { return state.readOnlyReason }
        return state.role.may(.editAwardPlan) ? nil : state.strings.setup.notAwardEditor
    }

    private static func binding(
        _ keys: [Key], _ label: String, _ pane: Pane, _ action: SetupAction, _ describe: @escaping @Sendable (UIStrings) -> String,
        _ refusal: @escaping @Sendable (AppState) -> String?
    ) -> KeyBinding {
        KeyBinding(keys: keys, label: label, scope: .pane(pane), command: { _ in .setup(action) }, describe: describe, disabledReason: refusal)
    }
}
