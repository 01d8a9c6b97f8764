import TermCore

/// Pane 6's rows of the key table: filters, sort, search, views, and the reveal.
enum IndexKeys {
    static let bindings: [KeyBinding] = [
        binding([.char("f")], "f", .nextGroup, { $0.index.actionGroup }).inFooter { $0.indexGroup },
        binding([.char("t")], "t", .nextTier, { $0.index.actionTier }).inFooter { $0.indexTier },
        binding([.char("s")], "s", .nextSort, { $0.index.actionSort }).inFooter { $0.indexSort },
        binding([.char("S")], "S", .reverseSort, { $0.index.actionReverse }).inFooter { $0.indexReverse },
        binding([.char("/")], "/", .startSearch, { $0.index.actionSearch }).inFooter { $0.indexSearch },
        binding([.char("v")], "v", .toggleView, { $0.index.actionView }).inFooter { $0.indexView },
        binding([.enter], "Enter", .toggleCard, { $0.index.actionCard }).inFooter { $0.indexCard },
        binding([.char("n")], "n", .reveal(.next), { $0.index.actionRevealNext }, reveal: true).inFooter { $0.indexRevealNext },
        binding([.char("p")], "p", .reveal(.back), { $0.index.actionRevealBack }, reveal: true).inFooter { $0.indexRevealBack },
    ]

    private static func binding(
        _ keys: [Key], _ label: String, _ action: IndexPaneAction, _ describe: @escaping @Sendable (UIStrings) -> String,
        reveal: Bool = false
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, label: label, scope: .pane(.index), command: { _ in .index(action) }, describe: describe,
            disabledReason: { state in
                if state.indexDerived.isEmpty { return state.strings.index.empty }
                return reveal ? state.indexRevealDisabledReason : nil
            }
        )
    }
}
