/// The speaker queue's facts ("contribution.*"). Who is at the podium is a show fact
/// (`ShowAction.speaker`); these record the queue itself.
public enum SpeakerFact: Hashable, Sendable, FactArea {
    case created(FieldChanges)
    case updated(FieldChanges)
    /// Only the status changed.
    case statusChanged(FieldChanges)
    case withdrawn(contributionID: Int64, unit: String, wasSpeaking: Bool)
    case restored(contributionID: Int64, unit: String)
    case moved(contributionID: Int64, from: Int, to: Int)

    var name: String {
        switch self {
        case .created: "contribution.create"
        case .updated: "contribution.update"
        case .statusChanged: "contribution.status"
        case .withdrawn: "contribution.withdraw"
        case .restored: "contribution.restore"
        case .moved: "contribution.move"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .created(let changes), .updated(let changes), .statusChanged(let changes): return changes.fields
        case .withdrawn(let id, let unit, let wasSpeaking):
            writer.set("id", id)
            writer.set("unit", unit)
            writer.set("was_speaking", wasSpeaking)
        case .restored(let id, let unit):
            writer.set("id", id)
            writer.set("unit", unit)
        case .moved(let id, let from, let to):
            writer.set("id", id)
            writer.set("from", from)
            writer.set("to", to)
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> SpeakerFact? {
        switch name {
        case "contribution.create": .created(FieldChanges(fields))
        case "contribution.update": .updated(FieldChanges(fields))
        case "contribution.status": .statusChanged(FieldChanges(fields))
        case "contribution.withdraw":
            .withdrawn(contributionID: try fields.int("id"), unit: fields.optionalString("unit") ?? "",
                       wasSpeaking: fields["was_speaking"]?.boolValue ?? false)
        case "contribution.restore": .restored(contributionID: try fields.int("id"), unit: fields.optionalString("unit") ?? "")
        case "contribution.move":
            .moved(contributionID: try fields.int("id"), from: fields.optionalCount("from") ?? 0, to: try fields.count("to"))
        default: nil
        }
    }
}
