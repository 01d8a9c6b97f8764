/// The award ceremony's facts: the live steps the ceremony's progress folds ("award.tick" …),
/// hand edits of the batches, recipients and decisions.
public enum AwardFact: Hashable, Sendable, FactArea {
    /// A live step. `recipientName` and `batch` (the recipient's batch for a tick, the batch
    /// called for a batch move; 1-based) are for people reading the journal.
    case step(AwardAction, recipientName: String?, batch: Int?)
    case batchesRebuilt(batches: Int, report: AwardBatching.Report)
    case recipientMoved(recipientID: Int64, toBatch: Int, position: Int?)
    case batchSplit(batch: Int, at: Int)
    /// Batch `batch + 1` joined batch `batch`.
    case batchesMerged(batch: Int)
    /// Batch `batch` moved to place `to` in the ceremony.
    case batchMoved(batch: Int, to: Int)
    case presenterChosen(batch: Int, delegateID: Int64?)
    case scriptEdited(batch: Int, text: String?)
    case settingsChanged(FieldChanges)
    case recipientChanged(FieldChanges)
    /// A recipient added by hand; `enrolled` delegates joined the roster for them (to be
    /// seated), `linked` ones already on it were tied to them.
    case recipientAdded(FieldChanges, enrolled: [Int64], linked: [Int64])
    case recipientRemoved(recipientID: Int64, name: String)
    case decisionCreated(FieldChanges)
    case decisionUpdated(FieldChanges)

    /// The fact that records a hand edit of the batches.
    public init(edit: AwardBatchEdit) {
        self = switch edit {
        case .move(let id, let batch, let position): .recipientMoved(recipientID: id, toBatch: batch, position: position)
        case .split(let batch, let at): .batchSplit(batch: batch, at: at)
        case .merge(let batch): .batchesMerged(batch: batch)
        case .order(let batch, let to): .batchMoved(batch: batch, to: to)
        case .presenter(let batch, let id): .presenterChosen(batch: batch, delegateID: id)
        case .script(let batch, let text): .scriptEdited(batch: batch, text: text)
        case .settings(let settings): .settingsChanged(FieldChanges(record: settings, id: nil))
        }
    }

    var name: String {
        switch self {
        case .step(let action, _, _): action.actionName
        case .batchesRebuilt: "award.batches-rebuild"
        case .recipientMoved: "award.batches-move"
        case .batchSplit: "award.batches-split"
        case .batchesMerged: "award.batches-merge"
        case .batchMoved: "award.batches-order"
        case .presenterChosen: "award.batches-presenter"
        case .scriptEdited: "award.batches-script"
        case .settingsChanged: "award.batches-settings"
        case .recipientChanged: "award.recipient"
        case .recipientAdded: "award.recipient-add"
        case .recipientRemoved: "award.recipient-remove"
        case .decisionCreated: "award-decision.create"
        case .decisionUpdated: "award-decision.update"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .step(let action, let name, let batch):
            switch action {
            case .tick(let id), .untick(let id):
                writer.set("recipient", id)
                if let name { writer.set("name", name) }
                if let batch { writer.set("batch", batch) }
            case .nextBatch, .previousBatch:
                if let batch { writer.set("to", batch) }
            }
        case .batchesRebuilt(let batches, let report):
            writer.set("batches", batches)
            writer.set("kept_manual", counts: report.keptManual)
            writer.set("rebuilt", counts: report.rebuilt)
            writer.set("dropped_scripts", counts: report.droppedScripts)
            writer.set("removed_recipients", ints: report.removedRecipients)
        case .recipientMoved(let id, let batch, let position):
            writer.set("recipient", id)
            writer.set("to_batch", batch)
            writer.set("position", position)
        case .batchSplit(let batch, let at):
            writer.set("batch", batch)
            writer.set("at", at)
        case .batchesMerged(let batch):
            writer.set("batch", batch)
            writer.set("with", batch + 1)
        case .batchMoved(let batch, let to):
            writer.set("batch", batch)
            writer.set("to", to)
        case .recipientRemoved(let id, let name):
            writer.set("id", id)
            writer.set("name", name)
        case .presenterChosen(let batch, let id):
            writer.set("batch", batch)
            writer.set("delegate", id)
        case .scriptEdited(let batch, let text):
            writer.set("batch", batch)
            writer.set("text", text)
        case .recipientAdded(let changes, let enrolled, let linked):
            var fields = changes.fields
            fields["enrolled"] = .array(enrolled.map(JSONValue.int))
            fields["linked"] = .array(linked.map(JSONValue.int))
            return fields
        case .settingsChanged(let changes), .recipientChanged(let changes), .decisionCreated(let changes),
             .decisionUpdated(let changes):
            return changes.fields
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> AwardFact? {
        switch name {
        case "award.tick": .step(.tick(recipientID: try fields.int("recipient")), recipientName: fields.optionalString("name"), batch: fields.optionalCount("batch"))
        case "award.untick": .step(.untick(recipientID: try fields.int("recipient")), recipientName: fields.optionalString("name"), batch: fields.optionalCount("batch"))
        case "award.batch-next": .step(.nextBatch, recipientName: nil, batch: fields.optionalCount("to"))
        case "award.batch-back": .step(.previousBatch, recipientName: nil, batch: fields.optionalCount("to"))
        case "award.batches-rebuild":
            .batchesRebuilt(batches: fields.optionalCount("batches") ?? 0, report: AwardBatching.Report(
                keptManual: fields.ints("kept_manual").map { Int($0) }, rebuilt: fields.ints("rebuilt").map { Int($0) },
                droppedScripts: fields.ints("dropped_scripts").map { Int($0) }, removedRecipients: fields.ints("removed_recipients")
            ))
        case "award.batches-move":
            .recipientMoved(recipientID: try fields.int("recipient"), toBatch: try fields.count("to_batch"), position: fields.optionalCount("position"))
        case "award.batches-split": .batchSplit(batch: try fields.count("batch"), at: try fields.count("at"))
        case "award.batches-merge": .batchesMerged(batch: try fields.count("batch"))
        case "award.batches-order": .batchMoved(batch: try fields.count("batch"), to: try fields.count("to"))
        case "award.batches-presenter": .presenterChosen(batch: try fields.count("batch"), delegateID: fields.optionalInt("delegate"))
        case "award.batches-script": .scriptEdited(batch: try fields.count("batch"), text: fields.optionalString("text"))
        case "award.batches-settings": .settingsChanged(FieldChanges(fields, hasID: false))
        case "award.recipient": .recipientChanged(FieldChanges(fields))
        case "award.recipient-add":
            .recipientAdded(FieldChanges(FactFields(fields.values.filter { $0.key != "enrolled" && $0.key != "linked" })),
                            enrolled: fields.ints("enrolled"), linked: fields.ints("linked"))
        case "award.recipient-remove": .recipientRemoved(recipientID: try fields.int("id"), name: fields.optionalString("name") ?? "")
        case "award-decision.create": .decisionCreated(FieldChanges(fields))
        case "award-decision.update": .decisionUpdated(FieldChanges(fields))
        default: nil
        }
    }
}
