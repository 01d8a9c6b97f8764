/// The checklist's facts ("checklist.*"), the MC's gate override among them.
public enum ChecklistFact: Hashable, Sendable, FactArea {
    /// An item still open when the MC started the segment it gates.
    public struct OpenItem: Hashable, Sendable {
        public var id: Int64
        public var title: String
        public var agency: String
        public var status: String

        public init(id: Int64, title: String, agency: String, status: String) {
            self.id = id
            self.title = title
            self.agency = agency
            self.status = status
        }
    }

    case created(FieldChanges)
    case updated(FieldChanges)
    /// Only the status (and the reason it is blocked) changed.
    case statusChanged(FieldChanges)
    case deleted(itemID: Int64, title: String)
    /// The MC started `segmentID` although `openItems` gating it were not done.
    case gateOverridden(segmentID: Int64, segmentTitle: String?, openItems: [OpenItem])

    var name: String {
        switch self {
        case .created: "checklist.create"
        case .updated: "checklist.update"
        case .statusChanged: "checklist.status"
        case .deleted: "checklist.delete"
        case .gateOverridden: "checklist.gate-override"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .created(let changes), .updated(let changes), .statusChanged(let changes): return changes.fields
        case .deleted(let id, let title):
            writer.set("id", id)
            writer.set("title", title)
        case .gateOverridden(let segment, let title, let items):
            writer.set("segment", segment)
            writer.set("segment_title", title)
            writer.set("items", .array(items.map { item in
                .object(["id": .int(item.id), "title": .string(item.title), "agency": .string(item.agency), "status": .string(item.status)])
            }))
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> ChecklistFact? {
        switch name {
        case "checklist.create": return .created(FieldChanges(fields))
        case "checklist.update": return .updated(FieldChanges(fields))
        case "checklist.status": return .statusChanged(FieldChanges(fields))
        case "checklist.delete": return .deleted(itemID: try fields.int("id"), title: fields.optionalString("title") ?? "")
        case "checklist.gate-override":
            var items: [OpenItem] = []
            for value in fields["items"]?.arrayValue ?? [] {
                let item = FactFields(value.objectValue ?? [:])
                items.append(OpenItem(id: try item.int("id"), title: item.optionalString("title") ?? "",
                                      agency: item.optionalString("agency") ?? "", status: item.optionalString("status") ?? ""))
            }
            return .gateOverridden(segmentID: try fields.int("segment"), segmentTitle: fields.optionalString("segment_title"), openItems: items)
        default: return nil
        }
    }
}
