import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore

/// Does the import dialog's file work for the session: reads and checks the file (reporting
/// progress as rows go by), and keeps the checked plan for the confirmation, which the session
/// writes in one transaction.
final class ImportRunner {
    private var plan: ImportPlan?
    private var revision: (plan: RevisionPlan, choices: RosterRevision.Choices)?
    /// Paces the progress reports to one a tenth of a second; without it every report is passed on.
    private let clock: (@Sendable () -> Date)?

    init(clock: (@Sendable () -> Date)? = nil) { self.clock = clock }

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
            let clock = clock
            let checked = try SpreadsheetImport.plan(dialog.kind, data: data, into: event, duplicates: dialog.duplicates, groups: groups) { done, total in
                if let now = clock?() {
                    guard now.timeIntervalSince(lastReported) > 0.1 else { return }
                    lastReported = now
                }
                progress(done, total)
            }
            plan = checked
            return (.preview(ImportPreview(plan: checked, words: words)), [])
        } catch {
            let name = URL(fileURLWithPath: path).lastPathComponent
            // What only fixing the file can mend first: a choice in the dialog settles the rest.
            let settled = ImportRemedy.isSettledByAChoice
            let ordered = error.problems.filter { !settled($0) } + error.problems.filter(settled)
            return (.refused(ordered.map { "\(name):\(words.located($0))" }), ImportRemedy.remedies(for: error, kind: dialog.kind))
        }
    }

    /// The revision choices the person settled on in the preview.
    func choose(_ choices: RosterRevision.Choices) {
        if let current = revision { revision = (current.plan, choices) }
    }

    /// The checked plan, once: the event to write, where it came from, and how many rows were
    /// added, merged and skipped.
    func take() -> (event: EventData, source: ImportFact.Source, counts: ImportCounts)? {
        if let revision {
            self.revision = nil
            let r = revision.plan.revision
            let c = revision.choices
            let counts = ImportCounts(
                added: c.new == .add ? r.added.count : 0, merged: c.changed == .update ? r.changed.count : 0,
                skipped: (c.new == .skip ? r.added.count : 0) + (c.changed == .skip ? r.changed.count : 0))
            return (revision.plan.applied(revision.choices), .delegatesRevision, counts)
        }
        guard let plan else { return nil }
        self.plan = nil
        return (plan.event, plan.kind.factSource, ImportCounts(added: plan.added, merged: plan.merged, skipped: plan.skipped))
    }
}
