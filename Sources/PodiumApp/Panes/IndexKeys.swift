import TermCore

/// Pane 6's rows of the key table: filters, sort, search, views, and the reveal.
enum IndexKeys {
    static let bindings: [KeyBinding] = [
        binding([.char("f")], "f", .nextGroup, { $0.index.actionGroup }),
        binding([.char("t")], "t", .nextTier, { $0.index.actionTier }),
        binding([.char("s")], "s", .nextSort, { $0.index.actionSort }),
        binding([.char("S")], "S", .reverseSort, { $0.index.actionReverse }),
        binding([.char("/")], "/", .startSearch, { $0.index.actionSearch }),
        binding([.char("v")], "v", .toggleView, { $0.index.actionView }),
        binding([.enter], "Enter", .toggleCard, { $0.index.actionCard }),
        binding([.char("n")], "n", .reveal(.next), { $0.index.actionRevealNext }, reveal: true),
        binding([.char("p")], "p", .reveal(.back), { $0.index.actionRevealBack }, reveal: true),
    ]

    /// The footer's short line, from the same rows, so it can never list a key that does nothing.
    static func footer(_ strings: UIStrings) -> String {
        zip(bindings, strings.index.footerWords).map { "\($0.label) \($1)" }.joined(separator: " · ") + " · ?"
    }

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
