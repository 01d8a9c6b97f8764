import GRDB
import PodiumCore

extension Delegate: StoredEntity {
    static let table = "delegates"
    static let columns = [
        "name", "title", "unit", "group_key", "precedence_override", "stand_in_for", "flags", "checked_in", "note",
    ]
    static let ordering = "id"

    var values: [(any DatabaseValueConvertible)?] {
        [name, title, unit, groupKey, precedenceOverride, standInFor, flags.rawValue, checkedIn, note]
    }

    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), name: try row.decode(forColumn: "name"),
            title: try row.decode(forColumn: "title"), unit: try row.decode(forColumn: "unit"),
            groupKey: try row.decode(forColumn: "group_key"),
            precedenceOverride: try row.decode(forColumn: "precedence_override"),
            standInFor: try row.decode(forColumn: "stand_in_for"),
            flags: Flags(rawValue: try row.decode(forColumn: "flags")),
            checkedIn: try row.decode(forColumn: "checked_in"), note: try row.decode(forColumn: "note")
        )
    }
}
