/// The programme's facts ("segment.*").
public enum AgendaFact: Hashable, Sendable, FactArea {
    case created(FieldChanges)
    case updated(FieldChanges)
    /// `ungated`: checklist items that gated the segment and now gate nothing.
    case deleted(segmentID: Int64, title: String, position: Int, ungated: [Int64])
    case moved(segmentID: Int64, from: Int, to: Int)

    var name: String {
        switch self {
        case .created: "segment.create"
        case .updated: "segment.update"
        case .deleted: "segment.delete"
        case .moved: "segment.move"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .created(let changes), .updated(let changes): return changes.fields
        case .deleted(let id, let title, let position, let ungated):
            writer.set("id", id)
            writer.set("title", title)
            writer.set("position", position)
            writer.set("ungated", ints: ungated)
        case .moved(let id, let from, let to):
            writer.set("id", id)
            writer.set("from", from)
            writer.set("to", to)
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> AgendaFact? {
        switch name {
        case "segment.create": .created(FieldChanges(fields))
        case "segment.update": .updated(FieldChanges(fields))
        case "segment.delete":
            .deleted(segmentID: try fields.int("id"), title: fields.optionalString("title") ?? "",
                     position: fields.optionalCount("position") ?? 0, ungated: fields.ints("ungated"))
        case "segment.move": .moved(segmentID: try fields.int("id"), from: fields.optionalCount("from") ?? 0, to: try fields.count("to"))
        default: nil
        }
    }
}
