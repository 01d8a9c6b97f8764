import PodiumDocuments

/// The order ←/→ walks through the kinds of list in the import dialog.
enum ImportKindOrder {
    static let all: [ImportKind] = [.delegates, .speakers, .awards, .checklist, .index]
}
