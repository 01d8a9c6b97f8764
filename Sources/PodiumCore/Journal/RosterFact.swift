/// The delegate roster's facts ("delegate.*"): rows added or edited, arrivals, stand-ins.
public enum RosterFact: Hashable, Sendable, FactArea {
    case created(FieldChanges)
    case updated(FieldChanges)
    /// A delegate arrived (or the check-in was taken back). `name` is for people reading the
    /// journal; entries made by a plain edit of the roster did not keep it.
    case checkedIn(delegateID: Int64, name: String?, checkedIn: Bool)
    /// `name` attends for the absent `standingInFor` and took `seat` (nil: the absent one had none).
    case standIn(delegateID: Int64, name: String, title: String, standingInFor: String, seat: String?)

    var name: String {
        switch self {
        case .created: "delegate.create"
        case .updated: "delegate.update"
        case .checkedIn: "delegate.checkin"
        case .standIn: "delegate.standin"
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .created(let changes), .updated(let changes): return changes.fields
        case .checkedIn(let id, let name, let checkedIn):
            writer.set("id", id)
            if let name { writer.set("name", name) }
            writer.set("checked_in", checkedIn)
        case .standIn(let id, let name, let title, let absent, let seat):
            writer.set("id", id)
            writer.set("name", name)
            writer.set("title", title)
            writer.set("stand_in_for", absent)
            writer.set("seat", seat)
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> RosterFact? {
        switch name {
        case "delegate.create": .created(FieldChanges(fields))
        case "delegate.update": .updated(FieldChanges(fields))
        case "delegate.checkin":
            .checkedIn(delegateID: try fields.int("id"), name: fields.optionalString("name"), checkedIn: try fields.bool("checked_in"))
        case "delegate.standin":
            .standIn(delegateID: try fields.int("id"), name: try fields.string("name"), title: fields.optionalString("title") ?? "",
                     standingInFor: fields.optionalString("stand_in_for") ?? "", seat: fields.optionalString("seat"))
        default: nil
        }
    }
}
