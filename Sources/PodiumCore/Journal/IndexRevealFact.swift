/// A step of the PAR index's reveal on stage. `step` of `of`, the `units` of `group` it
/// revealed (or, going back, hid again), are for people reading the journal.
public struct IndexRevealFact: Hashable, Sendable, FactArea {
    public var action: IndexRevealAction
    public var step: Int
    public var of: Int
    public var units: [String]
    public var group: String

    public init(action: IndexRevealAction, step: Int, of: Int, units: [String], group: String) {
        self.action = action
        self.step = step
        self.of = of
        self.units = units
        self.group = group
    }

    var name: String { action.rawValue }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        writer.set("step", step)
        writer.set("of", of)
        writer.set("units", strings: units)
        writer.set("group", group)
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> IndexRevealFact? {
        guard let action = IndexRevealAction(rawValue: name) else { return nil }
        return IndexRevealFact(action: action, step: fields.optionalCount("step") ?? 0, of: fields.optionalCount("of") ?? 0,
                               units: fields.strings("units"), group: fields.optionalString("group") ?? "")
    }
}
