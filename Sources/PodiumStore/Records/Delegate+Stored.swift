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

    /// Reads by position, in the order `fetchAll` selects (`id`, then `columns`): finding a
    /// column by name lower-cases it on every lookup, and a roster has thousands of rows.
    init(row: Row) throws {
        self.init(
            id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1),
            title: try row.decode(atIndex: 2), unit: try row.decode(atIndex: 3),
            groupKey: try row.decode(atIndex: 4),
            precedenceOverride: try row.decode(atIndex: 5),
            standInFor: try row.decode(atIndex: 6),
            flags: Flags(rawValue: try row.decode(atIndex: 7)),
            checkedIn: try row.decode(atIndex: 8), note: try row.decode(atIndex: 9)
        )
    }
}
