import Foundation
import PodiumCore
import PodiumDocuments
import PodiumStore

/// Does the import dialog's file work for the loop: reads and checks the file (reporting
/// progress as rows go by), keeps the checked plan for the confirmation, then writes it in
/// one transaction.
final class ImportRunner {
    private var plan: ImportPlan?

    /// The stage the dialog moves to: the preview, or the problems that refuse the file.
    func check(_ dialog: ImportDialog, event: EventData, vietnamese: Bool = false, progress: @escaping (Int, Int) -> Void) -> ImportDialog.Stage {
        let path = NSString(string: dialog.path.text).expandingTildeInPath
        guard let data = FileManager.default.contents(atPath: path) else {
            return .refused(["\(path): cannot be read; check the path"])
        }
        var lastReported = Date.distantPast
        do {
            let checked = try SpreadsheetImport.plan(dialog.kind, data: data, into: event, duplicates: .report, vietnamese: vietnamese) { done, total in
                guard Date().timeIntervalSince(lastReported) > 0.1 else { return }
                lastReported = Date()
                progress(done, total)
            }
            plan = checked
            return .preview(ImportPreview(plan: checked))
        } catch {
            plan = nil
            let name = URL(fileURLWithPath: path).lastPathComponent
            return .refused(error.problems.map { "\(name):\($0)" })
        }
    }

    /// Writes the checked plan; returns how many rows were added, merged and skipped.
    func apply(to store: EventStore, by actor: Actor) throws -> (added: Int, merged: Int, skipped: Int) {
        guard let plan else { return (0, 0, 0) }
        self.plan = nil
        try store.replaceAll(with: plan.event, action: "import.\(plan.kind.rawValue)", by: actor, at: Date())
        return (plan.added, plan.merged, plan.skipped)
    }
}
