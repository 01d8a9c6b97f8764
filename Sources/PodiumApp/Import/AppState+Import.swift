import PodiumCore
import PodiumDocuments
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
                // A new check starts without the choices made for the last one.
                dialog.duplicates = .report
                dialog.createGroups = false
                dialog.groupOrder = []
                dialog.revision = nil
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
        case .preview(let preview):
            switch key {
            case .enter, .char("y"), .char("Y"), .char("c"), .char("C"): pendingImport = .apply
            case .escape, .char("n"), .char("k"): dialog.stage = .choosing
            case .char("1"), .char("2"), .char("3"):
                guard var choices = dialog.revision else { return }
                switch key {
                case .char("1"): choices.new = choices.new == .add ? .skip : .add
                case .char("2"): choices.changed = choices.changed == .update ? .skip : .update
                default: choices.gone = choices.gone == .keep ? .remove : .keep
                }
                dialog.revision = choices
            case .up, .down:
                guard !preview.groups.isEmpty else { return }
                dialog.groupCursor = max(0, min(preview.groups.count - 1, dialog.groupCursor + (key == .up ? -1 : 1)))
            case .char("K"), .char("J"):
                // Moving a new group re-checks the file with the precedence chosen.
                var names = preview.groups.map(\.name)
                let from = min(dialog.groupCursor, names.count - 1)
                let to = from + (key == .char("K") ? -1 : 1)
                guard names.indices.contains(from), names.indices.contains(to) else { return }
                names.swapAt(from, to)
                dialog.groupOrder = names
                dialog.groupCursor = to
                dialog.stage = .reading(done: 0, total: 0)
                pendingImport = .plan
            default: return
            }
        case .refused:
            if key == .escape { importDialog = nil; return }
            if let remedy = remedy(for: key, among: dialog.remedies) {
                switch remedy {
                case .createGroups: dialog.createGroups = true
                case .skipOrMergeDuplicates: dialog.duplicates = key == .char("m") ? .merge : .skip
                case .compareAsRevision: dialog.revision = RosterRevision.Choices()
                }
                dialog.remedies = []
                dialog.stage = .reading(done: 0, total: 0)
                pendingImport = .plan
            } else {
                dialog.remedies = []
                dialog.stage = .choosing
            }
        }
        importDialog = dialog
    }

    /// The remedy a key on the refusal chooses: g creates groups, s/m skip or merge duplicates,
    /// v compares a revised list.
    private func remedy(for key: Key, among remedies: [ImportRemedy]) -> ImportRemedy? {
        remedies.first { remedy in
            switch remedy {
            case .createGroups: key == .char("g")
            case .skipOrMergeDuplicates: key == .char("s") || key == .char("m")
            case .compareAsRevision: key == .char("v")
            }
        }
    }
}
