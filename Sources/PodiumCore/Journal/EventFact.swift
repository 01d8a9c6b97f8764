/// The event's own facts: its creation, its details and its settings.
public enum EventFact: Hashable, Sendable, FactArea {
    /// `template`: the built-in event it was copied from, nil for a blank one or one built from a file.
    case created(template: String?, title: String)
    case detailsChanged(FieldChanges)
    case settingChanged(key: String, value: String)

    var name: String {
        switch self {
        case .created: "event.created"
        case .detailsChanged: "event.update"
        case .settingChanged: "setting.set"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .created(let template, let title):
            writer.set("template", template)
            writer.set("title", title)
        case .detailsChanged(let changes): return changes.fields
        case .settingChanged(let key, let value):
            writer.set("key", key)
            writer.set("value", value)
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> EventFact? {
        switch name {
        case "event.created": .created(template: fields.optionalString("template"), title: fields.optionalString("title") ?? "")
        case "event.update": .detailsChanged(FieldChanges(fields, hasID: false))
        case "setting.set": .settingChanged(key: try fields.string("key"), value: try fields.string("value"))
        default: nil
        }
    }
}
