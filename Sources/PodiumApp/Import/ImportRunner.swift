import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore

/// Does the import dialog's file work for the loop: reads and checks the file (reporting
/// progress as rows go by), keeps the checked plan for the confirmation, then writes it in
/// one transaction.
final class ImportRunner {
    private var plan: ImportPlan?
    private var revision: (plan: RevisionPlan, choices: RosterRevision.Choices)?

    /// The stage the dialog moves to: the preview, or the problems that refuse the file.
    /// Also returns the remedies a refusal allows (create the groups, skip or merge duplicates).
    func check(
        _ dialog: ImportDialog, event: EventData, vietnamese: Bool = false, progress: @escaping (Int, Int) -> Void
    ) -> (stage: ImportDialog.Stage, remedies: [ImportRemedy]) {
        let path = NSString(string: dialog.path.text).expandingTildeInPath
        let words = (vietnamese ? UIStrings.vietnamese : UIStrings.english).spreadsheet
        let data: Data
        switch SpreadsheetFile.contents(atPath: path) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return (.refused(["\(path): \(words.issue(.cannotRead(failure)))"]), [])
        }
        var lastReported = Date.distantPast
        let groups = GroupOptions(create: dialog.createGroups, order: dialog.groupOrder)
        plan = nil
        revision = nil
        do {
            if let choices = dialog.revision, dialog.kind == .delegates {
                let checked = try SpreadsheetImport.revision(data: data, into: event, groups: groups)
                revision = (checked, choices)
                return (.preview(ImportPreview(revision: checked, words: words)), [])
            }
            let checked = try SpreadsheetImport.plan(dialog.kind, data: data, into: event, duplicates: dialog.duplicates, groups: groups) { done, total in
                guard Date().timeIntervalSince(lastReported) > 0.1 else { return }
                lastReported = Date()
                progress(done, total)
            }
            plan = checked
            return (.preview(ImportPreview(plan: checked, words: words)), [])
        } catch {
            let name = URL(fileURLWithPath: path).lastPathComponent
            return (.refused(error.problems.map { "\(name):\(words.located($0))" }), ImportRemedy.remedies(for: error, kind: dialog.kind))
        }
    }

    /// The revision choices the person settled on in the preview.
    func choose(_ choices: RosterRevision.Choices) {
        if let current = revision { revision = (current.plan, choices) }
    }

    /// Writes the checked plan; returns how many rows were added, merged and skipped.
    func apply(to store: EventStore, by actor: Actor) throws -> (added: Int, merged: Int, skipped: Int) {
        if let revision {
            self.revision = nil
            try store.run(.imports(.all(revision.plan.applied(revision.choices), from: .delegatesRevision)), by: actor, at: Date())
            let r = revision.plan.revision
            let c = revision.choices
            return (c.new == .add ? r.added.count : 0, c.changed == .update ? r.changed.count : 0,
                    (c.new == .skip ? r.added.count : 0) + (c.changed == .skip ? r.changed.count : 0))
        }
        guard let plan else { return (0, 0, 0) }
        self.plan = nil
        try store.run(.imports(.all(plan.event, from: plan.kind.factSource)), by: actor, at: Date())
        return (plan.added, plan.merged, plan.skipped)
    }
}
