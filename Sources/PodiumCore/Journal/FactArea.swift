/// One area's part of the journal's vocabulary: how each of its facts is named and which fields
/// it writes, and how an entry of one of its names is read back (nil: the name is not this area's).
protocol FactArea {
    var name: String { get }
    var fields: [String: JSONValue] { get }
    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> Self?
}
