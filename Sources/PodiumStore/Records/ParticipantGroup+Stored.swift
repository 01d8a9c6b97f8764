import Foundation
import GRDB
import PodiumCore

extension ParticipantGroup: StoredEntity {
    static let table = "participant_groups"
    static let columns = ["key", "name", "sort_order", "level", "aliases", "short_label"]
    static let ordering = "sort_order, id"

    var values: [(any DatabaseValueConvertible)?] {
        let aliasesJSON = (try? JSONEncoder().encode(aliases)).flatMap { String(data: $0, encoding: .utf8) } ?? "[]"
        return [key, name, order, level.rawValue, aliasesJSON, shortLabel]
    }

    init(row: Row) throws {
        let aliasesJSON: String = try row.decode(forColumn: "aliases")
        guard let aliases = try? JSONDecoder().decode([String].self, from: Data(aliasesJSON.utf8)) else {
            throw StoredValueError("participant_groups.aliases is not a JSON list of text: \(aliasesJSON)")
        }
        self.init(
            id: try row.decode(forColumn: "id"), key: try row.decode(forColumn: "key"),
            name: try row.decode(forColumn: "name"), order: try row.decode(forColumn: "sort_order"),
            level: try StoredValue.enumValue(Level.self, row.decode(forColumn: "level"), column: "participant_groups.level"),
            aliases: aliases, shortLabel: try row.decode(forColumn: "short_label")
        )
    }
}
