import PodiumCore
import TermCore

/// What the import dialog asks the loop to do; the state stays free of I/O.
public enum ImportRequest: Equatable, Sendable {
    /// Read and check the file named in the dialog, then show the preview.
    case plan
    /// Write the previewed import to the event.
    case apply
}

extension AppState {
    mutating func handleImportKey(_ key: Key) {
        guard var dialog = importDialog else { return }
        switch dialog.stage {
        case .choosing:
            switch key {
            case .escape: importDialog = nil; return
            case .enter:
                guard !dialog.path.text.isEmpty else { return }
                dialog.stage = .reading(done: 0, total: 0)
                pendingImport = .plan
            case .left, .right, .tab:
                let kinds = ImportKindOrder.all
                let index = kinds.firstIndex(of: dialog.kind) ?? 0
                dialog.kind = kinds[(index + (key == .left ? kinds.count - 1 : 1)) % kinds.count]
            default:
                // The path is typed with the shared text field; ←/→ above choose the list instead.
                if case .char(let c) = key, c.unicodeScalars.contains(where: Sanitizer.isSuspect) { return }
                _ = dialog.path.handle(key)
            }
        case .reading:
            return
        case .preview:
            switch key {
            case .enter, .char("y"), .char("Y"), .char("c"), .char("C"): pendingImport = .apply
            case .escape, .char("n"), .char("k"): dialog.stage = .choosing
            default: return
            }
        case .refused:
            if key == .escape { importDialog = nil; return }
            dialog.stage = .choosing
        }
        importDialog = dialog
    }
}
