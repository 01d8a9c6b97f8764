import TermCore

/// One row of the key table: the help overlay and the footer are generated from these,
/// so what the help says is what the keys do.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// The keys as the help shows them ("1–6", "↑ k").
    public var label: String
    public var command: @Sendable (Key) -> AppCommand
    public var describe: @Sendable (UIStrings) -> String
    /// Nil when the binding can be used now; otherwise why not, in the user's language.
    public var disabledReason: @Sendable (AppState) -> String?
    /// The panes where the binding applies; nil for every pane. A pane's own bindings come
    /// first in the table, so they win over the general ones for the same key.
    public var panes: Set<Pane>?

    public init(
        keys: [Key], label: String, command: @escaping @Sendable (Key) -> AppCommand,
        describe: @escaping @Sendable (UIStrings) -> String,
        disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil },
        panes: Set<Pane>? = nil
    ) {
        self.keys = keys
        self.label = label
        self.command = command
        self.describe = describe
        self.disabledReason = disabledReason
        self.panes = panes
    }

    public func applies(in pane: Pane) -> Bool { panes?.contains(pane) ?? true }
}
