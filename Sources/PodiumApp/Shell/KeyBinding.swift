import TermCore

/// One row of the key table: the help overlay and the footer are generated from these,
/// so what the help says is what the keys do.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// Where the binding applies: everywhere, or only on one pane (where it wins over a global one).
    public var scope: Scope
    /// The keys as the help shows them ("1–6", "↑ k").
    public var label: String
    public var command: @Sendable (Key) -> AppCommand
    public var describe: @Sendable (UIStrings) -> String
    /// Nil when the binding can be used now; otherwise why not, in the user's language.
    public var disabledReason: @Sendable (AppState) -> String?
    /// How the footer names the binding, when it shows there at all.
    public var footer: Footer?

    /// The footer's short form of a binding: the key as typed there and a word or two.
    public struct Footer: Sendable {
        public var key: String
        public var word: @Sendable (FooterStrings) -> String
        /// A key that prepares the day (groups, ranks, the ceremony's batches): shown, instead
        /// of the pane's day-of keys, to whoever may prepare and only while that is the work.
        public var preparing: Bool
    }

    public enum Scope: Hashable, Sendable {
        case global
        case pane(Pane)
    }

    public init(
        keys: [Key], label: String, scope: Scope = .global, command: @escaping @Sendable (Key) -> AppCommand,
        describe: @escaping @Sendable (UIStrings) -> String,
        disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.scope = scope
        self.label = label
        self.command = command
        self.describe = describe
        self.disabledReason = disabledReason
    }

    /// The binding, shown in the footer as `key` (default: its first key as the help shows
    /// them) and `word`.
    func inFooter(_ key: String? = nil, preparing: Bool = false, _ word: @escaping @Sendable (FooterStrings) -> String) -> KeyBinding {
        var binding = self
        binding.footer = Footer(key: key ?? label.split(separator: " ").first.map(String.init) ?? label, word: word, preparing: preparing)
        return binding
    }
}
